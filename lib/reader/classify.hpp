// Byte classifiers: one call turns 64 input bytes into a bitmask of the bytes that end an
// unquoted field (',', '\r', '\n'); bit i is byte i. Classifying a whole 64-byte chunk at once
// and walking the mask with count-trailing-zeros finds the ~6 short fields of a typical record
// with one SIMD pass, where a 16-byte scan per field re-loaded the same bytes once per field.
// Quotes are not classified: they matter only as a field's first byte, which the tokenizer
// checks directly.
#pragma once

#include <cstdint>

#include "reader/simd_level.hpp"

namespace cerslint::reader::classify {

// Reads exactly 64 bytes at p (no alignment needed).
using Fn = std::uint64_t (*)(const char* p);

std::uint64_t scalar(const char* p);
#if defined(__SSE2__)
std::uint64_t sse2(const char* p);
std::uint64_t avx2(const char* p);  // call only if simd::best_supported() is kAvx2
#endif

// The classifier for `level` (levels this build lacks fall back to the best it has).
Fn for_level(simd::Level level);

}  // namespace cerslint::reader::classify
