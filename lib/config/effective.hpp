// The settings that apply to one input file: defaults, then each cerslint.toml from the farthest
// to the nearest (each file's own settings, then its [[overrides]] that match the input, in file
// order), then the command line. A later layer replaces a value; extend-select/extend-ignore add
// to the list so far. Every value keeps its source.
#pragma once

#include <string>
#include <vector>

#include "config/discovery.hpp"
#include "config/layer.hpp"
#include "engine/rule.hpp"

namespace cerslint::config {

// A rule list that may gather tokens from several layers (through extend-*).
struct SourcedTokens {
  std::vector<std::string> tokens;
  std::vector<std::string> sources;  // distinct, in the order they were applied
  std::string source() const;        // "A:3, B:7", or "default"
};

struct RuleSeverity {
  const engine::RuleEntry* rule = nullptr;
  Sourced<engine::Severity> severity;
};

struct Effective {
  SourcedTokens select;  // no tokens: every rule
  SourcedTokens ignore;
  std::vector<RuleSeverity> severity;           // rules some layer gave a severity, registry order
  Sourced<std::string> schools{"", "default"};  // "": the embedded CDE directory
  Sourced<std::string> years{"", "default"};    // "": 2015 through the current school year
  Sourced<std::vector<std::string>> subjects;   // Math, ELA, ELPAC by default
  Sourced<engine::Severity> fail_on{engine::Severity::kError, "default"};
  Sourced<Eol> eol{Eol::kKeep, "default"};
  Sourced<bool> backup{true, "default"};
  Sourced<bool> unsafe_fixes{false, "default"};
  Sourced<bool> neutralize_formulas{false, "default"};
  std::vector<std::string> files;  // the configuration files used, nearest first
};

// Settings for `input` (a file path, or "-"), whose folder's files are `chain`. With
// `for_folder`, `input` is a folder and no [[overrides]] apply (they select files).
Effective resolve(const Chain& chain, const std::string& input, const Layer& command_line,
                  bool for_folder = false);

// Which [[overrides]] of `chain` match `input`: inputs with equal keys (and folders) get equal
// settings, so callers can cache per key.
std::string override_key(const Chain& chain, const std::string& input);

}  // namespace cerslint::config
