// Numbers as a workbook stores them, turned into the text a CERS file needs. An .xlsx keeps a
// number as the shortest decimal text that reads back as the same double ("12345671234567",
// "1.2345671234567E+13"); converting from that text digit by digit, never through a double and
// printf, keeps every digit a school id or SSID has.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cerslint::xlsx {

// `v` ("1.2345671234567E+13", "-0.5", "2026") written without an exponent, without a trailing
// ".0" or trailing fraction zeros ("12345671234567", "-0.5", "2026"). nullopt when `v` is not a
// decimal number or the plain form would exceed 400 characters.
std::optional<std::string> plain_decimal(std::string_view v);

// Whether `plain` (a plain_decimal result) is a whole number without sign ("12345671234567").
bool is_unsigned_integer(std::string_view plain);

// What a cell's number format means for its text.
struct NumberFormat {
  enum class Kind : std::uint8_t {
    kGeneral,     // numbers shown as numbers
    kDate,        // a date or time format: the cell shows a date
    kText,        // "@": the cell was formatted as Text
    kZeroPadded,  // "0000000000": digits padded with zeros to `width`
  };
  Kind kind = Kind::kGeneral;
  std::uint32_t width = 0;  // kZeroPadded only
  std::string code;         // the format code (built-in ones spelled out); empty for General
};

// The format of built-in id `id` (0-163) or of custom format code `code`.
NumberFormat classify_format(int id, std::string_view code);

// The text Excel shows for date serial `v` (the cell's stored number text) under date format
// `code` ("d-mmm" -> "1-May"), US English month names. `date1904`: the workbook counts days from
// 1904 (old Mac Excel). nullopt when `v` is not a number or is outside Excel's dates.
std::optional<std::string> date_text(std::string_view v, std::string_view code, bool date1904);

}  // namespace cerslint::xlsx
