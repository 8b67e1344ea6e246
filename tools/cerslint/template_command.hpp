// `cerslint template`: an empty CERS group file to start from. With --xlsx, an Excel workbook
// whose columns are formatted as Text, so typing or pasting ids into it cannot turn them into
// numbers (01611760130062 -> 1611760130062 -> 1.61176E+12) or group names into dates.
#pragma once

#include <string>

namespace cerslint::cli {

struct TemplateArgs {
  std::string xlsx;   // write a workbook here; empty: print the CSV header line
  bool force = false;  // replace an existing file
};

int run_template(const TemplateArgs& args);

}  // namespace cerslint::cli
