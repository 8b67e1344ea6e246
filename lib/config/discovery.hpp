// Which cerslint.toml files apply in a folder: the folder's own and each parent's, nearest
// first, up to the first one that says `root = true` (or the file system's root). Or exactly
// one file (--config), or none (--isolated). Files and chains are cached, so the files of one
// folder, and folders below a common parent, read each configuration file once.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config_file.hpp"
#include "util/result.hpp"

namespace cerslint::config {

using Chain = std::vector<std::shared_ptr<const ConfigFile>>;  // nearest first

class ConfigFinder {
 public:
  enum class Mode { kDiscover, kExplicit, kIsolated };
  // `explicit_file` is used when mode is kExplicit.
  ConfigFinder(Mode mode, std::string explicit_file);
  static ConfigFinder discovering() { return ConfigFinder(Mode::kDiscover, ""); }

  // The files that apply to files in `dir` (made absolute). The reference stays valid as long
  // as the finder.
  Result<const Chain*> chain_for_dir(const std::string& dir);
  // The same for one input: its folder's chain; "-" (standard input) uses the current
  // directory's.
  Result<const Chain*> chain_for_input(const std::string& input);

 private:
  Result<const Chain*> discover(const std::string& absolute_dir);

  Mode mode_;
  std::string explicit_file_;
  std::unique_ptr<Chain> explicit_chain_;
  Chain empty_;
  std::map<std::string, std::unique_ptr<Chain>> by_dir_;
};

// The folder whose configuration applies to `input`, absolute ("-": the current directory).
std::string folder_of_input(const std::string& input);

}  // namespace cerslint::config
