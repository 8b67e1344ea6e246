// Which instruction set the tokenizer's byte classifier uses. Chosen once per process from the
// CPU (AVX2 where present, else SSE2 on x86-64, else portable scalar code); CERSLINT_SIMD=
// scalar|sse2|avx2 in the environment, or set_level() in tests, forces a level so every path
// can be run and compared on one machine. A level the CPU lacks is clamped to the best it has.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace cerslint::reader::simd {

enum class Level : std::uint8_t { kScalar, kSse2, kAvx2 };

// The best level this CPU (and this build) supports.
Level best_supported();
// Every supported level, lowest first (tests run each).
std::vector<Level> supported_levels();
// The level readers constructed from now on use: set_level()'s, else CERSLINT_SIMD's (read on
// the first call), else best_supported().
Level level();
// Forces the level for readers constructed afterwards; returns the level actually applied.
Level set_level(Level wanted);
std::string_view name(Level level);

}  // namespace cerslint::reader::simd
