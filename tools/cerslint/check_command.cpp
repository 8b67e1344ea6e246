// Runs the check pipeline over each file and prints with the chosen reporter.
#include "tools/cerslint/check_command.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <optional>

#include "cers/defaults.hpp"
#include "directory/school_directory.hpp"
#include "engine/runner.hpp"
#include "engine/selection.hpp"
#include "output/progress.hpp"
#include "reader/csv_reader.hpp"
#include "report/ordered_sink.hpp"
#include "report/text_reporter.hpp"

namespace cerslint::cli {
namespace {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

}  // namespace

int run_check(const CheckArgs& args) {
  if (args.format != "cers" && args.format != "text") {
    return usage_error("--format must be cers or text, not \"" + args.format + "\"");
  }
  auto command_line = command_line_layer(args.common);
  if (!command_line) return usage_error(command_line.error().message);
  SettingsCache settings_cache(args.common, std::move(command_line).value());

  report::TextReporter text(stdout, {use_color(args.color), !args.no_hints});
  int exit_code = 0;
  std::uint64_t totals[3] = {0, 0, 0};
  const std::vector<std::string> files = expand_inputs(args.files);
  if (files.empty()) return usage_error("no CSV files found in the given folders");
  if (auto err = settings_cache.prepare(files)) return usage_error(err->message);
  for (const std::string& path : files) {
    // Each file's own settings: the cerslint.toml files above it and the command line.
    const RunSettings& settings = *settings_cache.settings_for(path).value();
    const engine::Severity fail_on = settings.fail_on;
    engine::CheckOptions options = settings.check_options(args.format != "cers");
    auto input = reader::Input::open(path);
    if (!input) {
      fmt::print(stderr, "cerslint: {}: {}\n", path, input.error().message);
      exit_code = 2;
      continue;
    }
    reader::CsvReader csv(std::move(input).value());
    text.begin_file(path);
    report::OrderedSink ordered(text);
    output::FileProgress progress(path, args.no_progress);  // big files on a terminal only
    options.progress = progress.observer();
    engine::FileReport report = engine::check(csv, options, ordered);
    progress.finish();
    ordered.flush();
    if (report.error) {
      fmt::print(stderr, "cerslint: {}: {}\n", path, report.error->message);
      exit_code = 2;
      continue;
    }
    if (args.format == "cers") {
      if (files.size() > 1) fmt::print("==> {} <==\n", path);
      fmt::print("{}\n", report.verdict.text);
    } else {
      text.end_file(report);
    }
    for (int i = 0; i < 3; ++i) totals[i] += report.counts[i];
    std::uint64_t failing = 0;
    for (int s = static_cast<int>(fail_on); s < 3; ++s) failing += report.counts[s];
    const bool bad = report.verdict.status != cers::Status::kAccepted || failing > 0;
    if (bad && exit_code == 0) exit_code = 1;
  }
  if (args.format == "text" && files.size() > 1) {
    text.total(files.size(), totals[2], totals[1], totals[0]);
  }
  std::fflush(stdout);
  return exit_code;
}

}  // namespace cerslint::cli
