// x86 classifiers. SSE2 is the x86-64 baseline; the AVX2 one is compiled for AVX2 through a
// function attribute rather than -mavx2 on the whole file or target, so that nothing else
// (inline library code in particular) can pick up AVX2 instructions and the binary still runs
// on SSE2-only CPUs. for_level() hands it out only after the CPU check.
#if defined(__SSE2__)

#include <immintrin.h>

#include "reader/classify.hpp"

namespace cerslint::reader::classify {

namespace {

inline std::uint64_t sse2_16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i hit = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
      _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
  return static_cast<std::uint16_t>(_mm_movemask_epi8(hit));
}

}  // namespace

std::uint64_t sse2(const char* p) {
  return sse2_16(p) | (sse2_16(p + 16) << 16) | (sse2_16(p + 32) << 32) | (sse2_16(p + 48) << 48);
}

namespace {

// One table lookup and one compare per byte instead of three compares: ',' (0x2C), '\r' (0x0D)
// and '\n' (0x0A) have distinct low nibbles, so table[low nibble] == byte picks exactly them.
// vpshufb returns 0 for bytes with the high bit set, which never equals such a byte; slot 0
// holds 1 so that a NUL byte (index 0) does not match itself.
__attribute__((target("avx2"))) inline std::uint32_t avx2_32(const char* p, __m256i table) {
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i hit = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(table, v), v);
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(hit));
}

}  // namespace

__attribute__((target("avx2"))) std::uint64_t avx2(const char* p) {
  const __m256i table = _mm256_setr_epi8(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\n', 0, ',', '\r', 0, 0,  //
                                         1, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\n', 0, ',', '\r', 0, 0);
  return avx2_32(p, table) | (static_cast<std::uint64_t>(avx2_32(p + 32, table)) << 32);
}

}  // namespace cerslint::reader::classify

#endif  // __SSE2__
