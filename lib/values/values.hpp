// Value classifiers shared by several rule families: the shapes Excel and copy-paste leave in
// ids, and the invisible characters coordinators cannot see. Pure functions on UTF-8 views.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cerslint::values {

// Every byte is an ASCII digit (false for empty).
bool is_ascii_digits(std::string_view s);

// Excel's scientific notation for a long number: "1.23457E+13", "9.00E+09", "1E+13" (either
// case of E, optional sign, optional surrounding spaces).
bool is_scientific_notation(std::string_view s);

// Luhn (mod 10) check over a string of ASCII digits; false for empty or non-digits.
bool luhn_valid(std::string_view digits);

// Characters a coordinator cannot see or tell apart, which CERS compares byte for byte:
// no-break and other Unicode spaces, zero-width characters and BOM, soft hyphen, smart quotes
// and dashes, and control characters other than tab.
struct SuspectChar {
  char32_t code_point;
  std::uint32_t byte_offset;  // within the value
  std::string_view name;      // "no-break space", "zero-width space", "right single quote"...
  std::string_view plain;     // what to type instead ("" = delete it)
};
std::optional<SuspectChar> first_suspect_char(std::string_view utf8);

// "U+00A0" style label.
std::string code_point_label(char32_t cp);

}  // namespace cerslint::values
