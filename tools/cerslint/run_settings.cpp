// Configuration shared by the commands: what CERS's database would hold (spec §4).
#include "tools/cerslint/run_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
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

std::optional<Error> build_settings(const CommonArgs& args, RunSettings& out) {
  if (args.fail_on == "error") {
    out.fail_on = engine::Severity::kError;
  } else if (args.fail_on == "warning") {
    out.fail_on = engine::Severity::kWarning;
  } else if (args.fail_on == "info") {
    out.fail_on = engine::Severity::kInfo;
  } else {
    return Error{"--fail-on must be error, warning or info, not \"" + args.fail_on + "\"", {}};
  }
  auto selected = engine::resolve_selection(args.select, args.ignore);
  if (!selected) return selected.error();
  out.selected = std::move(selected).value();
  out.schools = directory::PermittedSchools::from_embedded_directory();
  if (!args.schools_file.empty()) {
    auto loaded = directory::PermittedSchools::from_file(args.schools_file);
    if (!loaded) return Error{loaded.error().path + ": " + loaded.error().message, {}};
    out.schools = std::move(loaded).value();
  }
  out.config.schools = &out.schools;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  if (args.years.empty()) {
    out.config.years = cers::default_years(local.tm_year + 1900, local.tm_mon + 1);
  } else {
    auto years = cers::parse_years(args.years);
    if (!years) return years.error();
    out.config.years = std::move(years).value();
  }
  out.config.subjects =
      args.subjects.empty() ? cers::default_subjects() : cers::parse_subjects(args.subjects);
  out.current_year = cers::current_school_end_year(local.tm_year + 1900, local.tm_mon + 1);
  return std::nullopt;
}

}  // namespace cerslint::cli
