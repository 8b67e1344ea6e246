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
  RunSettings settings;
  if (auto err = build_settings(args.common, settings)) return usage_error(err->message);
  const engine::Severity fail_on = settings.fail_on;

  engine::CheckOptions options;
  options.cers = &settings.config;
  options.collect_findings = args.format != "cers";
  options.selected = settings.selected;
  options.current_year = settings.current_year;

  auto baseline = BaselineRun::start(args.baseline, args.format);
  if (!baseline) return usage_error(baseline.error().message);

  report::TextReporter text(stdout, {use_color(args.color), !args.no_hints});
  int exit_code = 0;
  std::uint64_t totals[3] = {0, 0, 0};
  const std::vector<std::string> files = expand_inputs(args.files);
  if (files.empty()) return usage_error("no CSV files found in the given folders");
  for (const std::string& path : files) {
    auto input = reader::Input::open(path);
    if (!input) {
      fmt::print(stderr, "cerslint: {}: {}\n", path, input.error().message);
      exit_code = 2;
      continue;
    }
    reader::CsvReader csv(std::move(input).value());
    text.begin_file(path);
    report::OrderedSink ordered(text);
    auto base = (*baseline)->open(path, ordered);  // suppresses what the baseline lists
    engine::FileReport report = engine::check(csv, options, base->sink());
    ordered.flush();
    if (report.error) {
      fmt::print(stderr, "cerslint: {}: {}\n", path, report.error->message);
      exit_code = 2;
      continue;
    }
    const bool verdict_baselined = (*baseline)->close(*base, report);
    if (args.format == "cers") {
      if (files.size() > 1) fmt::print("==> {} <==\n", path);
      fmt::print("{}\n", report.verdict.text);
    } else {
      text.end_file(report);
    }
    for (int i = 0; i < 3; ++i) totals[i] += report.counts[i];
    std::uint64_t failing = 0;
    for (int s = static_cast<int>(fail_on); s < 3; ++s) failing += report.counts[s];
    const bool bad =
        (report.verdict.status != cers::Status::kAccepted && !verdict_baselined) || failing > 0;
    if (bad && exit_code == 0) exit_code = 1;
  }
  if (args.format == "text" && files.size() > 1) {
    text.total(files.size(), totals[2], totals[1], totals[0]);
  }
  std::fflush(stdout);
  return (*baseline)->finish(exit_code);
}

}  // namespace cerslint::cli
