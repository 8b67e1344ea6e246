// Each rule's first N findings of a file pass, the rest are counted per rule: the text format's
// --max-per-rule. The engine applies it before formatting (CheckOptions::report_limit), and the
// text reporter applies it to what reaches it when the engine could not (a report file or a
// baseline needs every finding).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "engine/rule_meta.hpp"

namespace cerslint::engine {

class PerRuleLimit {
 public:
  // Forgets every count; `limit` 0 lets everything pass. The table is made by tally() when
  // first needed (a run without a limit may still add left-out counts).
  void reset(std::uint64_t limit) {
    limit_ = limit;
    tallies_.clear();
  }
  // True when this finding of `rule` passes (always without a limit); false when it is past the
  // limit, and then it is counted as left out.
  bool take(const RuleMeta& rule) {
    if (limit_ == 0) return true;
    Tally& t = tally(rule);
    if (t.passed < limit_) {
      ++t.passed;
      return true;
    }
    ++t.left_out;
    return false;
  }
  // Counts `n` more findings of `rule` as left out (what an earlier limit only counted).
  void add_left_out(const RuleMeta& rule, std::uint64_t n) { tally(rule).left_out += n; }
  // Per rule, the findings left out, in code order; empty when none were.
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> left_out() const;

 private:
  struct Tally {
    const RuleMeta* rule = nullptr;
    std::uint64_t passed = 0, left_out = 0;
  };
  // Open addressing by the rule's address: a few instructions per finding (a sorted vector's
  // binary search cost 2% of a check where every row is bad). Far more slots than rules.
  static constexpr std::size_t kSlots = 256;
  Tally& tally(const RuleMeta& rule);
  std::uint64_t limit_ = 0;
  std::vector<Tally> tallies_;  // kSlots once a limit or a left-out count is set
};

}  // namespace cerslint::engine
