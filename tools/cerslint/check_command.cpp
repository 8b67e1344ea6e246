// Runs the check pipeline over each file and reports it in the chosen format(s).
#include "tools/cerslint/check_command.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <optional>

#include "engine/runner.hpp"
#include "output/progress.hpp"
#include "reader/csv_reader.hpp"
#include "report/fan_out.hpp"
#include "report/formats.hpp"
#include "report/redact.hpp"
#include "report/ordered_sink.hpp"
#include "tools/cerslint/file_runner.hpp"
#include "tools/cerslint/report_file.hpp"
#include "tools/cerslint/workbook_input.hpp"

#ifndef CERSLINT_RULE_DOCS_URI
#define CERSLINT_RULE_DOCS_URI "file:///usr/share/doc/cerslint/rules/"
#endif

namespace cerslint::cli {
namespace {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

// Where the rule pages are: CERSLINT_DOCS_URI (a base URI, e.g. a web copy of docs/rules/),
// else the installed docs folder CMake was configured with.
report::ToolInfo tool_info() {
  report::ToolInfo tool;
  tool.version = CERSLINT_VERSION;
  const char* env = std::getenv("CERSLINT_DOCS_URI");
  tool.rule_docs_uri = env != nullptr && *env != '\0' ? env : CERSLINT_RULE_DOCS_URI;
  if (tool.rule_docs_uri.back() != '/') tool.rule_docs_uri += '/';
  return tool;
}

// The rules any file may report (files can select differently through cerslint.toml), in
// registry order.
std::vector<const engine::RuleMeta*> reported_rules(const SettingsCache& settings) {
  std::vector<const engine::RuleMeta*> rules;
  for (const engine::RuleEntry& e : engine::registry()) {
    if (settings.may_report(e)) rules.push_back(e.meta);
  }
  return rules;
}

// One file through the engine. Thread-safe (called from --jobs workers): everything shared is
// read-only. Per-file settings and finding filters (a baseline) belong here, around `sink`.
// `progress`: draw the progress line (big files on a terminal; one job only, so two files never
// draw at once).
engine::FileReport check_one(const std::string& path, const std::string& sheet, bool redact,
                             const engine::CheckOptions& options, engine::FindingSink& sink,
                             bool progress) {
  engine::FileReport failed;
  failed.path = path;
  // A workbook is read as its sheet converted to CSV; findings then name the sheet's cells.
  auto file = open_input(path, sheet);
  if (!file) {
    failed.error = file.error();
    return failed;
  }
  auto input = reader::Input::open(file->csv_path);
  if (!input) {
    failed.error = input.error();
    return failed;
  }
  if (file->sheet) print_notes(stderr, path, *file->sheet, redact);
  std::optional<CellFindingSink> cells;
  if (file->sheet) cells.emplace(*file->sheet, sink);
  reader::CsvReader csv(std::move(input).value());
  report::OrderedSink ordered(cells ? static_cast<engine::FindingSink&>(*cells) : sink);
  output::FileProgress display(path, !progress);
  engine::CheckOptions with_progress = options;
  with_progress.progress = display.observer();
  engine::FileReport report = engine::check(csv, with_progress, ordered);
  display.finish();
  ordered.flush();
  report.path = path;
  return report;
}

// --output-format, or the format the --output-file name implies; an Error is a usage error.
Result<std::string> output_file_format(const CheckArgs& args) {
  if (!args.output_format.empty()) {
    if (!report::is_format(args.output_format)) {
      return Error{fmt::format("--output-format must be one of {}, not \"{}\"",
                               report::format_names(), args.output_format),
                   ""};
    }
    return args.output_format;
  }
  if (auto f = report::format_for_file_name(args.output_file)) return *f;
  return Error{fmt::format("cannot tell the report format from the name \"{}\": use .sarif, "
                           ".json, .jsonl or .ndjson, or give --output-format ({})",
                           args.output_file, report::format_names()),
               ""};
}

}  // namespace

int run_check(const CheckArgs& args) {
  if (!report::is_format(args.format)) {
    return usage_error(
        fmt::format("--format must be one of {}, not \"{}\"", report::format_names(), args.format));
  }
  std::string file_format;
  if (!args.output_file.empty()) {
    auto f = output_file_format(args);
    if (!f) return usage_error(f.error().message);
    file_format = *f;
  } else if (!args.output_format.empty()) {
    return usage_error("--output-format needs --output-file");
  }
  auto command_line = command_line_layer(args.common);
  if (!command_line) return usage_error(command_line.error().message);
  SettingsCache settings(args.common, std::move(command_line).value());
  // `cers` alone needs only CERS's verdict: the lint rules' findings are not collected.
  const bool collect_findings = args.format != "cers" || !file_format.empty();

  auto baseline = BaselineRun::start(args.baseline, collect_findings, args.format == "text");
  if (!baseline) return usage_error(baseline.error().message);

  const std::vector<std::string> files = expand_inputs(args.files);
  if (files.empty()) return usage_error("no CSV files found in the given folders");
  // Each file's settings (cerslint.toml files above it, the command line), loaded before any
  // output; read-only afterwards, so --jobs workers share them.
  if (auto err = settings.prepare(files)) return usage_error(err->message);

  report::ReporterSetup setup;
  setup.tool = tool_info();
  setup.text = {use_color(args.color), !args.no_hints, args.max_per_rule};
  setup.several_files = files.size() > 1;
  setup.rules = reported_rules(settings);
  report::FanOut reporters;
  const auto printed = report::make_reporter(args.format, stdout, setup);
  reporters.add(*printed);
  std::optional<ReportFile> report_file;
  std::unique_ptr<report::Reporter> written;
  if (!file_format.empty()) {
    auto created = ReportFile::create(args.output_file);
    if (!created) {
      fmt::print(stderr, "cerslint: {}: {}\n", args.output_file, created.error().message);
      return 2;
    }
    report_file.emplace(std::move(created).value());
    setup.text.color = false;  // a file never gets terminal colours
    written = report::make_reporter(file_format, report_file->stream(), setup);
    reporters.add(*written);
  }

  report::RunTotals totals;
  int exit_code = 0;
  const unsigned jobs = effective_jobs(args.jobs, files.size());
  const bool progress = !args.no_progress && jobs == 1;
  const bool reading_thread = spare_core_per_file(args.jobs, files.size());
  // When the text format is the only reader of findings, the engine hands over only what it
  // will list and counts the rest (findings are then never formatted). A report file or a
  // baseline needs every finding; the text reporter then leaves out the same ones itself.
  const bool engine_may_limit = args.format == "text" && file_format.empty();
  const auto check = [&](const std::string& path, engine::FindingSink& sink) {
    // --redact masks what reporters get, after the baseline matched the real values.
    std::optional<report::RedactingSink> redactor;
    if (args.redact) redactor.emplace(sink);
    auto base = (*baseline)->open(path, redactor ? *redactor : sink);  // drops what it lists
    engine::CheckOptions options = settings.prepared(path).check_options(collect_findings);
    if (engine_may_limit && !base->uses_baseline()) options.report_limit = args.max_per_rule;
    options.reading_thread = reading_thread;
    engine::FileReport report =
        check_one(path, args.sheet, args.redact, options, base->sink(), progress);
    (*baseline)->close(*base, report);
    if (args.redact) report.verdict.text = report::redact_text(report.verdict.text);
    return report;
  };
  const auto after = [&](const std::string& path, const engine::FileReport& report) {
    totals.add(report);
    if (report.error) {
      fmt::print(stderr, "cerslint: {}: {}\n", path, report.error->message);
      exit_code = 2;
      return;
    }
    const bool verdict_baselined = (*baseline)->after_file(path);
    std::uint64_t failing = 0;
    const int fail_on = static_cast<int>(settings.prepared(path).fail_on);
    for (int s = fail_on; s < 3; ++s) failing += report.counts[s];
    const bool bad =
        (report.verdict.status != cers::Status::kAccepted && !verdict_baselined) || failing > 0;
    if (bad && exit_code == 0) exit_code = 1;
  };
  run_files(files, jobs, check, reporters, after);
  exit_code = (*baseline)->finish(exit_code);  // writes the baseline with --write-baseline
  totals.exit_code = exit_code;
  reporters.finish(totals);
  std::fflush(stdout);
  if (report_file) {
    if (auto err = report_file->commit()) {
      fmt::print(stderr, "cerslint: {}: {}\n", args.output_file, err->message);
      return 2;
    }
  }
  return exit_code;
}

}  // namespace cerslint::cli
