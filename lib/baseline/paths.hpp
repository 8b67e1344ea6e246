// Which baseline applies to a file, and how the baseline names it: by its path relative to the
// baseline's folder with '/' separators, so a baseline committed next to the files works from
// any checkout and any current directory.
#pragma once

#include <optional>
#include <string>

namespace cerslint::baseline {

// The absolute path of `path` with its folders resolved (symbolic links included) but not the
// file's own name: a link to a CSV is named where the link is.
std::string absolute_path(const std::string& path);

// `file` as the baseline at `baseline_path` names it ("sub/groups.csv"; "../x.csv" outside the
// baseline's folder).
std::string relative_name(const std::string& baseline_path, const std::string& file);

// The nearest cerslint-baseline.json in the file's folder or a folder above it.
std::optional<std::string> find_baseline_for(const std::string& file);

}  // namespace cerslint::baseline
