#include "engine/row_dispatch.hpp"

namespace cerslint::engine {

void RowDispatch::add(Rule* rule, ColumnMask columns, RowTraits traits, RowTraits only_with) {
  const std::size_t index = rules_.size();
  if (index % 64 == 0) {  // a new word of 64 rules
    masks_.resize(masks_.size() + kBits, 0);
    gated_.push_back(0);
    opens_.resize(opens_.size() + kTraitBits, 0);
  }
  rules_.push_back(rule);
  const std::size_t word = index / 64;
  const std::uint64_t one = std::uint64_t{1} << (index % 64);
  std::uint64_t* masks = &masks_[word * kBits];
  for (std::uint32_t b = bits_of(columns, traits); b != 0; b &= b - 1) {
    masks[std::countr_zero(b)] |= one;
  }
  if (only_with == 0) return;
  gated_[word] |= one;
  std::uint64_t* opens = &opens_[word * kTraitBits];
  for (std::uint32_t t = only_with; t != 0; t &= t - 1) opens[std::countr_zero(t)] |= one;
}

}  // namespace cerslint::engine
