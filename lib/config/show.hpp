// `cerslint config --show`: the effective configuration as TOML, one `key = value` per line with
// `# from SOURCE` after it, then the configuration files used (as comments, so the whole output
// is still a valid cerslint.toml).
#pragma once

#include <string>

#include "config/effective.hpp"

namespace cerslint::config {

// `target` names the file or folder the settings are for.
std::string render(const Effective& effective, const std::string& target);

// A TOML basic string: quoted, with quotes, backslashes and control characters escaped.
std::string toml_quote(std::string_view text);

}  // namespace cerslint::config
