// `cerslint fix`: options as parsed by the CLI, and the run over the given files.
#pragma once

#include <string>
#include <vector>

#include "tools/cerslint/run_settings.hpp"

namespace cerslint::cli {

struct FixArgs {
  std::vector<std::string> files;
  CommonArgs common;
  std::string output;       // -o: one input only
  bool in_place = false;    // the default when no other output is chosen
  bool no_backup = false;
  unsigned jobs = 1;        // files fixed at once; 0: one per processor core
  bool to_stdout = false;
  bool diff = false;
  bool unsafe = false;
  bool neutralize_formulas = false;  // G007 by apostrophe (see rules/G007.../README.md)
  std::string eol;          // crlf | lf | keep; empty: as cerslint.toml says (default keep)
  bool exit_zero_on_fix = false;
  bool show_fixes = false;  // one line per repair
  std::string reference;    // OLD.csv (or a workbook) to restore destroyed ids from
  std::string sheet;        // the sheet of .xlsx inputs and references; empty: the first
};

// 0 nothing to change (or all changed with --exit-zero-on-fix), 1 a file changed or findings
// remain, 2 usage or I/O failure.
int run_fix(const FixArgs& args);

}  // namespace cerslint::cli
