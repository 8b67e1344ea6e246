// What `check`, `fix` and `config` share: the command-line options every command takes, and the
// settings of a run for one input file: the command line over the cerslint.toml files that
// apply to it (see lib/config), turned into CERS's configuration and rule selection.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cers/validator.hpp"
#include "config/discovery.hpp"
#include "config/effective.hpp"
#include "config/layer.hpp"
#include "directory/school_directory.hpp"
#include "engine/rule.hpp"
#include "engine/rule_meta.hpp"
#include "engine/runner.hpp"
#include "tools/cerslint/inputs.hpp"  // expand_inputs, used by every command
#include "util/result.hpp"

namespace cerslint::cli {

// Empty / unset values leave the setting to the configuration files (then the default).
struct CommonArgs {
  std::string schools_file;  // default: the embedded CDE directory
  std::string years;         // default: 2015 .. current school year's end year
  std::string subjects;      // default: Math,ELA,ELPAC
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> extend_select;
  std::vector<std::string> extend_ignore;
  std::string fail_on;      // default: error
  std::string config_file;  // --config: only this file
  bool isolated = false;    // --isolated: no configuration files
};

struct RunSettings {
  std::shared_ptr<const directory::PermittedSchools> schools;
  cers::Config config;  // points at *schools
  std::optional<std::vector<const engine::RuleEntry*>> selected;
  std::vector<std::pair<const engine::RuleMeta*, engine::Severity>> severity_overrides;
  std::int32_t current_year = 0;
  engine::Severity fail_on = engine::Severity::kError;
  // `fix` only.
  config::Eol eol = config::Eol::kKeep;
  bool backup = true;
  bool unsafe_fixes = false;
  bool neutralize_formulas = false;

  engine::CheckOptions check_options(bool collect_findings = true) const;
  RunSettings() = default;
  RunSettings(const RunSettings&) = delete;
};

// The command line as the last (winning) configuration layer. An Error is a usage problem.
Result<config::Layer> command_line_layer(const CommonArgs& args);

// Finds configuration files as --config / --isolated say.
config::ConfigFinder make_finder(const CommonArgs& args);

// Settings per input, loaded once per folder (and per set of matching [[overrides]]); school
// lists are loaded once per file name.
class SettingsCache {
 public:
  // `command_line`: command_line_layer(args) plus the command's own options (fix's --eol...).
  SettingsCache(const CommonArgs& args, config::Layer command_line);
  // Loads the settings of every input first, so a bad configuration file stops the run before
  // any output (a usage Error, exit code 2).
  std::optional<Error> prepare(const std::vector<std::string>& inputs);
  // The settings of an input given to prepare(). Only reads: safe from several threads once
  // prepare() has returned.
  const RunSettings& prepared(const std::string& input) const;
  // Whether some prepared input's settings report the rule.
  bool may_report(const engine::RuleEntry& rule) const;

 private:
  Result<std::shared_ptr<const directory::PermittedSchools>> schools(
      const config::Sourced<std::string>& file);
  std::optional<Error> build(const config::Effective& effective, RunSettings& out);
  Result<const RunSettings*> settings_for(const std::string& input);

  config::ConfigFinder finder_;
  config::Layer command_line_;
  std::int32_t today_year_ = 0;
  std::int32_t today_month_ = 0;
  std::map<std::string, std::unique_ptr<RunSettings>> by_key_;
  std::map<std::string, std::shared_ptr<const directory::PermittedSchools>> schools_;
  std::map<std::string, const RunSettings*> by_input_;  // filled by prepare()
};

int usage_error(const std::string& message);

}  // namespace cerslint::cli
