// A small, fast 64-bit string hash (FNV-1a with a final avalanche) for "seen before" sets that
// store hashes instead of strings, so their memory does not depend on value lengths.
#pragma once

#include <cstdint>
#include <string_view>

namespace cerslint {

inline std::uint64_t hash64(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  h ^= h >> 33;  // splitmix-style finaliser: FNV's low bits alone mix poorly
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

}  // namespace cerslint
