// Which watching rules a row goes to. A rule watches columns (called when one changed) and row
// traits (called when the row has one), and may be gated by traits (then called only if the
// row also has one of those). Each column bit and each trait bit has a precomputed set of
// rules; a row's set is the OR of the sets of the bits it has, minus the gated rules none of
// its traits let through, walked in the order the rules were added (registry order). This costs
// the same for every row, unlike a cache of rule lists, which missed on nearly every row of a
// file whose rows change in many different ways.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

#include "engine/row.hpp"

namespace cerslint::engine {

class Rule;

class RowDispatch {
 public:
  // Rules are called in the order they were added.
  // only_with: 0, or the traits of which the row must have one (Subscriptions::only_with).
  void add(Rule* rule, ColumnMask columns, RowTraits traits, RowTraits only_with = 0);

  template <class F>
  void for_each(ColumnMask changed, RowTraits traits, F&& f) const {
    const std::uint32_t bits = bits_of(changed, traits);
    for (std::size_t w = 0; w * 64 < rules_.size(); ++w) {
      const std::uint64_t* masks = &masks_[w * kBits];
      std::uint64_t set = 0;
      for (std::uint32_t b = bits; b != 0; b &= b - 1) set |= masks[std::countr_zero(b)];
      if (set & gated_[w]) {
        const std::uint64_t* opens = &opens_[w * kTraitBits];
        std::uint64_t open = ~gated_[w];
        for (std::uint32_t t = traits; t != 0; t &= t - 1) open |= opens[std::countr_zero(t)];
        set &= open;
      }
      for (; set != 0; set &= set - 1) f(rules_[w * 64 + std::countr_zero(set)]);
    }
  }

 private:
  static constexpr int kTraitShift = 8;                        // ColumnMask is 8 bits wide
  static constexpr int kTraitBits = 8 * sizeof(RowTraits);
  static constexpr int kBits = kTraitShift + kTraitBits;
  static std::uint32_t bits_of(ColumnMask columns, RowTraits traits) {
    return std::uint32_t{columns} | (std::uint32_t{traits} << kTraitShift);
  }

  std::vector<Rule*> rules_;
  // For each word of 64 rules, kBits masks: masks_[word * kBits + bit].
  std::vector<std::uint64_t> masks_;
  // For each word: the gated rules, and for each trait bit the gated rules it lets through
  // (opens_[word * kTraitBits + bit]).
  std::vector<std::uint64_t> gated_;
  std::vector<std::uint64_t> opens_;
};

}  // namespace cerslint::engine
