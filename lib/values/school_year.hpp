// School year (school_year) classification for the Y rules. CERS reads the year with
// Integer.valueOf on the unstripped text (spec §3.2a), so the caller passes what that gave
// (text::parse_java_int) and this tells the forms apart.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cerslint::values {

enum class YearForm : std::uint8_t {
  kBlank,         // empty or only spaces
  kPlain,         // ASCII digits, no sign, no leading zero, > 0: what everyone reads the same way
  kOddForm,       // CERS reads a positive number, but it has a '+', leading zeros or non-ASCII
                  // digits (Y003)
  kExcelDecimal,  // "2025.0", "2025.00", "2,025": Excel's number formats (Y001); CERS: no number
  kRange,         // "2024-25", "2024-2025", "2024/25", "2024–25", "24-25" (Y002); CERS: no number
  kOther,         // anything else (negative, zero, spaces around digits, words): CERS rules say
};

struct YearReading {
  YearForm form = YearForm::kOther;
  // The end year meant: CERS's number for kPlain/kOddForm, the integer for kExcelDecimal, the
  // end year for kRange; 0 otherwise.
  std::int32_t year = 0;
  std::int32_t range_start = 0;  // kRange: the start year
};

// `cers_value` is Integer.valueOf(raw) as CERS computes it (nullopt when it throws).
YearReading read_school_year(std::string_view raw, std::optional<std::int32_t> cers_value);

}  // namespace cerslint::values
