// C105: suggests the CERS subject code a synonym or near miss was meant to be.
#include "rules/C105_invalid_subject/rule.hpp"

#include <array>
#include <utility>

#include "text/java_text.hpp"

namespace cerslint::rules::c105 {

void hint(const cers::Failure& failure, std::string& out) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kSynonyms = {{
      {"mathematics", "Math"}, {"maths", "Math"}, {"mth", "Math"}, {"english", "ELA"},
      {"english language arts", "ELA"}, {"reading", "ELA"}, {"language arts", "ELA"},
      {"ela/literacy", "ELA"}, {"elpac", "ELPAC"}, {"all subjects", "ALL"}}};
  const std::string lower = text::to_lower(text::strip(failure.value));
  for (const auto& [from, to] : kSynonyms) {
    if (lower == from) {
      out += "CERS does not know this name for the subject: write \"" + std::string(to) + "\". ";
      break;
    }
  }
  out += "The subject must be Math, ELA, ELPAC (any case), ALL, or blank. CERS reports each "
         "wrong subject once, so other rows may have it too.";
}

}  // namespace cerslint::rules::c105
