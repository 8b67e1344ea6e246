// Settings shared by the commands: what CERS's database would hold (spec §4), from the command
// line over the configuration files.
#include "tools/cerslint/run_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "cers/defaults.hpp"
#include "engine/selection.hpp"

namespace cerslint::cli {

int usage_error(const std::string& message) {
  fmt::print(stderr, "cerslint: {}\n", message);
  return 2;
}

namespace {

using StringList = config::Sourced<std::vector<std::string>>;

std::optional<StringList> cli_list(const std::vector<std::string>& tokens, const char* option) {
  if (tokens.empty()) return std::nullopt;
  return StringList{tokens, std::string("command line (") + option + ")"};
}

}  // namespace

engine::CheckOptions RunSettings::check_options(bool collect_findings) const {
  engine::CheckOptions options;
  options.cers = &config;
  options.selected = selected;
  options.current_year = current_year;
  options.severity_overrides = severity_overrides;
  options.collect_findings = collect_findings;
  return options;
}

Result<config::Layer> command_line_layer(const CommonArgs& args) {
  config::Layer cli;
  cli.select = cli_list(args.select, "--select");
  cli.ignore = cli_list(args.ignore, "--ignore");
  cli.extend_select = cli_list(args.extend_select, "--extend-select");
  cli.extend_ignore = cli_list(args.extend_ignore, "--extend-ignore");
  std::vector<std::string> all_select = args.select, all_ignore = args.ignore;
  all_select.insert(all_select.end(), args.extend_select.begin(), args.extend_select.end());
  all_ignore.insert(all_ignore.end(), args.extend_ignore.begin(), args.extend_ignore.end());
  if (auto checked = engine::resolve_selection(all_select, all_ignore); !checked) {
    return checked.error();
  }
  if (!args.fail_on.empty()) {
    const std::string& f = args.fail_on;
    if (f != "error" && f != "warning" && f != "info") {
      return Error{"--fail-on must be error, warning or info, not \"" + f + "\"", {}};
    }
    const engine::Severity s = f == "error"     ? engine::Severity::kError
                               : f == "warning" ? engine::Severity::kWarning
                                                : engine::Severity::kInfo;
    cli.fail_on = config::Sourced<engine::Severity>{s, "command line (--fail-on)"};
  }
  if (!args.schools_file.empty()) {
    // Absolute, so a list named on the command line and in a file is loaded once.
    cli.schools = config::Sourced<std::string>{
        std::filesystem::absolute(args.schools_file).lexically_normal().string(),
        "command line (--schools)"};
  }
  if (!args.years.empty()) {
    auto years = cers::parse_years(args.years);
    if (!years) return years.error();
    cli.years = config::Sourced<std::string>{args.years, "command line (--years)"};
  }
  if (!args.subjects.empty()) {
    cli.subjects = StringList{cers::parse_subjects(args.subjects), "command line (--subjects)"};
  }
  return cli;
}

config::ConfigFinder make_finder(const CommonArgs& args) {
  using Mode = config::ConfigFinder::Mode;
  if (args.isolated) return config::ConfigFinder(Mode::kIsolated, "");
  if (!args.config_file.empty()) return config::ConfigFinder(Mode::kExplicit, args.config_file);
  return config::ConfigFinder::discovering();
}

SettingsCache::SettingsCache(const CommonArgs& args, config::Layer command_line)
    : finder_(make_finder(args)), command_line_(std::move(command_line)) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  today_year_ = local.tm_year + 1900;
  today_month_ = local.tm_mon + 1;
}

std::optional<Error> SettingsCache::prepare(const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    auto s = settings_for(input);
    if (!s) return s.error();
    by_input_[input] = s.value();
  }
  return std::nullopt;
}

const RunSettings& SettingsCache::prepared(const std::string& input) const {
  const auto it = by_input_.find(input);
  assert(it != by_input_.end() && "prepare() was not given this input");
  return *it->second;
}

bool SettingsCache::may_report(const engine::RuleEntry& rule) const {
  for (const auto& [key, settings] : by_key_) {
    if (!settings->selected) return true;
    for (const engine::RuleEntry* e : *settings->selected) {
      if (e == &rule) return true;
    }
  }
  return false;
}

Result<const RunSettings*> SettingsCache::settings_for(const std::string& input) {
  auto chain = finder_.chain_for_input(input);
  if (!chain) return chain.error();
  // Inputs of one folder matching the same [[overrides]] share their settings.
  const std::string key = config::folder_of_input(input) + '\n' +
                          (input == "-" ? "-" : config::override_key(**chain, input));
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second.get();
  auto settings = std::make_unique<RunSettings>();
  if (auto err = build(config::resolve(**chain, input, command_line_), *settings)) return *err;
  const RunSettings* result = settings.get();
  by_key_.emplace(key, std::move(settings));
  return result;
}

Result<std::shared_ptr<const directory::PermittedSchools>> SettingsCache::schools(
    const config::Sourced<std::string>& file) {
  if (auto it = schools_.find(file.value); it != schools_.end()) return it->second;
  auto list = std::make_shared<directory::PermittedSchools>();
  if (file.value.empty()) {
    *list = directory::PermittedSchools::from_embedded_directory();
  } else {
    auto loaded = directory::PermittedSchools::from_file(file.value);
    if (!loaded) {
      const bool from_option = file.source.rfind("command line", 0) == 0;
      return Error{loaded.error().path + ": " + loaded.error().message +
                       (from_option ? std::string() : " (schools, set at " + file.source + ")"),
                   {}};
    }
    *list = std::move(loaded).value();
  }
  schools_.emplace(file.value, list);
  return std::shared_ptr<const directory::PermittedSchools>(std::move(list));
}

std::optional<Error> SettingsCache::build(const config::Effective& e, RunSettings& out) {
  out.fail_on = e.fail_on.value;
  auto selected = engine::resolve_selection(e.select.tokens, e.ignore.tokens);
  if (!selected) return selected.error();
  out.selected = std::move(selected).value();
  for (const config::RuleSeverity& r : e.severity) {
    out.severity_overrides.emplace_back(r.rule->meta, r.severity.value);
  }
  auto list = schools(e.schools);
  if (!list) return list.error();
  out.schools = std::move(list).value();
  out.config.schools = out.schools.get();
  if (e.years.value.empty()) {
    out.config.years = cers::default_years(today_year_, today_month_);
  } else {
    auto years = cers::parse_years(e.years.value);
    if (!years) return Error{years.error().message + " (years, set at " + e.years.source + ")", {}};
    out.config.years = std::move(years).value();
  }
  out.config.subjects = e.subjects.value;
  out.current_year = cers::current_school_end_year(today_year_, today_month_);
  out.eol = e.eol.value;
  out.backup = e.backup.value;
  out.unsafe_fixes = e.unsafe_fixes.value;
  out.neutralize_formulas = e.neutralize_formulas.value;
  return std::nullopt;
}

}  // namespace cerslint::cli
