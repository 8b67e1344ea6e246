// The default human-readable output: one line per finding (file:line:column, severity, code,
// CERS row, message) with the coordinator's hint under it, then a one-line verdict per file.
#pragma once

#include <cstdio>
#include <string>
#include <unordered_map>

#include "engine/finding.hpp"
#include "engine/per_rule_limit.hpp"
#include "engine/runner.hpp"

namespace cerslint::report {

struct TextStyle {
  bool color = false;
  bool hints = true;
  // Each rule's first this many findings of a file are printed, the rest counted in one line at
  // the end of the file (0: print every finding). A coordinator reads the first few copies of a
  // mistake; 400,000 more lines of it hide the other rules' findings.
  std::uint64_t max_per_rule = 0;
};

class TextReporter final : public engine::FindingSink {
 public:
  TextReporter(std::FILE* out, TextStyle style) : out_(out), style_(style) {}
  void begin_file(const std::string& path) {
    path_ = path;
    shown_hints_.clear();
    shown_.reset(style_.max_per_rule);
  }
  void on_finding(const engine::Finding& finding) override;
  void end_file(const engine::FileReport& report);
  void total(std::size_t files, std::uint64_t errors, std::uint64_t warnings, std::uint64_t infos);

 private:
  std::FILE* out_;
  TextStyle style_;
  std::string path_;
  std::string line_;     // the line being built (LineWriter): only grows
  std::string escaped_;  // a message or hint with characters made visible
  // A rule's hint is printed with its first finding in a file, then again only when it says
  // something else (CERS hints name the school, say). A file with 100,000 copies of one mistake
  // gets the explanation once instead of making it most of the output. Rule -> the hint printed
  // last (compared with memcmp: cheaper than hashing it): memory is one hint per rule.
  bool hint_is_new(const engine::Finding& f);
  std::unordered_map<const engine::RuleMeta*, std::string> shown_hints_;
  engine::PerRuleLimit shown_;  // TextStyle::max_per_rule in this file
  void print_left_out(const engine::FileReport& report);
};

// Control characters and invalid bytes made visible (\n, \t, \x00), so one finding is one line.
std::string escape_for_terminal(std::string_view s);
void append_escaped(std::string_view s, std::string& out);  // the same, appended to `out`

}  // namespace cerslint::report
