// Each byte classifier against a plain byte loop: every byte value at every position of the
// 64-byte window, and random windows.
#include "reader/classify.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "reader/simd_test_support.hpp"

namespace cerslint::reader {
namespace {

std::uint64_t reference(const char* p) {
  std::uint64_t mask = 0;
  for (int i = 0; i < 64; ++i) {
    if (p[i] == ',' || p[i] == '\r' || p[i] == '\n') mask |= std::uint64_t{1} << i;
  }
  return mask;
}

class ClassifyTest : public testing::TestWithParam<simd::Level> {};

TEST_P(ClassifyTest, EveryByteValueAtEveryPosition) {
  const classify::Fn fn = classify::for_level(GetParam());
  for (int value = 0; value < 256; ++value) {
    for (int pos = 0; pos < 64; ++pos) {
      char window[64];
      // A background of another structural byte catches masks that leak across positions.
      for (char& c : window) c = value == ',' ? 'a' : ',';
      window[pos] = static_cast<char>(value);
      ASSERT_EQ(fn(window), reference(window)) << "byte " << value << " at " << pos;
      for (char& c : window) c = 'a';
      window[pos] = static_cast<char>(value);
      ASSERT_EQ(fn(window), reference(window)) << "byte " << value << " at " << pos;
    }
  }
}

TEST_P(ClassifyTest, RandomWindows) {
  const classify::Fn fn = classify::for_level(GetParam());
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> pick(0, 3);
  const char structural[] = {',', '\r', '\n', '"'};
  alignas(64) char buffer[64 + 63];
  for (int iteration = 0; iteration < 20000; ++iteration) {
    char* window = buffer + iteration % 64;  // every alignment
    for (int i = 0; i < 64; ++i) {
      window[i] = byte(rng) < 64 ? structural[pick(rng)] : static_cast<char>(byte(rng));
    }
    ASSERT_EQ(fn(window), reference(window)) << "iteration " << iteration;
  }
}

INSTANTIATE_TEST_SUITE_P(Simd, ClassifyTest, testing::ValuesIn(simd::supported_levels()),
                         level_param_name);

}  // namespace
}  // namespace cerslint::reader
