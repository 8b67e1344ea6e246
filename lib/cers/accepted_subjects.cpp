#include "cers/accepted_subjects.hpp"

#include <algorithm>

#include "text/java_text.hpp"
#include "util/hash.hpp"

namespace cerslint::cers {

AcceptedSubjects::AcceptedSubjects(const std::vector<std::string>& codes) {
  for (const std::string& c : codes) lower_.push_back(text::to_lower(c));
  lower_.emplace_back("all");
}

bool AcceptedSubjects::contains(std::string_view stripped) {
  if (text::is_ascii(stripped)) {
    return std::any_of(lower_.begin(), lower_.end(), [&](const std::string& lower) {
      return text::ascii_lowered_equals(stripped, lower);
    });
  }
  return non_ascii_.get(hash64(stripped), [&] {
    const std::string lowered = text::to_lower(stripped);
    return std::find(lower_.begin(), lower_.end(), lowered) != lower_.end();
  });
}

}  // namespace cerslint::cers
