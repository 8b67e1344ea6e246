#include "engine/row_dispatch.hpp"

namespace cerslint::engine {

void RowDispatch::add(Rule* rule, ColumnMask columns, RowTraits traits) {
  const std::size_t index = rules_.size();
  if (index % 64 == 0) masks_.resize(masks_.size() + kBits, 0);  // a new word of 64 rules
  rules_.push_back(rule);
  const std::uint64_t one = std::uint64_t{1} << (index % 64);
  std::uint64_t* masks = &masks_[(index / 64) * kBits];
  for (std::uint32_t b = bits_of(columns, traits); b != 0; b &= b - 1) {
    masks[std::countr_zero(b)] |= one;
  }
}

}  // namespace cerslint::engine
