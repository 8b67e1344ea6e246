// CERS's subject test (spec §3.2 c): the stripped value, lower-cased (Locale.ROOT), equals one of
// the configured subject codes lower-cased, or "all" (the validator always adds ALL). One copy
// for the validator and for U001, which must agree with it on what CERS rejects.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/recent_answers.hpp"

namespace cerslint::cers {

class AcceptedSubjects {
 public:
  AcceptedSubjects() = default;
  explicit AcceptedSubjects(const std::vector<std::string>& codes);

  // `stripped`: the value after Java strip (not blank). ASCII is compared as it stands with
  // letters folded; anything else is lowered by ICU once and the answer remembered for the last
  // few values (a damaged file cycles through a few spellings).
  bool contains(std::string_view stripped);

 private:
  std::vector<std::string> lower_;
  util::RecentAnswers<bool> non_ascii_;
};

}  // namespace cerslint::cers
