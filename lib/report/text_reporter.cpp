// Text output. Lines are built in a reused buffer and written with one fwrite, so printing a
// million findings costs no allocation per finding.
#include "report/text_reporter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstring>

#include "text/java_text.hpp"

namespace cerslint::report {
namespace {

constexpr std::string_view kReset = "\033[0m";
constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kDim = "\033[2m";

std::string_view severity_color(engine::Severity s) {
  switch (s) {
    case engine::Severity::kError: return "\033[1;31m";
    case engine::Severity::kWarning: return "\033[1;33m";
    case engine::Severity::kInfo: return "\033[1;36m";
  }
  return "";
}

// Characters that look like a space or nothing at all; shown as \u{...} so a coordinator can see
// why "Math" and "Math\u{a0}" differ.
bool is_invisible(char32_t cp) {
  return cp == 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) ||
         (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x2064) || cp == 0x3000 ||
         cp == 0xFEFF || cp == 0x1680 || cp == 0x180E;
}

}  // namespace

std::string escape_for_terminal(std::string_view s) {
  std::string out;
  append_escaped(s, out);
  return out;
}

namespace {

// Every byte in 0x20..0x7E, eight at a time. Per byte b (no carry or borrow crosses bytes):
// (b | 0x80) - 0x20 loses its high bit exactly when b & 0x7F < 0x20, and (b & 0x7F) + 1 gains
// it exactly when b & 0x7F == 0x7F; b's own high bit marks non-ASCII.
bool printable_ascii(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const std::uint64_t below = ~((w | kHigh) - 0x20 * kOnes);
    const std::uint64_t del = (w & ~kHigh) + kOnes;
    if ((w | below | del) & kHigh) return false;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c >= 0x7F) return false;
  }
  return true;
}

// Builds one output line in a buffer that only grows: each piece is a bounds check and a copy.
// (Appending the dozen small pieces of a line to a std::string, a library call each, cost 3% of
// the instructions of checking a file where every row is bad.)
class LineWriter {
 public:
  explicit LineWriter(std::string& storage) : buf_(storage) {}
  [[gnu::always_inline]] void put(std::string_view s) {
    if (s.empty()) return;  // an empty view may be null, which memcpy must not get
    std::memcpy(room(s.size()), s.data(), s.size());
    used_ += s.size();
  }
  [[gnu::always_inline]] void put(char c) {
    *room(1) = c;
    ++used_;
  }
  void put_number(std::uint64_t n) {
    char* at = room(20);  // the digits of the largest uint64
    used_ = static_cast<std::size_t>(std::to_chars(at, at + 20, n).ptr - buf_.data());
  }
  // Printable ASCII (nearly every message and hint) as is, anything else through
  // append_escaped (in `scratch`).
  void put_escaped(std::string_view s, std::string& scratch) {
    if (printable_ascii(s)) return put(s);
    scratch.clear();
    append_escaped(s, scratch);
    put(scratch);
  }
  std::string_view line() const { return {buf_.data(), used_}; }

 private:
  [[gnu::always_inline]] char* room(std::size_t more) {
    if (buf_.size() < used_ + more) [[unlikely]] {
      buf_.resize(std::max(used_ + more, 2 * buf_.size() + 256));
    }
    return buf_.data() + used_;
  }
  std::string& buf_;
  std::size_t used_ = 0;
};

}  // namespace

void append_escaped(std::string_view s, std::string& out) {
  // Fast path: printable ASCII (almost every message and hint) is copied as is.
  if (printable_ascii(s)) {
    out.append(s);
    return;
  }
  const bool valid = text::is_valid_utf8(s);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (valid && c >= 0xC2 && c <= 0xEF && i + 1 < s.size()) {
      const int n = c < 0xE0 ? 2 : 3;
      if (i + n <= s.size()) {
        char32_t cp = n == 2 ? ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)
                             : ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
        if (is_invisible(cp)) {
          out += fmt::format("\\u{{{:x}}}", static_cast<std::uint32_t>(cp));
          i += n - 1;
          continue;
        }
      }
    }
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F || (!valid && c >= 0x80)) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += static_cast<char>(c);
    }
  }
}


bool TextReporter::hint_is_new(const engine::Finding& f) {
  const auto [it, inserted] = shown_hints_.try_emplace(f.rule, f.hint);
  if (inserted) return true;
  if (it->second == f.hint) return false;
  it->second.assign(f.hint);
  return true;
}

// The findings left out, this reporter's and those the engine only counted
// (CheckOptions::report_limit): a total, then one line per rule in code order.
void TextReporter::print_left_out(const engine::FileReport& r) {
  for (const auto& [rule, n] : r.unreported) shown_.add_left_out(*rule, n);
  const auto left_out = shown_.left_out();
  if (left_out.empty()) return;
  std::uint64_t total = 0;
  for (const auto& e : left_out) total += e.second;
  fmt::print(out_,
             "{}: {} more finding{} not shown (only each rule's first {} are listed; "
             "--max-per-rule 0 lists them all):\n",
             path_, total, total == 1 ? "" : "s", style_.max_per_rule);
  for (const auto& [rule, n] : left_out) {
    fmt::print(out_, "    {} {}: {} more\n", rule->code, rule->name, n);
  }
}

void TextReporter::on_finding(const engine::Finding& f) {
  if (!shown_.take(*f.rule)) return;
  LineWriter w(line_);
  const bool c = style_.color;
  if (c) w.put(kBold);
  w.put(path_);
  w.put(':');
  w.put_number(f.location.line);
  w.put(':');
  w.put_number(f.location.column);
  w.put(':');
  if (c) w.put(kReset);
  w.put(' ');
  if (c) w.put(severity_color(f.severity));
  w.put(engine::to_string(f.severity));
  if (c) w.put(kReset);
  w.put(' ');
  if (c) w.put(kBold);
  w.put(f.rule->code);
  if (c) w.put(kReset);
  w.put(" [row ");
  w.put_number(f.location.row);
  w.put("] ");
  w.put_escaped(f.message, escaped_);
  w.put('\n');
  if (style_.hints && !f.hint.empty() && hint_is_new(f)) {
    if (c) w.put(kDim);
    w.put("    hint: ");
    w.put_escaped(f.hint, escaped_);
    if (c) w.put(kReset);
    w.put('\n');
  }
  const std::string_view line = w.line();
  std::fwrite(line.data(), 1, line.size(), out_);
}

void TextReporter::end_file(const engine::FileReport& r) {
  print_left_out(r);
  std::string verdict;
  if (r.error) {
    verdict = "could not be checked: " + r.error->message;
  } else {
    switch (r.verdict.status) {
      case cers::Status::kAccepted: verdict = "CERS would accept it"; break;
      case cers::Status::kRejected: verdict = "CERS would reject it"; break;
      case cers::Status::kCrashed:
        verdict = "CERS would fail with \"Failed to upload groups to server.\"";
        break;
    }
  }
  fmt::print(out_, "{}: {} ({} rows; {} errors, {} warnings, {} info)\n", r.path, verdict,
             r.records, r.counts[2], r.counts[1], r.counts[0]);
}

void TextReporter::total(std::size_t files, std::uint64_t errors, std::uint64_t warnings,
                         std::uint64_t infos) {
  fmt::print(out_, "total: {} files; {} errors, {} warnings, {} info\n", files, errors, warnings,
             infos);
}

}  // namespace cerslint::report
