// What `check` and `fix` share: CERS's configuration (schools, years, subjects) and rule
// selection, built once from the common options.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "engine/rule.hpp"
#include "engine/rule_meta.hpp"
#include "tools/cerslint/inputs.hpp"  // expand_inputs, used by every command
#include "util/result.hpp"

namespace cerslint::cli {

struct CommonArgs {
  std::string schools_file;  // empty: the embedded CDE directory
  std::string years;         // empty: 2015 .. current school year's end year
  std::string subjects;      // empty: Math,ELA,ELPAC
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on = "error";
};

struct RunSettings {
  directory::PermittedSchools schools;
  cers::Config config;  // points at `schools`: keep RunSettings where it is
  std::optional<std::vector<const engine::RuleEntry*>> selected;
  std::int32_t current_year = 0;
  engine::Severity fail_on = engine::Severity::kError;
  RunSettings() = default;
  RunSettings(const RunSettings&) = delete;
};

// Fills `out`; an Error is a usage problem (exit code 2).
std::optional<Error> build_settings(const CommonArgs& args, RunSettings& out);

int usage_error(const std::string& message);

}  // namespace cerslint::cli
