// `--format github`: GitHub Actions workflow commands, so findings appear as annotations on the
// pull request (::error / ::warning / ::notice with file, line, column and title). GitHub shows
// at most 10 annotations of each kind per step, so the first 10 findings of each kind are
// printed one by one and the rest are folded into one annotation per (rule, file) when the
// file ends: "N more C106 findings in FILE, first at lines ...". Memory: one small counter per
// rule seen in the current file. Each file's verdict and the total follow as plain log lines.
#pragma once

#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "report/reporter.hpp"
#include "report/text_reporter.hpp"

namespace cerslint::report {

class GithubReporter final : public Reporter {
 public:
  static constexpr int kShownPerKind = 10;        // GitHub's limit per step and kind
  static constexpr std::size_t kListedLines = 5;  // lines named in a folded annotation

  explicit GithubReporter(std::FILE* out) : out_(out), verdicts_(out, {false, false}) {}
  void begin_file(const std::string& path) override;
  void on_finding(const engine::Finding& finding) override;
  void end_file(const engine::FileReport& report) override;
  void finish(const RunTotals& totals) override;

 private:
  struct Folded {
    const engine::RuleMeta* rule;
    engine::Severity severity;
    std::uint64_t count = 0;
    std::vector<std::uint64_t> lines;  // the first kListedLines distinct lines
  };
  void write();
  std::FILE* out_;
  TextReporter verdicts_;  // the text format's verdict and total lines
  std::string path_;
  std::string buf_;
  int shown_[3] = {0, 0, 0};    // by Severity, over the whole run
  std::vector<Folded> folded_;  // this file's, in order of first appearance
  std::unordered_map<const engine::RuleMeta*, std::size_t> folded_index_;
};

// Workflow-command escaping: the message (data) and property values (file=, title=).
void append_github_data(std::string_view s, std::string& out);
void append_github_property(std::string_view s, std::string& out);

}  // namespace cerslint::report
