// DelimCursor's out-of-line half: moving the window (see delim_cursor.hpp).
#include "reader/delim_cursor.hpp"

#include <algorithm>
#include <cstring>

namespace cerslint::reader {

const char* DelimCursor::find_slow(const char* p, const char* e) {
  const auto at = reinterpret_cast<std::uintptr_t>(p);
  std::uint64_t m;
  if (at - base_ < limit_ - base_) {
    m = 0;  // p is in the window, but no delimiter follows it there: go on after the window
  } else {
    load(p, e);  // a jump (after a quoted field, a refill or a new reader): re-base at p
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

void DelimCursor::load(const char* p, const char* e) {
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

}  // namespace cerslint::reader
