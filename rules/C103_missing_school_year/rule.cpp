// C103: names the Excel or typing habit behind a school year CERS cannot read as a number.
#include "rules/C103_missing_school_year/rule.hpp"

#include <regex>

#include "text/java_text.hpp"

namespace cerslint::rules::c103 {

void hint(const cers::Failure& failure, std::string& out) {
  const std::string v(failure.value);
  const std::string_view stripped = text::strip(v);
  static const std::regex kDecimal(R"(^[0-9]{4}\.0+$)");
  static const std::regex kRange(R"(^([0-9]{4})\s*[-/]\s*([0-9]{2}|[0-9]{4})$)");
  std::smatch m;
  const std::string s(stripped);
  if (text::is_blank(v)) {
    out += "The school year is empty. ";
  } else if (stripped.size() != v.size() && text::parse_java_int(stripped)) {
    out += "The year has spaces around it; CERS does not ignore them. Remove the spaces. ";
  } else if (std::regex_match(s, m, kDecimal)) {
    out += "Excel wrote the year as a decimal number (" + s + "). Format the column as Number "
           "with 0 decimal places, or as Text, and save again; the year is " + s.substr(0, 4) +
           ". ";
  } else if (std::regex_match(s, m, kRange)) {
    out += "CERS wants only the end year of the school year: for " + s + " write " +
           (m[2].length() == 4 ? m[2].str() : m[1].str().substr(0, 2) + m[2].str()) + ". ";
  }
  out += "The school year must be the end year as digits only (2026 for 2025-26); CERS skips "
         "this row.";
}

}  // namespace cerslint::rules::c103
