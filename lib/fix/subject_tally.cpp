#include "fix/subject_tally.hpp"

#include "text/java_text.hpp"
#include "util/hash.hpp"

namespace cerslint::fix {

using engine::Column;

bool SubjectTally::fillable(const engine::EditRow& row) {
  return !text::is_blank(row[Column::kSchool]) && !text::is_blank(row[Column::kGroupName]) &&
         text::parse_java_int(row[Column::kYear]).has_value();
}

std::uint64_t SubjectTally::key_of(const engine::EditRow& row) {
  key_.assign(row[Column::kSchool]).append("\x1f").append(row[Column::kGroupName]);
  key_.append("\x1f").append(row[Column::kYear]);
  return hash64(key_);
}

void SubjectVote::add(std::string_view stripped_subject) {
  if (stripped_subject.empty()) return;
  if (subject_.empty()) {
    subject_.assign(stripped_subject);
  } else if (!text::equals_ignore_case(subject_, stripped_subject)) {
    conflict_ = true;
  }
}

void SubjectTally::add(const engine::EditRow& row) {
  if (!fillable(row)) return;
  const std::string_view s = text::strip(row[Column::kSubject]);
  if (!s.empty()) groups_[key_of(row)].add(s);
}

const std::string* SubjectTally::subject_for(const engine::EditRow& row) {
  if (!fillable(row)) return nullptr;
  const auto it = groups_.find(key_of(row));
  return it == groups_.end() ? nullptr : it->second.subject();
}

}  // namespace cerslint::fix
