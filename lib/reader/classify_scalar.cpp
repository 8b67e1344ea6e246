// Portable classifier (non-x86 builds, and the reference the SIMD levels are tested against):
// SWAR, eight bytes per 64-bit word.
#include <bit>
#include <cstring>

#include "reader/classify.hpp"

namespace cerslint::reader::classify {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;

// High bit of each byte set where that byte of x is zero. Exact (no false positives from
// borrows, unlike the shorter (x - 1) & ~x form): the add cannot carry across bytes.
std::uint64_t zero_bytes(std::uint64_t x) { return ~(((x & kLow7) + kLow7) | x) & ~kLow7; }

// Gathers the high bit of each byte into the low 8 bits (byte i -> bit i). The multiply
// places every byte's bit at a distinct position of the top byte; no two partial products
// overlap there, so no carries disturb it.
unsigned gather_high_bits(std::uint64_t h) {
  return static_cast<unsigned>(((h >> 7) * 0x0102040810204080ull) >> 56);
}

}  // namespace

std::uint64_t scalar(const char* p) {
  std::uint64_t mask = 0;
  for (int i = 0; i < 8; ++i) {
    if constexpr (std::endian::native == std::endian::little) {
      std::uint64_t w;
      std::memcpy(&w, p + 8 * i, 8);
      const std::uint64_t hits =
          zero_bytes(w ^ (kOnes * ',')) | zero_bytes(w ^ (kOnes * '\r')) | zero_bytes(w ^ (kOnes * '\n'));
      mask |= static_cast<std::uint64_t>(gather_high_bits(hits)) << (8 * i);
    } else {
      for (int j = 0; j < 8; ++j) {
        const char c = p[8 * i + j];
        if (c == ',' || c == '\r' || c == '\n') mask |= std::uint64_t{1} << (8 * i + j);
      }
    }
  }
  return mask;
}

Fn for_level(simd::Level level) {
#if defined(__SSE2__)
  if (level == simd::Level::kAvx2 && simd::best_supported() == simd::Level::kAvx2) return avx2;
  if (level >= simd::Level::kSse2) return sse2;
#else
  (void)level;
#endif
  return scalar;
}

}  // namespace cerslint::reader::classify
