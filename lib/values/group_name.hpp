// Group-name classifiers for the G rules: Excel date damage, the key the database compares names
// by, look-alike letters, and the character limits of the database. Pure functions on UTF-8.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cerslint::values {

// ---- Excel date damage (G004) ---------------------------------------------------------------

enum class DateShape : std::uint8_t {
  kDayMonth,   // "1-May", "01-May", "1-May-25": US Excel's display of a typed "5-1"
  kMonthYear,  // "May-01", "Mar-45": Excel's display of "5-01" / "3-45" (read as month-year)
  kSlashDate,  // "5/1/2025", "5/1/25"
  kIsoDate,    // "2025-05-01"
  kSerial,     // "45413": the date's serial number once the column was formatted as General
};

struct ExcelDate {
  DateShape shape;
  int month = 0;               // 1-12
  int day = 0;                 // 1-31; 0 for kMonthYear
  std::string_view year_text;  // kMonthYear: the year digits as written ("01", "45")
};

// A group name (already stripped) that is one of Excel's date displays. Month names are the
// English three-letter abbreviations, any letter case. Serial numbers are not recognised here.
std::optional<ExcelDate> excel_date_text(std::string_view name);

// Exactly five ASCII digits that are Excel's serial number of a day in 1990-2040 (32874-51501).
std::optional<ExcelDate> excel_date_serial(std::string_view name);

// What the name probably was before Excel turned it into a date: "5-1" for 1-May, 5/1/2025,
// 2025-05-01 and 45413; "3-45" for Mar-45.
std::string excel_date_original(const ExcelDate& date);

// A section-style code: 1-3 digits, '-', 1-3 digits ("1-2", "5-1", "10-3"). Its neighbours in
// a school make a bare serial number likely to be Excel damage.
bool looks_like_section_code(std::string_view name);
// A school id for G004's evidence, the same before and after the row fixes that repair ids
// (S002 puts back a dropped leading zero, S003 removes spaces): its ASCII digits, left-padded
// with zeros to 14, hashed.
std::uint64_t section_evidence_school(std::string_view school);

// ---- Names the database merges (G002) -------------------------------------------------------

// Hash of the name as the database compares it, and a little more: Java whitespace stripped at
// both ends, runs of whitespace inside collapsed to one space, letters lower-cased (full Unicode
// lower-casing). `scratch` is reused to avoid allocating; ASCII names take a fast path.
std::uint64_t group_name_fold_hash(std::string_view name, std::string& scratch);

// ---- Database limits (G005, G006) -----------------------------------------------------------

// The database's group_name column holds this many characters.
inline constexpr std::size_t kMaxGroupNameChars = 255;

// Number of code points (each malformed byte counts as one, as the decoder makes it U+FFFD).
std::size_t code_point_count(std::string_view utf8);

struct CodePointAt {
  char32_t code_point;
  std::uint32_t byte_offset;
};

// The first code point above U+FFFF (a 4-byte UTF-8 sequence: emoji and other characters the
// 3-byte "utf8" database character set cannot store).
std::optional<CodePointAt> first_outside_bmp(std::string_view utf8);

// ---- Ordinary names --------------------------------------------------------------------------

// A name none of G001, G003, G005, G006 and G007 can report, told from its bytes alone: at most
// kMaxGroupNameChars bytes, all printable ASCII (0x20-0x7E), neither starting nor ending with
// a space, and not a formula to a spreadsheet (formula_prefix). Most names are; the engine uses this to skip those
// five rules (trait::kOddGroupName), and group_name_test checks that each of them agrees.
bool ordinary_group_name(std::string_view name);

// ---- Look-alike letters (G003) --------------------------------------------------------------

struct LookAlike {
  char32_t code_point;
  std::uint32_t byte_offset;
  char looks_like;   // the ASCII letter or digit it is confusable with
  std::string name;  // Unicode name in lower case: "cyrillic small letter a"
};

// A letter from another script (Cyrillic, Greek, ...) that ICU's confusable data maps to one
// ASCII letter or digit, inside a word that also has Latin letters ("Pеriod" with a Cyrillic е).
// Words written entirely in another script are not reported. Pure ASCII returns at once.
std::optional<LookAlike> first_look_alike(std::string_view utf8);

}  // namespace cerslint::values
