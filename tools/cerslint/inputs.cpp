// Expands the command line's inputs into the list of files to read.
#include "tools/cerslint/inputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <system_error>

namespace cerslint::cli {
namespace {

namespace fs = std::filesystem;

bool is_csv_name(const std::string& name) {
  if (name.size() < 4) return false;
  std::string ext = name.substr(name.size() - 4);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".csv";
}

// Every *.csv file below `dir`, hidden folders skipped; not sorted.
void add_csv_files_below(const fs::path& dir, std::set<std::string>& out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec) && !name.empty() && name[0] == '.') {
      it.disable_recursion_pending();
      continue;
    }
    if (is_csv_name(name) && it->is_regular_file(ec)) out.insert(it->path().string());
  }
}

// Number of bytes in the UTF-8 sequence starting with `lead` (1 for stray bytes): `?` matches a
// character, not a byte, so "Gr?de" matches a name with "é" in it.
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Matches one bracket expression at p[i] ('[') against byte c. Returns the index after ']', or
// npos when the bracket is not closed (then '[' is an ordinary character, as in a shell).
std::size_t match_bracket(std::string_view p, std::size_t i, unsigned char c, bool& matched) {
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

bool match_from(std::string_view p, std::size_t pi, std::string_view s, std::size_t si) {
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

std::string unescape(std::string_view part) {
  std::string out;
  for (std::size_t i = 0; i < part.size(); ++i) {
    if (part[i] == '\\' && i + 1 < part.size()) ++i;
    out += part[i];
  }
  return out;
}

std::vector<std::string> split_parts(const std::string& pattern) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : pattern) {
    if (c == '/') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  return parts;
}

// Joins a shown prefix and a name without a leading "./" for patterns that had none.
std::string join(const std::string& shown, const std::string& name) {
  if (shown.empty()) return name;
  if (shown.back() == '/') return shown + name;
  return shown + "/" + name;
}

// Sorted names in `dir` (an empty `dir` is the working folder); unreadable folders give none.
std::vector<fs::directory_entry> entries_of(const std::string& dir) {
  std::vector<fs::directory_entry> out;
  std::error_code ec;
  fs::directory_iterator it(dir.empty() ? fs::path(".") : fs::path(dir),
                            fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) out.push_back(*it);
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return out;
}

void take_match(const std::string& path, std::set<std::string>& out) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    add_csv_files_below(path, out);
  } else if (fs::is_regular_file(path, ec)) {
    out.insert(path);
  }
}

// Matches parts[i..] below `dir` (shown as given by the user).
void walk(const std::string& dir, const std::vector<std::string>& parts, std::size_t i,
          std::set<std::string>& out) {
  if (i == parts.size()) {
    take_match(dir.empty() ? "." : dir, out);
    return;
  }
  const std::string& part = parts[i];
  std::error_code ec;
  if (part == "**") {
    walk(dir, parts, i + 1, out);  // no folder at all
    for (const auto& e : entries_of(dir)) {
      const std::string name = e.path().filename().string();
      // Symbolic links to folders are not followed: they could loop.
      if (name[0] == '.' || e.is_symlink(ec) || !e.is_directory(ec)) continue;
      walk(join(dir, name), parts, i, out);
    }
    return;
  }
  if (!is_glob_pattern(part)) {
    const std::string next = join(dir, unescape(part));
    if (i + 1 == parts.size() || fs::is_directory(next, ec)) walk(next, parts, i + 1, out);
    return;
  }
  const bool dot_ok = part[0] == '.';
  for (const auto& e : entries_of(dir)) {
    const std::string name = e.path().filename().string();
    if (name[0] == '.' && !dot_ok) continue;
    if (!glob_part_matches(part, name)) continue;
    if (i + 1 < parts.size() && !e.is_directory(ec)) continue;
    walk(join(dir, name), parts, i + 1, out);
  }
}

std::vector<std::string> expand_glob(const std::string& pattern) {
  std::set<std::string> found;
  walk(pattern[0] == '/' ? "/" : "", split_parts(pattern), 0, found);
  return {found.begin(), found.end()};
}

}  // namespace

bool is_glob_pattern(std::string_view arg) {
  for (std::size_t i = 0; i < arg.size(); ++i) {
    if (arg[i] == '\\') {
      ++i;
    } else if (arg[i] == '*' || arg[i] == '?' || arg[i] == '[') {
      return true;
    }
  }
  return false;
}

bool glob_part_matches(std::string_view pattern, std::string_view name) {
  return match_from(pattern, 0, name, 0);
}

ExpandedInputs expand_input_patterns(const std::vector<std::string>& args) {
  ExpandedInputs result;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-") {
      result.files.push_back(arg);
    } else if (fs::is_directory(arg, ec)) {
      std::set<std::string> found;
      add_csv_files_below(arg, found);
      result.files.insert(result.files.end(), found.begin(), found.end());
    } else if (fs::exists(arg, ec) || !is_glob_pattern(arg)) {
      result.files.push_back(arg);
    } else {
      std::vector<std::string> found = expand_glob(arg);
      if (found.empty()) result.unmatched.push_back(arg);
      result.files.insert(result.files.end(), found.begin(), found.end());
    }
  }
  return result;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  ExpandedInputs expanded = expand_input_patterns(args);
  for (const std::string& pattern : expanded.unmatched) {
    fmt::print(stderr, "cerslint: no file matches \"{}\"\n", pattern);
  }
  return std::move(expanded.files);
}

}  // namespace cerslint::cli
