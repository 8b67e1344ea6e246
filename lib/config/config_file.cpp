// Reading cerslint.toml with toml++: the file's structure (root, settings, [[overrides]]);
// layer_keys.cpp reads each setting.
#include "config/config_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/layer_keys.hpp"
#include "config/suggest.hpp"

namespace cerslint::config {
namespace {

std::vector<std::string_view> top_level_keys() {
  std::vector<std::string_view> keys = setting_keys();
  keys.push_back("root");
  keys.push_back("overrides");
  return keys;
}

Result<std::vector<std::string>> read_globs(const FileContext& file, const toml::node& node) {
  const toml::array* array = node.as_array();
  const char* expected =
      "paths must be an array of file patterns relative to this file's folder, such as "
      "[\"archive/**\", \"*-2024.csv\"]";
  if (array == nullptr || array->empty()) {
    return error_at(
        file, node.source(),
        fmt::format("{}, not {}", expected, array == nullptr ? describe(node) : "an empty array"));
  }
  std::vector<std::string> globs;
  for (const toml::node& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr || s->get().empty()) {
      return error_at(file, item.source(),
                      fmt::format("{}; this item is {}", expected,
                                  s == nullptr ? describe(item) : "an empty string"));
    }
    globs.push_back(s->get());
  }
  return globs;
}

Result<Override> read_override(const FileContext& file, const toml::table& table) {
  Override out;
  bool have_paths = false;
  for (auto&& [key, value] : table) {
    if (key.str() == "paths") {
      auto globs = read_globs(file, value);
      if (!globs) return globs.error();
      out.paths = std::move(globs).value();
      have_paths = true;
      continue;
    }
    auto known = read_setting(file, key, value, out.settings);
    if (!known) return known.error();
    if (!known.value()) {
      std::vector<std::string_view> keys = setting_keys();
      keys.push_back("paths");
      const std::string why = key.str() == "root" || key.str() == "overrides"
                                  ? " (it belongs at the top of the file, not in [[overrides]])"
                                  : did_you_mean(key.str(), keys);
      return error_at(file, key.source(),
                      fmt::format("unknown key \"{}\" in [[overrides]]{}", key.str(), why));
    }
  }
  if (!have_paths) {
    return error_at(file, table.source(),
                    "[[overrides]] needs paths = [...]: the files it applies to");
  }
  return out;
}

Result<ConfigFile> read_document(const toml::table& doc, const FileContext& file) {
  ConfigFile out;
  out.path = file.path;
  out.dir = file.dir;
  for (auto&& [key, value] : doc) {
    if (key.str() == "root") {
      const auto* b = value.as_boolean();
      if (b == nullptr) {
        return error_at(file, value.source(), "root must be true or false, not " + describe(value));
      }
      out.root = b->get();
      continue;
    }
    if (key.str() == "overrides") {
      const toml::array* blocks = value.as_array();
      if (blocks == nullptr || !blocks->is_array_of_tables()) {
        return error_at(file, value.source(),
                        "overrides must be [[overrides]] blocks, each with paths = [...]");
      }
      for (const toml::node& block : *blocks) {
        auto o = read_override(file, *block.as_table());
        if (!o) return o.error();
        out.overrides.push_back(std::move(o).value());
      }
      continue;
    }
    auto known = read_setting(file, key, value, out.settings);
    if (!known) return known.error();
    if (!known.value()) {
      return error_at(file, key.source(),
                      fmt::format("unknown key \"{}\"{}", key.str(),
                                  did_you_mean(key.str(), top_level_keys())));
    }
  }
  return out;
}

}  // namespace

Result<ConfigFile> parse_config_text(std::string_view text, const std::string& path) {
  const FileContext file{path, std::filesystem::path(path).parent_path().string()};
  try {
    const toml::table doc = toml::parse(text, path);
    return read_document(doc, file);
  } catch (const toml::parse_error& e) {
    return error_at(file, e.source(), fmt::format("not valid TOML: {}", e.description()));
  }
}

Result<ConfigFile> load_config_file(const std::string& path) {
  const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
  std::ifstream in(absolute, std::ios::binary);
  if (!in) return Error{absolute + ": cannot read the configuration file", absolute};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{absolute + ": cannot read the configuration file", absolute};
  return parse_config_text(text.str(), absolute);
}

}  // namespace cerslint::config
