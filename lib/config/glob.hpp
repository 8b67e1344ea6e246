// File patterns of [[overrides]] paths, matched against a path relative to the config file's
// folder ('/' separators). `*`, `?` and `[a-z]` / `[!a-z]` stay within one folder name, `**` as
// a whole path segment crosses folders (zero or more). A pattern without '/' matches the file name
// at any depth, as in .gitignore; a pattern with '/' is anchored at the config file's folder.
#pragma once

#include <string_view>

namespace cerslint::config {

bool glob_match(std::string_view pattern, std::string_view relative_path);

}  // namespace cerslint::config
