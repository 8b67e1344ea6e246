// Layout facts for the F rules: a header written with another delimiter, header names that
// differ from CERS's only by case or spaces, and what the database loader (MySQL LOAD DATA with
// backslash as escape character) makes of a value holding a backslash. Pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cerslint::values {

// The six CERS header names, in the order CERS requires.
inline constexpr std::array<std::string_view, 6> kCersHeader = {
    "group_name", "school_natural_id", "school_year",
    "subject_code", "student_ssid", "group_user_login"};

// Index (0-5) of the CERS name `name` equals ignoring letter case only; -1 otherwise.
int cers_name_ignoring_case(std::string_view name);

// The delimiter a header line uses instead of a comma: '\t', ';' or '|', when splitting the
// line on it gives at least three of the six CERS names (ignoring case and surrounding spaces)
// and splitting on commas gives fewer. 0 otherwise.
char foreign_delimiter(std::string_view header_line);

// "tab", "semicolon (;)", "vertical bar (|)".
std::string_view delimiter_name(char d);

// How a header name differs from the CERS name it was meant to be.
struct HeaderNameIssue {
  int column = -1;            // the CERS name (index into kCersHeader)
  bool case_differs = false;  // letters differ in case (CERS does not mind)
  bool leading_space = false;   // whitespace (or a stray BOM) before the name
  bool trailing_space = false;  // whitespace after it
};
// The issue for header cell `name`, or nullopt when it is exactly a CERS name or no CERS name
// at all (even after folding case and stripping Java whitespace and a leading U+FEFF).
std::optional<HeaderNameIssue> header_name_issue(std::string_view name);

// How a message names field `field` of a record: the CERS column name found there by the
// header (`columns` is engine::ColumnMap::index), else "column N" (1-based).
std::string column_label(const std::array<int, 6>& columns, int field);

// What MySQL LOAD DATA ... FIELDS ESCAPED BY '\\' stores for a value holding a backslash.
struct LoadedValue {
  enum class Kind : std::uint8_t {
    kText,       // stored as `shown`
    kNull,       // the value is exactly \N: stored as NULL (no value)
    kJoinsNext,  // ends in a backslash: it escapes the delimiter or line end that follows
  };
  Kind kind = Kind::kText;
  std::string shown;  // the stored text; control characters written as [tab], [line break]...
  char first_escape = 0;  // the character after the first backslash (0 at the end)
};
// `out` is reused (capacity kept). Returns false when `value` has no backslash.
bool mysql_loaded_value(std::string_view value, LoadedValue& out);

}  // namespace cerslint::values
