#include "engine/per_rule_limit.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace cerslint::engine {

PerRuleLimit::Tally& PerRuleLimit::tally(const RuleMeta& rule) {
  if (tallies_.empty()) tallies_.assign(kSlots, Tally{});
  const auto address = reinterpret_cast<std::uintptr_t>(&rule);
  std::size_t slot = static_cast<std::size_t>((address >> 3) * 0x9E3779B97F4A7C15ull >> 56);
  for (std::size_t probes = 0; probes < kSlots; ++probes, slot = (slot + 1) % kSlots) {
    Tally& t = tallies_[slot];
    if (t.rule == nullptr) t.rule = &rule;
    if (t.rule == &rule) return t;
  }
  // The registry has a few dozen rules; a table this full is a programming error.
  throw std::logic_error("PerRuleLimit: more rules than slots");
}

std::vector<std::pair<const RuleMeta*, std::uint64_t>> PerRuleLimit::left_out() const {
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> out;
  for (const Tally& t : tallies_) {
    if (t.left_out > 0) out.emplace_back(t.rule, t.left_out);
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.first->code < b.first->code; });
  return out;
}

}  // namespace cerslint::engine
