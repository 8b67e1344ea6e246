// C004: says which header name is off and how (case is fine, spaces and order are not).
#include "rules/C004_invalid_headers/rule.hpp"

#include <array>

#include "text/java_text.hpp"

namespace cerslint::rules::c004 {

void hint(const cers::Failure& failure, std::string& out) {
  static constexpr std::array<std::string_view, 6> kNames = {
      "group_name", "school_natural_id", "school_year", "subject_code", "student_ssid",
      "group_user_login"};
  const int i = static_cast<int>(failure.column);
  if (i >= 0 && i < 6) {
    const std::string_view got = failure.value;
    const std::string_view want = kNames[static_cast<std::size_t>(i)];
    out += "Column " + std::to_string(i + 1) + " is named \"" + std::string(got) +
           "\" but CERS expects \"" + std::string(want) + "\". ";
    if (text::equals_ignore_case(text::strip(got), want)) {
      out += "Only the spaces around the name differ: CERS does not ignore them. ";
    } else {
      for (std::size_t j = 0; j < kNames.size(); ++j) {
        if (text::equals_ignore_case(got, kNames[j])) {
          out += "That name belongs in column " + std::to_string(j + 1) +
                 ": the columns are in the wrong order. ";
          break;
        }
      }
    }
  }
  out += "CERS still checks the rows, but the file is rejected. The header must be: ";
  out += cers::kExpectedHeader;
}

}  // namespace cerslint::rules::c004
