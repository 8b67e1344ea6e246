// School year forms. Excel decimals and ranges are recognised on the stripped text (a fixer
// removes the spaces too); everything CERS reads as a number is judged on the raw text.
#include "values/school_year.hpp"

#include "text/java_text.hpp"
#include "values/syu_chars.hpp"
#include "values/values.hpp"

namespace cerslint::values {
namespace {

std::int32_t to_int(std::string_view digits) {
  std::int32_t n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// "2025.0", "2025.00", "2025." and "2,025" / "2,025.0" (a thousands separator).
bool excel_decimal(std::string_view s, std::int32_t& year) {
  std::string_view whole = s;
  const std::size_t dot = s.find('.');
  if (dot != std::string_view::npos) {
    whole = s.substr(0, dot);
    for (char c : s.substr(dot + 1)) {
      if (c != '0') return false;
    }
  }
  if (whole.size() == 5 && whole[1] == ',') {  // "2,025"
    if (!is_ascii_digits(whole.substr(0, 1)) || !is_ascii_digits(whole.substr(2))) return false;
    year = (whole[0] - '0') * 1000 + to_int(whole.substr(2));
    return true;
  }
  if (dot == std::string_view::npos) return false;
  if (whole.size() != 4 || !is_ascii_digits(whole)) return false;
  year = to_int(whole);
  return true;
}

// Length in bytes of a range separator at s[i] (with spaces around it), 0 if none.
std::size_t separator(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  std::size_t len = 0;
  if (j < s.size() && (s[j] == '-' || s[j] == '/' || s[j] == '_')) {
    len = 1;
  } else if (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) {
    char32_t cp;
    const std::size_t n = decode_utf8(s, j, cp);
    if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 ||
        cp == 0x2212) {
      len = n;
    }
  }
  if (len == 0) return 0;
  j += len;
  while (j < s.size() && s[j] == ' ') ++j;
  return j - i;
}

std::size_t digit_run(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
  return j - i;
}

bool school_year_range(std::string_view s, std::int32_t& start, std::int32_t& end) {
  const std::size_t a = digit_run(s, 0);
  if (a != 2 && a != 4) return false;
  const std::size_t sep = separator(s, a);
  if (sep == 0) return false;
  const std::size_t b = digit_run(s, a + sep);
  if ((b != 2 && b != 4) || a + sep + b != s.size()) return false;
  start = to_int(s.substr(0, a));
  if (a == 2) start += 2000;
  end = to_int(s.substr(a + sep));
  if (b == 2) {
    end += start / 100 * 100;
    if (end <= start) end += 100;  // "1999-00"
  }
  return end == start + 1;
}

}  // namespace

YearReading read_school_year(std::string_view raw, std::optional<std::int32_t> cers_value) {
  YearReading r;
  if (cers_value) {
    if (*cers_value <= 0) return r;  // kOther: CERS's year table rejects it
    r.year = *cers_value;
    const bool plain = is_ascii_digits(raw) && raw[0] != '0';
    r.form = plain ? YearForm::kPlain : YearForm::kOddForm;
    return r;
  }
  const std::string_view s = text::strip(raw);
  if (s.empty()) {
    r.form = YearForm::kBlank;
    return r;
  }
  std::int32_t year = 0;
  if (excel_decimal(s, year)) {
    r.form = YearForm::kExcelDecimal;
    r.year = year;
    return r;
  }
  std::int32_t start = 0;
  if (school_year_range(s, start, year)) {
    r.form = YearForm::kRange;
    r.year = year;
    r.range_start = start;
  }
  return r;
}

}  // namespace cerslint::values
