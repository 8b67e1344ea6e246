// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning and other code-review tools
// import. One run per invocation: tool.driver with every reported rule (id = code, with its
// summary, page and fix safety), one result per finding, one artifact per file, and an
// invocation whose notifications name the files that could not be read. Results are streamed;
// only per-file facts (artifact URI and size, read errors) are kept until the end.
#pragma once

#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/rule_meta.hpp"
#include "report/reporter.hpp"

namespace cerslint::report {

class SarifReporter final : public Reporter {
 public:
  // `rules`: the rules this run reports, in registry order (all of them, or the --select'ed).
  SarifReporter(std::FILE* out, ToolInfo tool, std::vector<const engine::RuleMeta*> rules);
  void begin_file(const std::string& path) override;
  void on_finding(const engine::Finding& finding) override;
  void end_file(const engine::FileReport& report) override;
  void finish(const RunTotals& totals) override;

 private:
  struct Artifact {
    std::string uri;
    bool relative = false;
    std::uint64_t bytes = 0;
    std::string error;  // empty: read to the end
  };
  void start();
  void write();
  void append_artifact_location(std::size_t index, std::string& out) const;
  std::FILE* out_;
  ToolInfo tool_;
  std::vector<const engine::RuleMeta*> rules_;
  std::unordered_map<const engine::RuleMeta*, std::size_t> rule_index_;
  std::vector<Artifact> artifacts_;
  std::string buf_;
  bool started_ = false;
  bool first_result_ = true;
};

// A file path as a URI reference: relative paths stay relative (percent-encoded), absolute ones
// become file:// URIs. Sets `relative`.
std::string path_to_uri(std::string_view path, bool& relative);

// The file name of a rule's page in docs/rules/: CODE_snake_name.md.
std::string rule_page_name(const engine::RuleMeta& rule);

}  // namespace cerslint::report
