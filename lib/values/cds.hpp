// CDS code (school_natural_id) classification for the S rules: one verdict per value, so the
// rules agree on precedence and report one cause once. Directory lookups go through a function
// pointer (the rules pass directory::lookup_school; tests pass a fake), so this file needs only
// the directory's types.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "directory/school_directory.hpp"

namespace cerslint::values {

// What is wrong with a school id, in precedence order (the first that applies wins).
enum class CdsProblem : std::uint8_t {
  kNone,                // an active or pending public school in the directory
  kBlank,               // nothing left after removing spaces (CERS: missing school)
  kScientific,          // S001: Excel's 1.61177E+12
  kLeadingZeroDropped,  // S002: 13 digits, and "0" + digits is in the directory
  kNonDigits,           // S004: something other than ASCII digits
  kWrongLength,         // S005: digits, but not 14 of them
  kInvalidCounty,       // S006: 14 digits, county not 01-58 (nor 77), not in the directory
  kDistrictOffice,      // S008: school part 0000000 (directory or pattern)
  kPrivate,             // S009: private / out-of-state (directory, county 77, 0000001/0000002)
  kClosedOrMerged,      // S010: closed, merged or no longer active in the directory
  kCheckDigit,          // S007: unknown to the directory and a part fails its Luhn digit
  kNotInDirectory,      // S011: unknown to the directory, check digits fine
};

// Parts of a 14-digit code whose Luhn check digit fails (bit set).
inline constexpr std::uint8_t kDistrictPart = 1;
inline constexpr std::uint8_t kSchoolPart = 2;

struct CdsVerdict {
  CdsProblem problem = CdsProblem::kNone;
  // The value without surrounding spaces or invisible spaces (a view into the input).
  std::string_view code;
  // True when `code` is shorter than the input (S003, reported on its own).
  bool surrounding_spaces = false;
  // The directory's entry: for kLeadingZeroDropped the padded code's, else the code's.
  directory::SchoolInfo school;
  std::uint8_t failing_parts = 0;  // kCheckDigit: kDistrictPart | kSchoolPart
};

using SchoolLookup = directory::SchoolInfo (*)(std::string_view cds_code);

// `lookup` must give the same answer for the same code every time (a directory does): the last
// verdict is remembered per thread and reused for the same value and lookup.
CdsVerdict classify_cds(std::string_view raw, SchoolLookup lookup);

// The 14 digits of a code written with separators ("01-61176-6111330", "01 61176 6111330",
// "01.61176.6111330"); nullopt when the value is anything else.
std::optional<std::array<char, 14>> cds_without_separators(std::string_view code);

// True for a 2-digit county code 01-58.
bool valid_county(std::string_view two_digits);

}  // namespace cerslint::values
