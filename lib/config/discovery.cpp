// Upward search, editorconfig-style: a folder's chain is its own file (if any) followed by its
// parent's chain, unless its own file is a root. Chains are memoized per folder.
#include "config/discovery.hpp"

#include <filesystem>
#include <system_error>

namespace cerslint::config {

namespace fs = std::filesystem;

std::string folder_of_input(const std::string& input) {
  if (input == "-") return fs::current_path().string();
  return fs::absolute(input).lexically_normal().parent_path().string();
}

ConfigFinder::ConfigFinder(Mode mode, std::string explicit_file)
    : mode_(mode), explicit_file_(std::move(explicit_file)) {}

Result<const Chain*> ConfigFinder::chain_for_input(const std::string& input) {
  return chain_for_dir(folder_of_input(input));
}

Result<const Chain*> ConfigFinder::chain_for_dir(const std::string& dir) {
  if (mode_ == Mode::kIsolated) return &empty_;
  if (mode_ == Mode::kExplicit) {
    if (!explicit_chain_) {
      std::error_code ec;
      if (fs::is_directory(explicit_file_, ec)) {
        return Error{explicit_file_ + ": is a folder; --config takes a cerslint.toml file",
                     explicit_file_};
      }
      auto file = load_config_file(explicit_file_);
      if (!file) return file.error();
      explicit_chain_ = std::make_unique<Chain>();
      explicit_chain_->push_back(std::make_shared<const ConfigFile>(std::move(file).value()));
    }
    return explicit_chain_.get();
  }
  return discover(fs::absolute(dir).lexically_normal().string());
}

Result<const Chain*> ConfigFinder::discover(const std::string& absolute_dir) {
  std::string dir = absolute_dir;
  // "/a/b/" and "/a/b" are one folder.
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  if (auto it = by_dir_.find(dir); it != by_dir_.end()) return it->second.get();

  auto chain = std::make_unique<Chain>();
  const fs::path candidate = fs::path(dir) / kConfigFileName;
  std::error_code ec;
  bool root = false;
  if (fs::is_regular_file(candidate, ec)) {
    auto file = load_config_file(candidate.string());
    if (!file) return file.error();
    root = file->root;
    chain->push_back(std::make_shared<const ConfigFile>(std::move(file).value()));
  }
  const fs::path parent = fs::path(dir).parent_path();
  if (!root && !parent.empty() && parent.string() != dir) {
    auto above = discover(parent.string());
    if (!above) return above.error();
    chain->insert(chain->end(), above.value()->begin(), above.value()->end());
  }
  const Chain* result = chain.get();
  by_dir_.emplace(dir, std::move(chain));
  return result;
}

}  // namespace cerslint::config
