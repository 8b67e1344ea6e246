// Byte scanners for the tokenizer's hot loops. The SSE2 paths (baseline on x86-64) compare 16
// bytes at a time; everything else falls back to a plain loop with identical results.
#pragma once

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cerslint::reader::scan {

// First byte in [p, e) that ends an unquoted field: ',', '\r' or '\n'; e if none.
inline const char* field_end(const char* p, const char* e) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i lf = _mm_set1_epi8('\n');
  while (e - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, cr)),
                               _mm_cmpeq_epi8(v, lf));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p < e && *p != ',' && *p != '\r' && *p != '\n') ++p;
  return p;
}

// First '"' in [p, e); e if none.
inline const char* quote(const char* p, const char* e) {
  const void* q = std::memchr(p, '"', static_cast<std::size_t>(e - p));
  return q ? static_cast<const char*>(q) : e;
}

}  // namespace cerslint::reader::scan
