#include "fix/precheck.hpp"

namespace cerslint::fix {

void FindingTally::on_finding(const engine::Finding& f) {
  ++by_rule_[std::string(f.rule->code)];
  // A CERS finding (family C) is only fixable through the lint rule that names its cause (C106
  // "can not be found" through S002's leading zero or S003's spaces, C107/C108 through M004), and
  // that rule reports too. Counting C findings would send every file with an unknown school
  // through the whole repair pipeline for nothing. fix_property_test (e) checks the premise.
  if (f.rule->code.front() == 'C') return;
  if (f.rule->fix == engine::FixSafety::kSafe) ++safe_;
  if (f.rule->fix == engine::FixSafety::kUnsafe) ++unsafe_;
}

}  // namespace cerslint::fix
