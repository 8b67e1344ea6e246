// Segment-wise matching: `**` segments by backtracking over segments, `*`/`?` inside one
// segment by backtracking over characters. Patterns are short, so plain recursion is enough.
#include "config/glob.hpp"

#include <vector>

namespace cerslint::config {
namespace {

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      if (i > start) parts.push_back(path.substr(start, i - start));  // "a//b" = "a/b"
      start = i + 1;
    }
  }
  return parts;
}

// `[abc]`, `[a-z]`, `[!a-z]` (or `[^a-z]`) at the start of `p`: whether `c` is in the class, and
// the class's length in `length`; length 0 when `p` holds no closing `]` (then `[` is literal).
bool class_match(std::string_view p, char c, std::size_t& length) {
  std::size_t i = 1;
  const bool negate = i < p.size() && (p[i] == '!' || p[i] == '^');
  if (negate) ++i;
  bool in = false;
  const std::size_t first = i;
  for (; i < p.size() && (p[i] != ']' || i == first); ++i) {  // a leading ']' is literal
    if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
      in = in || (p[i] <= c && c <= p[i + 2]);
      i += 2;
    } else {
      in = in || p[i] == c;
    }
  }
  if (i >= p.size()) {
    length = 0;
    return false;
  }
  length = i + 1;
  return in != negate;
}

bool segment_match(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p[0] == '*') {
    for (std::size_t skip = 0; skip <= s.size(); ++skip) {
      if (segment_match(p.substr(1), s.substr(skip))) return true;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '[') {
    std::size_t length = 0;
    const bool in = class_match(p, s[0], length);
    if (length > 0) return in && segment_match(p.substr(length), s.substr(1));
  }
  if (p[0] != '?' && p[0] != s[0]) return false;
  return segment_match(p.substr(1), s.substr(1));
}

bool segments_match(const std::vector<std::string_view>& p, std::size_t pi,
                    const std::vector<std::string_view>& s, std::size_t si) {
  if (pi == p.size()) return si == s.size();
  if (p[pi] == "**") {
    for (std::size_t skip = si; skip <= s.size(); ++skip) {
      if (segments_match(p, pi + 1, s, skip)) return true;
    }
    return false;
  }
  return si < s.size() && segment_match(p[pi], s[si]) && segments_match(p, pi + 1, s, si + 1);
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view relative_path) {
  if (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  const std::vector<std::string_view> path = split(relative_path);
  if (pattern.find('/') == std::string_view::npos) {
    return !path.empty() && segment_match(pattern, path.back());
  }
  // A file outside the folder (reached through "..") is never under an anchored pattern.
  if (!path.empty() && path[0] == "..") return false;
  return segments_match(split(pattern), 0, path, 0);
}

}  // namespace cerslint::config
