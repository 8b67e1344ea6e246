// util::HashSet64 against std::set on the values that are awkward for a flat table: 0 (the
// empty-slot mark), values that share their low bits, and enough of them to grow many times.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <set>

#include "util/hash_set.hpp"

namespace cerslint::util {
namespace {

TEST(HashSet64, ZeroIsAValueLikeAnyOther) {
  HashSet64 set;
  EXPECT_FALSE(set.contains(0));
  EXPECT_TRUE(set.insert(0));
  EXPECT_FALSE(set.insert(0));
  EXPECT_TRUE(set.contains(0));
  EXPECT_EQ(set.size(), 1u);
  EXPECT_FALSE(set.contains(1));
}

TEST(HashSet64, AgreesWithStdSetThroughGrowthAndClear) {
  HashSet64 set;
  std::set<std::uint64_t> model;
  std::mt19937_64 random(7);
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 20000; ++i) {
      // Half random, half multiples of 2^40 (equal low bits), with repeats.
      const std::uint64_t v = i % 2 == 0 ? random() % 5000 : (static_cast<std::uint64_t>(i % 3000) << 40);
      EXPECT_EQ(set.insert(v), model.insert(v).second) << v;
    }
    EXPECT_EQ(set.size(), model.size());
    for (std::uint64_t v = 0; v < 6000; ++v) EXPECT_EQ(set.contains(v), model.count(v) == 1) << v;
    for (std::uint64_t k = 0; k < 3100; ++k) {
      EXPECT_EQ(set.contains(k << 40), model.count(k << 40) == 1) << k;
    }
    set.clear();
    model.clear();
    EXPECT_EQ(set.size(), 0u);
    EXPECT_FALSE(set.contains(0));
  }
}

}  // namespace
}  // namespace cerslint::util
