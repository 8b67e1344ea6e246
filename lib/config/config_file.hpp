// A parsed cerslint.toml: its own settings, its [[overrides]] blocks and whether it is a root
// (the upward search stops there). Loading checks every key, type and value; an Error message
// starts with "FILE:LINE:COLUMN: " so a typo is easy to find.
#pragma once

#include <string>
#include <vector>

#include "config/layer.hpp"
#include "util/result.hpp"

namespace cerslint::config {

inline constexpr const char* kConfigFileName = "cerslint.toml";

// `[[overrides]]`: settings for the files that match one of `paths`.
struct Override {
  std::vector<std::string> paths;  // globs relative to the config file's folder
  Layer settings;
};

struct ConfigFile {
  std::string path;  // absolute
  std::string dir;   // its folder: relative paths and globs start here
  bool root = false;
  Layer settings;
  std::vector<Override> overrides;  // in file order
};

// Reads and checks the file at `path` (made absolute).
Result<ConfigFile> load_config_file(const std::string& path);
// The same from text already in memory (tests); `path` names it in messages and sources.
Result<ConfigFile> parse_config_text(std::string_view text, const std::string& path);

}  // namespace cerslint::config
