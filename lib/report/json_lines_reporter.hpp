// `--format json-lines`: one JSON object per line, for tools that read a stream (jq, log
// shippers): {"type":"finding",...} per finding, {"type":"file",...} when a file ends and
// {"type":"summary",...} last. Each line is complete on its own; nothing is kept.
#pragma once

#include <cstdio>
#include <string>

#include "report/reporter.hpp"

namespace cerslint::report {

class JsonLinesReporter final : public Reporter {
 public:
  JsonLinesReporter(std::FILE* out, ToolInfo tool) : out_(out), tool_(std::move(tool)) {}
  void begin_file(const std::string& path) override { path_ = path; }
  void on_finding(const engine::Finding& finding) override;
  void end_file(const engine::FileReport& report) override;
  void finish(const RunTotals& totals) override;

 private:
  void write_line();  // writes buf_ plus '\n' and clears it
  std::FILE* out_;
  ToolInfo tool_;
  std::string path_;
  std::string buf_;
};

}  // namespace cerslint::report
