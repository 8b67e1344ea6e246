// A small, fast 64-bit string hash for "seen before" sets that store hashes instead of strings,
// so their memory does not depend on value lengths. Eight bytes a step (an xxHash64-style round:
// multiply, rotate, multiply), the last partial word zero-padded and the length mixed in first so
// "a" and "a\0" differ, then a splitmix-style finaliser. Byte-at-a-time FNV-1a, used before,
// cost 4 instructions a byte: 9% of a check where every row is bad, where failure texts, group
// keys and school ids are hashed on every row. Values live only in memory: nothing stores them.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace cerslint {
namespace hash_detail {

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;

inline std::uint64_t round(std::uint64_t acc, std::uint64_t word) {
  acc += word * kPrime2;
  acc = (acc << 31) | (acc >> 33);
  return acc * kPrime1;
}

inline std::uint64_t finish(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// The bytes at `p`, 0 < `n` < 8 of them, as a little-endian word padded with zero bytes.
// (memcpy of a variable length is a libc call, about a third of hashing a short id or name.)
// Never reads past p[n - 1]: 4 to 7 bytes are two 4-byte loads that overlap, 1 to 3 bytes are
// the first, middle and last byte (which coincide when there are fewer).
inline std::uint64_t partial_word(const char* p, std::size_t n) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, b, 4);
    std::memcpy(&hi, b + n - 4, 4);
    // hi's bytes are p[n-4..n-1]; shifted down by 8 - n bytes they are p[4..n-1].
    return lo | ((static_cast<std::uint64_t>(hi) >> (8 * (8 - n))) << 32);
  }
  const std::size_t mid = n >> 1;
  return static_cast<std::uint64_t>(b[0]) | (static_cast<std::uint64_t>(b[mid]) << (8 * mid)) |
         (static_cast<std::uint64_t>(b[n - 1]) << (8 * (n - 1)));
}

// hash64's loop with `transform` applied to every word (values::hash64_ascii_lower folds case
// there; a zero padding byte must stay zero).
template <typename Transform>
inline std::uint64_t hash64_words(std::string_view s, Transform transform) {
  std::uint64_t h = 0x27D4EB2F165667C5ull ^ (s.size() * kPrime1);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; n -= 8, p += 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = round(h, transform(w));
  }
  if (n > 0) h = round(h, transform(partial_word(p, n)));
  return finish(h);
}

}  // namespace hash_detail

inline std::uint64_t hash64(std::string_view s) {
  return hash_detail::hash64_words(s, [](std::uint64_t w) { return w; });
}

}  // namespace cerslint
