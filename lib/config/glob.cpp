// Segment-wise matching: `**` segments by backtracking over segments, `*`/`?` inside one
// segment by backtracking over characters. Patterns are short, so plain recursion is enough.
#include "config/glob.hpp"

#include <vector>

#include "util/glob_segment.hpp"

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

bool segments_match(const std::vector<std::string_view>& p, std::size_t pi,
                    const std::vector<std::string_view>& s, std::size_t si) {
  if (pi == p.size()) return si == s.size();
  if (p[pi] == "**") {
    for (std::size_t skip = si; skip <= s.size(); ++skip) {
      if (segments_match(p, pi + 1, s, skip)) return true;
    }
    return false;
  }
  return si < s.size() && util::glob_segment_match(p[pi], s[si]) && segments_match(p, pi + 1, s, si + 1);
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view relative_path) {
  if (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  const std::vector<std::string_view> path = split(relative_path);
  if (pattern.find('/') == std::string_view::npos) {
    return !path.empty() && util::glob_segment_match(pattern, path.back());
  }
  // A file outside the folder (reached through "..") is never under an anchored pattern.
  if (!path.empty() && path[0] == "..") return false;
  return segments_match(split(pattern), 0, path, 0);
}

}  // namespace cerslint::config
