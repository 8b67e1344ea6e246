// The files a command works on, from its arguments: directories and glob patterns expanded.
#pragma once

#include <string>
#include <vector>

namespace cerslint::cli {

// Inputs as given, with each directory replaced by the *.csv files below it (any letter case,
// recursively, sorted; hidden folders such as .git skipped). "-" and missing paths pass through
// unchanged, so opening them reports the problem.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

}  // namespace cerslint::cli
