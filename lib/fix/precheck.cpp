#include "fix/precheck.hpp"

namespace cerslint::fix {

void FindingTally::on_finding(const engine::Finding& f) {
  ++by_rule_[std::string(f.rule->code)];
  if (f.rule->fix == engine::FixSafety::kSafe) ++safe_;
  if (f.rule->fix == engine::FixSafety::kUnsafe) ++unsafe_;
}

}  // namespace cerslint::fix
