// One path segment (a file or folder name) against a shell pattern: `*` (any run of
// characters), `?` (one character: a whole UTF-8 sequence, so "Gr?de" matches "Grède"),
// `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]` (an unclosed '[' is an ordinary character, as in a
// shell) and `\x` for a literal x. Shared by the command line's glob arguments
// (tools/cerslint/inputs.cpp) and cerslint.toml's [[overrides]] paths (lib/config/glob.cpp),
// which each split paths into segments and handle `**` themselves.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace cerslint::util {
namespace glob_detail {

// Number of bytes in the UTF-8 sequence starting with `lead` (1 for stray bytes): `?` matches a
// character, not a byte, so "Gr?de" matches a name with "é" in it.
inline std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Matches one bracket expression at p[i] ('[') against byte c. Returns the index after ']', or
// npos when the bracket is not closed (then '[' is an ordinary character, as in a shell).
inline std::size_t match_bracket(std::string_view p, std::size_t i, unsigned char c, bool& matched) {
  std::size_t j = i + 1;
  const bool negate = j < p.size() && (p[j] == '!' || p[j] == '^');
  if (negate) ++j;
  bool hit = false;
  bool first = true;
  while (j < p.size() && (p[j] != ']' || first)) {
    first = false;
    unsigned char lo = static_cast<unsigned char>(p[j]);
    if (lo == '\\' && j + 1 < p.size()) lo = static_cast<unsigned char>(p[++j]);
    ++j;
    unsigned char hi = lo;
    if (j + 1 < p.size() && p[j] == '-' && p[j + 1] != ']') {
      hi = static_cast<unsigned char>(p[j + 1]);
      j += 2;
    }
    if (lo <= c && c <= hi) hit = true;
  }
  if (j >= p.size()) return std::string_view::npos;
  matched = hit != negate;
  return j + 1;
}

inline bool match_from(std::string_view p, std::size_t pi, std::string_view s, std::size_t si) {
  while (pi < p.size()) {
    const char pc = p[pi];
    if (pc == '*') {
      while (pi < p.size() && p[pi] == '*') ++pi;
      if (pi == p.size()) return true;
      for (std::size_t k = si; k <= s.size(); ++k) {
        if (match_from(p, pi, s, k)) return true;
      }
      return false;
    }
    if (si >= s.size()) return false;
    const unsigned char c = static_cast<unsigned char>(s[si]);
    if (pc == '?') {
      si += std::min(utf8_length(c), s.size() - si);
      ++pi;
      continue;
    }
    if (pc == '[') {
      bool matched = false;
      const std::size_t next = match_bracket(p, pi, c, matched);
      if (next != std::string_view::npos) {
        if (!matched) return false;
        pi = next;
        ++si;
        continue;
      }
    }
    char literal = pc;
    if (pc == '\\' && pi + 1 < p.size()) literal = p[++pi];
    if (static_cast<unsigned char>(literal) != c) return false;
    ++pi;
    ++si;
  }
  return si == s.size();
}

}  // namespace glob_detail

inline bool glob_segment_match(std::string_view pattern, std::string_view name) {
  return glob_detail::match_from(pattern, 0, name, 0);
}

}  // namespace cerslint::util
