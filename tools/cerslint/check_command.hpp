// `cerslint check`: options as parsed by the CLI, and the run over the given files.
#pragma once

#include <string>
#include <vector>

namespace cerslint::cli {

struct CheckArgs {
  std::vector<std::string> files;
  std::string format = "text";  // cers | text
  std::string schools_file;     // empty: the embedded CDE directory
  std::string years;            // empty: 2015 .. current school year's end year
  std::string subjects;         // empty: Math,ELA,ELPAC
  std::string color = "auto";   // auto | always | never
  bool no_hints = false;
  std::vector<std::string> select;  // rule codes, names or prefixes; empty: all
  std::vector<std::string> ignore;
  std::string fail_on = "error";    // lowest severity that makes the exit code 1
};

// Returns the process exit code: 0 clean, 1 findings / CERS would reject, 2 usage or I/O.
int run_check(const CheckArgs& args);

}  // namespace cerslint::cli
