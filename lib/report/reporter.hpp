// What every output format of `cerslint check` implements: findings streamed per file between
// begin_file and end_file, then one finish() for the whole run. Reporters write as they go and
// keep at most per-rule or per-file state, never the findings themselves.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "engine/finding.hpp"
#include "engine/runner.hpp"

namespace cerslint::report {

// Writes a reporter's pending text to `out` and empties the buffer (the streaming reporters
// build each finding in one reused buffer).
inline void write_out(std::string& buf, std::FILE* out) {
  std::fwrite(buf.data(), 1, buf.size(), out);
  buf.clear();
}

// Totals over every file of one run, as the check loop counts them.
struct RunTotals {
  std::uint64_t files = 0;              // every input, read or not
  std::uint64_t counts[3] = {0, 0, 0};  // findings by Severity
  std::uint64_t files_with_findings = 0;
  std::uint64_t files_rejected = 0;  // CERS would reject the file or fail on it
  std::uint64_t files_failed = 0;    // could not be read
  int exit_code = 0;
  void add(const engine::FileReport& report);
};

// Fixed facts about the producing tool, passed in so tests can pin them (golden files must not
// change with every version bump).
struct ToolInfo {
  std::string version;        // semantic version, e.g. 0.1.0
  std::string rule_docs_uri;  // base URI of the rule pages, ending in '/' (CODE_name.md follows)
};

class Reporter : public engine::FindingSink {
 public:
  // `path` as given on the command line ("-" for standard input).
  virtual void begin_file(const std::string& path) = 0;
  // After the file's last finding. report.error is set when the file could not be read.
  virtual void end_file(const engine::FileReport& report) = 0;
  // After the last file.
  virtual void finish(const RunTotals& totals) = 0;
};

std::string_view status_name(const engine::FileReport& report);  // accepted | rejected | crashed

}  // namespace cerslint::report
