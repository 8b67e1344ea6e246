// One source of settings: a cerslint.toml file, one of its [[overrides]] blocks, or the command
// line. Every value is optional (absent: the layer says nothing about it) and remembers where it
// was written, so `cerslint config --show` can say which file and line a setting comes from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/rule_meta.hpp"

namespace cerslint::config {

// A value with its provenance: "/abs/path/cerslint.toml:LINE", "command line (--ignore)" or
// "default".
template <typename T>
struct Sourced {
  T value{};
  std::string source;
};

enum class Eol { kKeep, kCrlf, kLf };

// `[severity]` entry: a rule code, name or prefix and the severity its findings get.
struct SeveritySetting {
  std::string token;
  engine::Severity severity = engine::Severity::kError;
  std::string source;
};

struct Layer {
  std::optional<Sourced<std::vector<std::string>>> select;
  std::optional<Sourced<std::vector<std::string>>> ignore;
  std::optional<Sourced<std::vector<std::string>>> extend_select;
  std::optional<Sourced<std::vector<std::string>>> extend_ignore;
  std::vector<SeveritySetting> severity;
  std::optional<Sourced<std::string>> schools;  // absolute path; "" = the embedded directory
  std::optional<Sourced<std::string>> years;    // a valid --years spec; "" = the default years
  std::optional<Sourced<std::vector<std::string>>> subjects;
  std::optional<Sourced<engine::Severity>> fail_on;
  std::optional<Sourced<Eol>> eol;
  std::optional<Sourced<bool>> backup;
  std::optional<Sourced<bool>> unsafe_fixes;
  std::optional<Sourced<bool>> neutralize_formulas;
};

std::string_view to_string(Eol eol);

}  // namespace cerslint::config
