// Header and loader classifiers for the F rules.
#include "values/file_format.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/java_text.hpp"

namespace cerslint::values {

// The values library does not link the text library, so the two Java helpers needed here are
// local: strip() with Java's whitespace (ICU u_isWhitespace, ASCII first), and a case-blind
// compare against the ASCII CERS names (a non-ASCII byte never matches; Java would also match
// the Kelvin sign and long s, which no spreadsheet puts in a header).
namespace {

bool space_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  }
  std::int32_t at = static_cast<std::int32_t>(i);
  UChar32 cp = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), at, static_cast<std::int32_t>(s.size()), cp);
  len = static_cast<std::size_t>(at) - i;
  return cp >= 0 && u_isWhitespace(cp);
}

std::string_view strip(std::string_view s) {
  std::size_t b = 0;
  std::size_t len = 0;
  while (b < s.size() && space_at(s, b, len)) b += len;
  std::size_t e = s.size();
  while (e > b) {
    std::size_t start = e - 1;  // back to the lead byte of the last character
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (!space_at(s, start, len) || start + len != e) break;
    e = start;
  }
  return s.substr(b, e - b);
}

}  // namespace

int cers_name_ignoring_case(std::string_view name) {
  for (int i = 0; i < static_cast<int>(kCersHeader.size()); ++i) {
    if (text::ascii_lowered_equals(name, kCersHeader[i])) return i;
  }
  return -1;
}

namespace {

// How many of the CERS names appear among the cells of `line` split on `d`.
int names_when_split(std::string_view line, char d) {
  int found = 0;
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t end = line.find(d, start);
    if (end == std::string_view::npos) end = line.size();
    std::string_view cell = strip(line.substr(start, end - start));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
      cell = strip(cell.substr(1, cell.size() - 2));
    }
    if (cers_name_ignoring_case(cell) >= 0) ++found;
    start = end + 1;
  }
  return found;
}

}  // namespace

char foreign_delimiter(std::string_view header_line) {
  if (names_when_split(header_line, ',') >= 3) return 0;
  for (char d : {'\t', ';', '|'}) {
    if (header_line.find(d) != std::string_view::npos && names_when_split(header_line, d) >= 3) {
      return d;
    }
  }
  return 0;
}

std::string_view delimiter_name(char d) {
  switch (d) {
    case '\t': return "tab";
    case ';': return "semicolon (;)";
    case '|': return "vertical bar (|)";
    default: return "comma (,)";
  }
}

std::optional<HeaderNameIssue> header_name_issue(std::string_view name) {
  if (cers_name_ignoring_case(name) >= 0) {
    for (int i = 0; i < static_cast<int>(kCersHeader.size()); ++i) {
      if (name == kCersHeader[i]) return std::nullopt;
    }
    HeaderNameIssue issue;
    issue.column = cers_name_ignoring_case(name);
    issue.case_differs = true;
    return issue;
  }
  std::string_view core = name;
  bool leading = false;
  // Strip whitespace and stray BOMs (U+FEFF, EF BB BF) at the front, in any mix.
  for (;;) {
    const std::string_view s = strip(core);
    const bool stripped_front = s.data() != core.data();
    core = s;
    if (stripped_front) leading = true;
    if (core.substr(0, 3) == "\xEF\xBB\xBF") {
      core.remove_prefix(3);
      leading = true;
      continue;
    }
    break;
  }
  const int column = cers_name_ignoring_case(core);
  if (column < 0) return std::nullopt;
  HeaderNameIssue issue;
  issue.column = column;
  issue.case_differs = core != kCersHeader[column];
  issue.leading_space = leading;
  issue.trailing_space = core.data() + core.size() != name.data() + name.size();
  return issue;
}

std::string column_label(const std::array<int, 6>& columns, int field) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c] == field) return std::string(kCersHeader[c]);
  }
  return "column " + std::to_string(field + 1);
}

bool mysql_loaded_value(std::string_view value, LoadedValue& out) {
  const std::size_t first = value.find('\\');
  if (first == std::string_view::npos) return false;
  out.kind = LoadedValue::Kind::kText;
  out.shown.clear();
  out.first_escape = first + 1 < value.size() ? value[first + 1] : 0;
  if (value == "\\N") {
    out.kind = LoadedValue::Kind::kNull;
    return true;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c != '\\') {
      out.shown += c;
      continue;
    }
    if (i + 1 == value.size()) {
      out.kind = LoadedValue::Kind::kJoinsNext;
      return true;
    }
    const char e = value[++i];
    switch (e) {
      case 'n': out.shown += "[line break]"; break;
      case 't': out.shown += "[tab]"; break;
      case 'r': out.shown += "[carriage return]"; break;
      case 'b': out.shown += "[backspace]"; break;
      case '0': out.shown += "[NUL]"; break;
      case 'Z': out.shown += "[Ctrl-Z]"; break;
      default: out.shown += e; break;  // \\ -> \, \N inside a longer value -> N, \x -> x
    }
  }
  return true;
}

}  // namespace cerslint::values
