// The structural index the tokenizer walks: the delimiter mask (see classify.hpp) of one
// 64-byte window of the block buffer, kept across fields and records. Finding a field's end is
// then a shift and a count-trailing-zeros while the field lies in the current window; only
// when the mask runs out is the next window classified. A window may start anywhere (after a
// quoted field the tokenizer jumps ahead and the window is simply re-based there).
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "reader/classify.hpp"

namespace cerslint::reader {

class DelimCursor {
 public:
  explicit DelimCursor(classify::Fn classify = classify::scalar) : classify_(classify) {}

  // Must be called whenever the buffer's bytes move or grow: the cached mask describes bytes
  // (and, for a short window at the end, a length) that are no longer there.
  void reset() { base_ = limit_ = 0; }

  // First ',', '\r' or '\n' in [p, e), or e if none. e must stay the same between reset()s.
  const char* find(const char* p, const char* e) {
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    std::uint64_t m;
    if (at - base_ < limit_ - base_) {  // p inside the current window (unsigned: also p >= base)
      m = mask_ & (~std::uint64_t{0} << (at - base_));
    } else {
      load(p, e);
      m = mask_;
    }
    while (m == 0) {
      const char* next = reinterpret_cast<const char*>(limit_);
      if (next >= e) return e;
      load(next, e);
      m = mask_;
    }
    return reinterpret_cast<const char*>(base_) + std::countr_zero(m);
  }

 private:
  void load(const char* p, const char* e) {
    const std::size_t n = std::min<std::size_t>(64, static_cast<std::size_t>(e - p));
    if (n == 64) {
      mask_ = classify_(p);
    } else {
      // The last bytes before e: classify a zero-padded copy rather than read past the buffer
      // (from_memory() buffers are the caller's), and drop the padding's bits.
      char tail[64] = {};
      std::memcpy(tail, p, n);
      mask_ = classify_(tail) & ((std::uint64_t{1} << n) - 1);
    }
    base_ = reinterpret_cast<std::uintptr_t>(p);
    limit_ = base_ + n;
  }

  classify::Fn classify_;
  // Addresses as integers: the empty window (0, 0) then needs no special case and no
  // comparison of unrelated pointers.
  std::uintptr_t base_ = 0;
  std::uintptr_t limit_ = 0;
  std::uint64_t mask_ = 0;
};

}  // namespace cerslint::reader
