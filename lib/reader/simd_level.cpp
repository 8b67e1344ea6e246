// CPU detection and the process-wide level override (see simd_level.hpp).
#include "reader/simd_level.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>

namespace cerslint::reader::simd {
namespace {

Level detect() {
#if defined(__SSE2__) && (defined(__x86_64__) || defined(__i386__))
  // The AVX2 classifier is built only where the SSE2 one is (classify_x86.cpp).
  // __builtin_cpu_supports also checks that the OS saves the YMM registers (XGETBV).
  if (__builtin_cpu_supports("avx2")) return Level::kAvx2;
#endif
#if defined(__SSE2__)
  return Level::kSse2;
#else
  return Level::kScalar;
#endif
}

Level from_environment() {
  const Level best = best_supported();
  const char* env = std::getenv("CERSLINT_SIMD");
  if (env == nullptr) return best;
  const std::string_view v(env);
  // Unknown values are ignored: a misspelt override must not make a check fail.
  Level wanted = v == "scalar" ? Level::kScalar
                 : v == "sse2" ? Level::kSse2
                 : v == "avx2" ? Level::kAvx2
                               : best;
  return std::min(wanted, best);
}

// Relaxed is enough: the level only selects between functions with identical results.
std::atomic<Level>& current() {
  static std::atomic<Level> level{from_environment()};
  return level;
}

}  // namespace

Level best_supported() {
  static const Level best = detect();
  return best;
}

std::vector<Level> supported_levels() {
  std::vector<Level> out;
  for (Level l : {Level::kScalar, Level::kSse2, Level::kAvx2}) {
    if (l <= best_supported()) out.push_back(l);
  }
  return out;
}

Level level() { return current().load(std::memory_order_relaxed); }

Level set_level(Level wanted) {
  const Level applied = std::min(wanted, best_supported());
  current().store(applied, std::memory_order_relaxed);
  return applied;
}

std::string_view name(Level level) {
  switch (level) {
    case Level::kScalar:
      return "scalar";
    case Level::kSse2:
      return "sse2";
    case Level::kAvx2:
      return "avx2";
  }
  return "?";
}

}  // namespace cerslint::reader::simd
