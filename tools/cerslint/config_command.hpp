// `cerslint config --show [PATH]`: the settings that apply to a file or folder, each with where
// it comes from (a cerslint.toml line, the command line, or the default).
#pragma once

#include <string>

#include "tools/cerslint/run_settings.hpp"

namespace cerslint::cli {

struct ConfigArgs {
  bool show = false;
  std::string path = ".";  // a file or a folder
  CommonArgs common;
};

// 0 printed, 2 usage problem (a bad configuration file or option).
int run_config(const ConfigArgs& args);

}  // namespace cerslint::cli
