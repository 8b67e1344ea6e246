// Whether `cerslint fix` could change a file, judged from an ordinary check of it. Every change
// the fixer makes answers a finding of a lint rule whose fix applies (safe, or unsafe with
// --unsafe-fixes; CERS's own findings are repaired through the lint rule that names their
// cause), so a file without such findings is left exactly as it is: the CLI then skips
// the repair pipeline and its second check, and fixing a clean file costs one check. (A test in
// fix_property_test holds the fixer to this over every fixture and generated file.)
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "engine/finding.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::fix {

// Counts findings per rule code and remembers whether any of them has a fix.
class FindingTally final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding& f) override;

  // True when a finding's rule declares a fix that `unsafe` lets the fixer apply.
  bool fixable(bool unsafe) const { return safe_ > 0 || (unsafe && unsafe_ > 0); }
  const std::map<std::string, std::uint64_t>& by_rule() const { return by_rule_; }

 private:
  std::map<std::string, std::uint64_t> by_rule_;
  std::uint64_t safe_ = 0;
  std::uint64_t unsafe_ = 0;
};

}  // namespace cerslint::fix
