// `--format json`: one JSON document for the whole run (schema: docs/cerslint-report.schema.json,
// described in docs/output-formats.md). Streamed: each finding is written as it arrives, one per
// line, and nothing is kept, so memory does not grow with the number of findings.
#pragma once

#include <cstdio>
#include <string>

#include "report/reporter.hpp"

namespace cerslint::report {

class JsonReporter final : public Reporter {
 public:
  JsonReporter(std::FILE* out, ToolInfo tool) : out_(out), tool_(std::move(tool)) {}
  void begin_file(const std::string& path) override;
  void on_finding(const engine::Finding& finding) override;
  void end_file(const engine::FileReport& report) override;
  void finish(const RunTotals& totals) override;

 private:
  void start();
  void write();  // writes buf_ and clears it
  std::FILE* out_;
  ToolInfo tool_;
  std::string path_;
  std::string buf_;
  bool started_ = false;
  bool first_file_ = true;
  bool first_finding_ = true;
};

// The "summary" object's fields, shared with the json-lines total line.
void append_summary_fields(const RunTotals& totals, std::string& out);

}  // namespace cerslint::report
