// Myers O((N+M)D) diff on lines, with the classic trace of V arrays for the backtrack.
#include "fix/unified_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace cerslint::fix {
namespace {

// Lines including their line ending, so a CRLF -> LF change shows as a change.
std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) {
      out.push_back(s.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

enum class Op : char { kKeep = ' ', kDel = '-', kAdd = '+' };
struct Edit {
  Op op;
  std::size_t a;  // index in before (kKeep, kDel)
  std::size_t b;  // index in after (kKeep, kAdd)
};

std::vector<Edit> myers(const std::vector<std::string_view>& a,
                        const std::vector<std::string_view>& b, std::size_t max_edits,
                        bool& gave_up) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  const long max = std::min<long>(n + m, static_cast<long>(max_edits));
  std::vector<long> v(static_cast<std::size_t>(2 * max + 3), 0);  // k in [-max-1, max+1]
  std::vector<std::vector<long>> trace;
  const auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + max + 1)]; };
  long found = -1;
  for (long d = 0; d <= max && found < 0; ++d) {
    trace.push_back(v);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<Edit> edits;
  if (found < 0) {
    gave_up = true;
    for (long i = 0; i < n; ++i) edits.push_back({Op::kDel, static_cast<std::size_t>(i), 0});
    for (long j = 0; j < m; ++j) edits.push_back({Op::kAdd, 0, static_cast<std::size_t>(j)});
    return edits;
  }
  long x = n, y = m;
  for (long d = found; d > 0; --d) {
    const std::vector<long>& pv = trace[static_cast<std::size_t>(d)];
    const auto pat = [&](long k) { return pv[static_cast<std::size_t>(k + max + 1)]; };
    const long k = x - y;
    const long prev_k = (k == -d || (k != d && pat(k - 1) < pat(k + 1))) ? k + 1 : k - 1;
    const long prev_x = pat(prev_k), prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      --x, --y;
      edits.push_back({Op::kKeep, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    }
    if (x == prev_x) {
      --y;
      edits.push_back({Op::kAdd, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    } else {
      --x;
      edits.push_back({Op::kDel, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
    }
  }
  while (x > 0 && y > 0) {
    --x, --y;
    edits.push_back({Op::kKeep, static_cast<std::size_t>(x), static_cast<std::size_t>(y)});
  }
  std::reverse(edits.begin(), edits.end());
  return edits;
}

void append_line(std::string& out, char prefix, std::string_view line) {
  out += prefix;
  out.append(line);
  if (line.empty() || (line.back() != '\n' && line.back() != '\r')) {
    out += "\n\\ No newline at end of file\n";
  }
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after,
                         std::string_view before_name, std::string_view after_name,
                         std::size_t max_edits) {
  const auto a = split_lines(before);
  const auto b = split_lines(after);
  bool gave_up = false;
  const std::vector<Edit> edits = myers(a, b, max_edits, gave_up);
  std::string out;
  constexpr std::size_t kContext = 3;
  std::size_t i = 0;
  bool header = false;
  while (i < edits.size()) {
    if (edits[i].op == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from kContext kept lines before the change to kContext after the last change
    // that is not separated from the next by more than 2*kContext kept lines.
    std::size_t start = i >= kContext ? i - kContext : 0;
    while (start < i && edits[start].op != Op::kKeep) ++start;
    std::size_t end = i;
    std::size_t keep_run = 0;
    for (std::size_t j = i; j < edits.size(); ++j) {
      if (edits[j].op == Op::kKeep) {
        if (++keep_run > 2 * kContext) break;
      } else {
        keep_run = 0;
        end = j + 1;
      }
    }
    const std::size_t stop = std::min(edits.size(), end + kContext);
    std::size_t a_start = 0, b_start = 0, a_len = 0, b_len = 0;
    bool first = true;
    for (std::size_t j = start; j < stop; ++j) {
      const Edit& e = edits[j];
      if (first) {
        a_start = e.op == Op::kAdd ? e.a : e.a;
        b_start = e.op == Op::kDel ? e.b : e.b;
        first = false;
      }
      if (e.op != Op::kAdd) ++a_len;
      if (e.op != Op::kDel) ++b_len;
    }
    if (!header) {
      out += fmt::format("--- {}\n+++ {}\n", before_name, after_name);
      header = true;
    }
    // GNU diff's range format: "start" for one line, "start,len" otherwise (start 0 if empty).
    const auto range = [](std::size_t start, std::size_t len) {
      if (len == 1) return fmt::format("{}", start + 1);
      return fmt::format("{},{}", len ? start + 1 : start, len);
    };
    out += fmt::format("@@ -{} +{} @@\n", range(a_start, a_len), range(b_start, b_len));
    for (std::size_t j = start; j < stop; ++j) {
      const Edit& e = edits[j];
      append_line(out, static_cast<char>(e.op), e.op == Op::kAdd ? b[e.b] : a[e.a]);
    }
    i = stop;
  }
  (void)gave_up;
  return out;
}

}  // namespace cerslint::fix
