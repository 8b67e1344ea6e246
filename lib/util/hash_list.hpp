// Sets of 64-bit hashes kept as plain vectors: 8 bytes per value and no node per entry, for
// lists that grow with a whole file (group names, schools) and are only searched at the end.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cerslint::util {

// Sorts `v` and removes repeats: ready for std::binary_search.
inline void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Appends `h`, and at sizes that are powers of two from 4096 removes the repeats, so `v` stays
// near the number of distinct values however often they come back. sort_unique before searching.
inline void add_hash(std::vector<std::uint64_t>& v, std::uint64_t h) {
  v.push_back(h);
  if (v.size() >= 4096 && (v.size() & (v.size() - 1)) == 0) sort_unique(v);
}

}  // namespace cerslint::util
