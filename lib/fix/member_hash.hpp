// Allocation-free 64-bit hash of one membership (school, group, year, S|L, id), for the fixer's
// "nobody was lost" sums. Eight bytes per step with a 128-bit multiply fold: the sums are
// computed for every row, so FNV's byte-at-a-time loop over a joined key string was a tenth
// of the fixer's time. Values only need to agree within one process.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "util/hash.hpp"  // hash_detail::partial_word

namespace cerslint::fix {

__extension__ using Uint128 = unsigned __int128;  // GCC and Clang; __extension__: no -Wpedantic

class Hash64 {
 public:
  void add(std::string_view s) {
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      mix(v);
    }
    // The last 0-7 bytes as one zero-padded word, without a memcpy of variable length: its
    // byte stores, read back as one word, stalled store forwarding (a tenth of a fix's time).
    const std::uint64_t tail = n > 0 ? hash_detail::partial_word(p, n) : 0;
    // The length ends each part, so ("ab", "c") and ("a", "bc") differ.
    mix(tail ^ (static_cast<std::uint64_t>(s.size()) << 56) ^ 0x9E3779B97F4A7C15ull);
  }
  void add(char c) { mix(static_cast<unsigned char>(c) | 0x100u); }
  std::uint64_t value() const {
    std::uint64_t h = h_;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
  }

 private:
  void mix(std::uint64_t v) {
    const Uint128 m = static_cast<Uint128>(h_ ^ v) * 0xA0761D6478BD642Full;
    h_ = static_cast<std::uint64_t>(m) ^ static_cast<std::uint64_t>(m >> 64);
  }
  std::uint64_t h_ = 0x243F6A8885A308D3ull;
};

inline std::uint64_t hash_of(std::string_view s) {
  Hash64 h;
  h.add(s);
  return h.value();
}

// member_hash for many members of one (school, group, year): those three hashed once.
class MemberHasher {
 public:
  MemberHasher(std::string_view school, std::string_view name, std::string_view year) {
    group_.add(school);
    group_.add(name);
    group_.add(year);
  }
  std::uint64_t member(char kind, std::string_view id) const {
    Hash64 h = group_;
    h.add(kind);
    h.add(id);
    return h.value();
  }

 private:
  Hash64 group_;
};

inline std::uint64_t member_hash(std::string_view school, std::string_view name,
                                 std::string_view year, char kind, std::string_view id) {
  return MemberHasher(school, name, year).member(kind, id);
}

}  // namespace cerslint::fix
