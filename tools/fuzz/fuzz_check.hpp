// What the fuzz targets share: the failure macro and small digests of what they compare.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// An invariant that must hold for every input. A violation is a bug: print it and abort, which
// libFuzzer records as a crash with the input that caused it (and the replay test fails).
#define FUZZ_REQUIRE(cond, what)                                                          \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n  (%s)\n", __FILE__,       \
                   __LINE__, std::string(what).c_str(), #cond);                          \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)

namespace cerslint::fuzz {

// Appends a length-prefixed field to a digest, so "ab"+"c" and "a"+"bc" differ.
inline void digest(std::string& out, std::string_view part) {
  out += std::to_string(part.size());
  out += ':';
  out += part;
}
inline void digest(std::string& out, unsigned long long n) { digest(out, std::to_string(n)); }

}  // namespace cerslint::fuzz
