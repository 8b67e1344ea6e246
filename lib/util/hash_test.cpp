#include "util/hash.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace cerslint {
namespace {

// partial_word builds the zero-padded tail word without a variable-length memcpy; it must be
// that word for every length and every byte value, and read nothing past the tail.
TEST(Hash, PartialWordIsTheZeroPaddedTail) {
  for (std::size_t n = 1; n < 8; ++n) {
    for (int fill = 0; fill < 256; fill += 51) {
      std::string bytes;
      for (std::size_t i = 0; i < n; ++i) bytes += static_cast<char>((fill + 37 * i + 1) & 0xFF);
      bytes += '\xFF';  // a byte past the tail, which must not show
      std::uint64_t want = 0;
      std::memcpy(&want, bytes.data(), n);
      EXPECT_EQ(hash_detail::partial_word(bytes.data(), n), want) << "length " << n;
    }
  }
}

TEST(Hash, LengthAndEveryByteCount) {
  EXPECT_NE(hash64("a"), hash64(std::string("a\0", 2)));
  const std::string base = "01611766111330 Grade 5 Math";
  for (std::size_t n = 0; n <= base.size(); ++n) {
    const std::string s = base.substr(0, n);
    for (std::size_t i = 0; i < n; ++i) {
      std::string t = s;
      t[i] ^= 1;
      EXPECT_NE(hash64(s), hash64(t)) << "length " << n << ", byte " << i;
    }
  }
}

}  // namespace
}  // namespace cerslint
