// The output formats of `cerslint check` by name, and the reporter for each.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rule_meta.hpp"
#include "report/reporter.hpp"
#include "report/text_reporter.hpp"

namespace cerslint::report {

// "cers|text|json|json-lines|sarif|github", for help and error messages.
std::string_view format_names();
bool is_format(std::string_view name);

// The format a report file's name implies: .sarif -> sarif, .json -> json, .jsonl / .ndjson ->
// json-lines (any letter case); nullopt for anything else.
std::optional<std::string> format_for_file_name(std::string_view path);

struct ReporterSetup {
  ToolInfo tool;
  TextStyle text;                              // text format only
  bool several_files = false;                  // cers format: print "==> FILE <==" headers
  std::vector<const engine::RuleMeta*> rules;  // sarif: the rules this run reports
};

// `name` must be a format (is_format).
std::unique_ptr<Reporter> make_reporter(std::string_view name, std::FILE* out,
                                        const ReporterSetup& setup);

}  // namespace cerslint::report
