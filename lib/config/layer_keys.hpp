// The settings keys a cerslint.toml table may hold (its top level and each [[overrides]] block),
// each read into a Layer with type and value checks. Internal to lib/config.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <vector>

#include "config/layer.hpp"
#include "util/result.hpp"

namespace cerslint::config {

// Which file is being read: messages name it, relative paths start at `dir`.
struct FileContext {
  std::string path;
  std::string dir;
};

// "FILE:LINE:COLUMN: message" as a usage Error.
Error error_at(const FileContext& file, const toml::source_region& where,
               const std::string& message);
// "FILE:LINE", the provenance of a value.
std::string source_of(const FileContext& file, const toml::source_region& where);
// "a string", "an array", ...: what the file holds where something else was expected.
std::string describe(const toml::node& node);

// Reads `key = node` into `layer` when `key` is a settings key (true); false when it is not
// (the caller reports it or knows it, e.g. `root`).
Result<bool> read_setting(const FileContext& file, const toml::key& key, const toml::node& node,
                          Layer& layer);

// The keys read_setting knows, for "did you mean" hints.
std::vector<std::string_view> setting_keys();

}  // namespace cerslint::config
