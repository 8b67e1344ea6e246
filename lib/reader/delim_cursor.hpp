// The structural index the tokenizer walks: the delimiter mask (see classify.hpp) of one
// 64-byte window of the block buffer, kept across fields and records. Finding a field's end is
// then a shift and a count-trailing-zeros while the field lies in the current window; only
// when the mask runs out is the next window classified. A window may start anywhere (after a
// quoted field the tokenizer jumps ahead and the window is simply re-based there).
#pragma once

#include <bit>
#include <cstdint>

#include "reader/classify.hpp"

namespace cerslint::reader {

class DelimCursor {
 public:
  explicit DelimCursor(classify::Fn classify = classify::scalar) : classify_(classify) {}

  // Must be called whenever the buffer's bytes move or grow: the cached mask describes bytes
  // (and, for a short window at the end, a length) that are no longer there.
  void reset() { base_ = limit_ = 0; }

  // First ',', '\r' or '\n' in [p, e), or e if none. e must stay the same between reset()s.
  // The common case -- p inside the current window and a delimiter after it there -- is
  // inlined into the tokenizer's loop; everything else goes through find_slow().
  [[gnu::always_inline]] const char* find(const char* p, const char* e) {
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    if (at - base_ < limit_ - base_) [[likely]] {  // unsigned: also false for p < base
      const std::uint64_t m = mask_ & (~std::uint64_t{0} << (at - base_));
      if (m != 0) [[likely]] return reinterpret_cast<const char*>(base_) + std::countr_zero(m);
    }
    return find_slow(p, e);
  }

  // The delimiters after q, which find() has just returned (q < e, so q lies in the window):
  // bit i stands for byte window_base() + i. The tokenizer walks these with count-trailing-zeros
  // and clear-lowest-bit, so each field's end depends only on the previous bit set, not on the
  // previous field's end position (a shift-and-count chain through every field of a record).
  // Valid until the next find() or reset().
  std::uint64_t bits_after(const char* q) const {
    const auto s = reinterpret_cast<std::uintptr_t>(q) - base_;
    return mask_ & ((~std::uint64_t{0} << s) << 1);  // two shifts: s + 1 may be 64
  }
  const char* window_base() const { return reinterpret_cast<const char*>(base_); }

 private:
  const char* find_slow(const char* p, const char* e);
  void load(const char* p, const char* e);

  classify::Fn classify_;
  // Addresses as integers: the empty window (0, 0) then needs no special case and no
  // comparison of unrelated pointers.
  std::uintptr_t base_ = 0;
  std::uintptr_t limit_ = 0;
  std::uint64_t mask_ = 0;
};

}  // namespace cerslint::reader
