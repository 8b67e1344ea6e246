// C103: names the Excel or typing habit behind a school year CERS cannot read as a number.
#include "rules/C103_missing_school_year/rule.hpp"

#include <string>

#include "text/java_text.hpp"

namespace cerslint::rules::c103 {
namespace {

// Plain scanners instead of std::regex: this hint is built for every row CERS skips, and an
// every-row-bad file has one on each row.
bool digits(std::string_view s, std::size_t from, std::size_t n) {
  if (from + n > s.size()) return false;
  for (std::size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// "2027.0", "2027.00": four digits, a point, zeros.
bool excel_decimal(std::string_view s) {
  if (s.size() < 6 || !digits(s, 0, 4) || s[4] != '.') return false;
  for (std::size_t i = 5; i < s.size(); ++i) {
    if (s[i] != '0') return false;
  }
  return true;
}

// "2025-26", "2025 / 2026": returns the end year CERS wants, or "" when `s` is not a range.
std::string range_end(std::string_view s) {
  if (!digits(s, 0, 4)) return {};
  std::size_t i = 4;
  while (i < s.size() && space(s[i])) ++i;
  if (i == s.size() || (s[i] != '-' && s[i] != '/')) return {};
  ++i;
  while (i < s.size() && space(s[i])) ++i;
  const std::size_t rest = s.size() - i;
  if ((rest != 2 && rest != 4) || !digits(s, i, rest)) return {};
  return rest == 4 ? std::string(s.substr(i)) : std::string(s.substr(0, 2)) + std::string(s.substr(i));
}

}  // namespace

void hint(const cers::Failure& failure, std::string& out) {
  const std::string_view v = failure.value;
  const std::string_view stripped = text::strip(v);
  const std::string s(stripped);
  if (text::is_blank(v)) {
    out += "The school year is empty. ";
  } else if (stripped.size() != v.size() && text::parse_java_int(stripped)) {
    out += "The year has spaces around it; CERS does not ignore them. Remove the spaces. ";
  } else if (excel_decimal(s)) {
    out += "Excel wrote the year as a decimal number (" + s + "). Format the column as Number "
           "with 0 decimal places, or as Text, and save again; the year is " + s.substr(0, 4) +
           ". ";
  } else if (const std::string end = range_end(s); !end.empty()) {
    out += "CERS wants only the end year of the school year: for " + s + " write " + end + ". ";
  }
  out += "The school year must be the end year as digits only (2026 for 2025-26); CERS skips "
         "this row.";
}

}  // namespace cerslint::rules::c103
