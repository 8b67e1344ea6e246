// Fixture runner support: configuration, rendering, expectation files.
#include <gtest/gtest.h>

#include "tools/fixture_runner/fixture_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "engine/rule.hpp"
#include "fix/fixer.hpp"
#include "reader/csv_reader.hpp"
#include "report/fan_out.hpp"
#include "report/formats.hpp"
#include "report/ordered_sink.hpp"
#include "report/text_reporter.hpp"

namespace cerslint::fixtures {

std::filesystem::path source_dir() {
  if (const char* env = std::getenv("CERSLINT_SOURCE_DIR")) return env;
  return CERSLINT_SOURCE_DIR;  // baked in by CMake
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const std::filesystem::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

bool update_mode() {
  const char* v = std::getenv("CERSLINT_UPDATE_FIXTURES");
  return v != nullptr && std::string(v) == "1";
}

FixedConfig::FixedConfig() {
  config.schools = &schools;
  for (int y = 2015; y <= 2027; ++y) config.years.push_back(y);
  config.subjects = {"Math", "ELA", "ELPAC"};
}

namespace {

// Collects findings in the concise format, and forwards them to the text reporter.
class ConciseSink final : public engine::FindingSink {
 public:
  ConciseSink(report::TextReporter& text, std::string only_code)
      : text_(text), only_code_(std::move(only_code)) {}
  void on_finding(const engine::Finding& f) override {
    text_.on_finding(f);
    if (!only_code_.empty() && f.rule->code != only_code_) return;
    out += std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + ": " +
           std::string(f.rule->code) + " [row " + std::to_string(f.location.row) + "] " +
           report::escape_for_terminal(f.message) + "\n";
  }
  std::string out;

 private:
  report::TextReporter& text_;
  std::string only_code_;
};

}  // namespace

FixtureRun run_file(const std::filesystem::path& file, const cers::Config& config,
                    const std::string& only_code, bool reading_thread) {
  FixtureRun run;
  char* buf = nullptr;
  std::size_t len = 0;
  std::FILE* mem = open_memstream(&buf, &len);
  {
    report::TextReporter text(mem, {false, true});
    text.begin_file(file.filename().string());
    ConciseSink sink(text, only_code);
    auto input = reader::Input::open(file.string());
    if (!input) {
      ADD_FAILURE() << "cannot open " << file << ": " << input.error().message;
    } else {
      reader::CsvReader csv(std::move(input).value());
      engine::CheckOptions options;
      options.cers = &config;
      options.current_year = kFixedCurrentYear;
      options.reading_thread = reading_thread;
      options.reading_batch_bytes = 160;  // a batch of a record or two: every handover is used
      report::OrderedSink ordered(sink);  // the order the CLI prints in
      run.report = engine::check(csv, options, ordered);
      ordered.flush();
      run.report.path = file.filename().string();
      text.end_file(run.report);
    }
    run.concise = sink.out;
  }
  std::fclose(mem);
  run.text.assign(buf, len);
  std::free(buf);
  return run;
}

namespace {

// A memory stream that becomes a std::string when closed.
class MemoryOut {
 public:
  MemoryOut() : file_(open_memstream(&buf_, &len_)) {}
  MemoryOut(const MemoryOut&) = delete;
  ~MemoryOut() {
    if (file_ != nullptr) std::fclose(file_);
    std::free(buf_);
  }
  std::FILE* file() { return file_; }
  std::string take() {
    std::fclose(file_);
    file_ = nullptr;
    return std::string(buf_, len_);
  }

 private:
  char* buf_ = nullptr;
  std::size_t len_ = 0;
  std::FILE* file_;
};

}  // namespace

FormatRun run_formats(const std::filesystem::path& file, const cers::Config& config) {
  report::ReporterSetup setup;
  setup.tool = {kFixtureVersion, kFixtureDocsUri};
  for (const engine::RuleEntry& e : engine::registry()) setup.rules.push_back(e.meta);
  MemoryOut json, json_lines, sarif, github;
  const auto json_r = report::make_reporter("json", json.file(), setup);
  const auto lines_r = report::make_reporter("json-lines", json_lines.file(), setup);
  const auto sarif_r = report::make_reporter("sarif", sarif.file(), setup);
  const auto github_r = report::make_reporter("github", github.file(), setup);
  report::FanOut all;
  for (report::Reporter* r : {json_r.get(), lines_r.get(), sarif_r.get(), github_r.get()}) {
    all.add(*r);
  }
  const std::string name = file.filename().string();
  all.begin_file(name);
  engine::FileReport report;
  auto input = reader::Input::open(file.string());
  if (!input) {
    ADD_FAILURE() << "cannot open " << file << ": " << input.error().message;
    report.error = input.error();
  } else {
    reader::CsvReader csv(std::move(input).value());
    engine::CheckOptions options;
    options.cers = &config;
    options.current_year = kFixedCurrentYear;
    report::OrderedSink ordered(all);
    report = engine::check(csv, options, ordered);
    ordered.flush();
  }
  report.path = name;
  all.end_file(report);
  report::RunTotals totals;
  totals.add(report);
  // The CLI's exit code under the default --fail-on error.
  const bool bad = report.error || report.verdict.status != cers::Status::kAccepted ||
                   report.counts[static_cast<int>(engine::Severity::kError)] > 0;
  totals.exit_code = report.error ? 2 : bad ? 1 : 0;
  all.finish(totals);
  return {json.take(), json_lines.take(), sarif.take(), github.take()};
}

namespace {
class NullFixLog final : public engine::FixLog {
 public:
  void applied(const engine::AppliedFix&) override {}
};
}  // namespace

std::string_view expected_suffix(FixMode mode) {
  switch (mode) {
    case FixMode::kSafe: return ".fixed.csv";
    case FixMode::kUnsafe: return ".unsafe-fixed.csv";
    case FixMode::kNeutralize: return ".neutralized.csv";
  }
  return "";
}

FixRun run_fix(const std::filesystem::path& file, const cers::Config& config,
               const std::string& only_code, FixMode mode) {
  FixRun run;
  fix::FixOptions options;
  options.cers = &config;
  options.current_year = kFixedCurrentYear;
  options.unsafe = mode == FixMode::kUnsafe;
  options.neutralize_formulas = mode == FixMode::kNeutralize;
  if (!only_code.empty()) {
    const engine::RuleEntry* e = engine::find_rule(only_code);
    if (e != nullptr) options.selected = std::vector<const engine::RuleEntry*>{e};
  }
  NullFixLog log;
  auto outcome = fix::fix_file(file.string(), options, log);
  if (!outcome) {
    run.error = outcome.error().message;
    run.output = "ERROR: " + run.error + "\n";
    return run;
  }
  run.changed = outcome->changed;
  run.output = read_file(outcome->changed ? std::filesystem::path(outcome->fixed->path()) : file);
  return run;
}

::testing::AssertionResult matches_expectation(const std::filesystem::path& expected_file,
                                               const std::string& actual) {
  if (update_mode()) {
    write_file(expected_file, actual);
    return ::testing::AssertionSuccess();
  }
  if (!std::filesystem::exists(expected_file)) {
    return ::testing::AssertionFailure()
           << expected_file << " is missing; actual output was:\n" << actual
           << "\n(run with CERSLINT_UPDATE_FIXTURES=1 to write it, then review)";
  }
  const std::string expected = read_file(expected_file);
  if (expected == actual) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << expected_file << " differs.\n--- expected\n"
                                       << expected << "--- actual\n" << actual;
}

std::vector<std::filesystem::path> list_files(const std::filesystem::path& dir,
                                              const std::string& prefix,
                                              const std::string& suffix) {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.is_regular_file() && name.rfind(prefix, 0) == 0 && name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string test_name(const std::string& s) {
  std::string out;
  for (char c : s) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

}  // namespace cerslint::fixtures
