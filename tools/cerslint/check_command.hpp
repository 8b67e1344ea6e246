// `cerslint check`: options as parsed by the CLI, and the run over the given files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tools/cerslint/baseline_options.hpp"
#include "tools/cerslint/run_settings.hpp"

namespace cerslint::cli {

struct CheckArgs {
  std::vector<std::string> files;
  std::string format = "text";  // cers | text | json | json-lines | sarif | github
  std::string output_file;      // also write a report here (atomically); empty: none
  std::string output_format;    // its format; empty: from the file name's extension
  unsigned jobs = 1;            // files checked at once; 0: one per processor core
  CommonArgs common;
  std::string color = "auto";  // auto | always | never
  bool no_hints = false;
  std::uint64_t max_per_rule = 100;  // text format: findings listed per rule and file; 0: all
  bool redact = false;          // mask SSIDs and e-mail local parts in every output
  BaselineArgs baseline;
  bool no_progress = false;     // no progress display for big files on a terminal
  std::string sheet;            // the sheet of .xlsx inputs; empty: the first
};

// Returns the process exit code: 0 clean, 1 findings / CERS would reject, 2 usage or I/O.
int run_check(const CheckArgs& args);

}  // namespace cerslint::cli
