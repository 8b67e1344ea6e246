// Path arithmetic for baselines (std::filesystem; nothing here reads a file's content).
#include "baseline/paths.hpp"

#include <filesystem>
#include <system_error>

#include "baseline/baseline_file.hpp"

namespace cerslint::baseline {
namespace fs = std::filesystem;

std::string absolute_path(const std::string& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec).lexically_normal();
  if (ec) return path;
  const fs::path folder = fs::weakly_canonical(abs.parent_path(), ec);
  if (ec) return abs.generic_string();
  return (folder / abs.filename()).generic_string();
}

std::string relative_name(const std::string& baseline_path, const std::string& file) {
  const fs::path base = fs::path(absolute_path(baseline_path)).parent_path();
  const fs::path rel = fs::path(absolute_path(file)).lexically_relative(base);
  return rel.empty() ? absolute_path(file) : rel.generic_string();
}

std::optional<std::string> find_baseline_for(const std::string& file) {
  std::error_code ec;
  fs::path folder = fs::path(absolute_path(file)).parent_path();
  while (true) {
    const fs::path candidate = folder / kFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.generic_string();
    if (!folder.has_relative_path()) return std::nullopt;  // the root: nothing above
    folder = folder.parent_path();
  }
}

}  // namespace cerslint::baseline
