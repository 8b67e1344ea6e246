// Fuzz target: the whole check pipeline (reader, CERS validator, every lint rule) with the
// fixtures' configuration. For every input:
//  - every finding names a rule and has a message; its position is inside the input (offset,
//    line, and a column only where there is a line);
//  - the report's counts by severity equal the findings it handed out, and it counts no more
//    data records than the reader sees;
//  - with a report limit of one finding per rule (the text format's --max-per-rule), each rule
//    hands out its first finding and counts the rest: per rule, handed + unreported equal the
//    full run's findings, and the counts and verdict are the full run's;
//  - the run is deterministic (a second run gives the same findings: no state leaks between
//    files), also when the second run reads on a second thread in batches of a record or two
//    (`check --jobs 2` on one file: engine::CheckOptions::reading_thread), and the verdict-only run (`--format cers`, which skips the lint rules and replays
//    repeated keys) gives exactly the verdict of the full run.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "engine/runner.hpp"
#include "fix/oracle/membership_oracle.hpp"
#include "reader/csv_reader.hpp"
#include "tools/fuzz/fuzz_check.hpp"

namespace {

using cerslint::fuzz::digest;
namespace engine = cerslint::engine;
namespace reader = cerslint::reader;

class CheckingSink final : public engine::FindingSink {
 public:
  explicit CheckingSink(std::size_t input_size) : input_size_(input_size) {}
  void on_finding(const engine::Finding& f) override {
    FUZZ_REQUIRE(f.rule != nullptr, "a finding without a rule");
    FUZZ_REQUIRE(!f.message.empty(), std::string(f.rule->code) + ": a finding without a message");
    FUZZ_REQUIRE(f.location.offset <= input_size_, std::string(f.rule->code) + ": offset past the end");
    FUZZ_REQUIRE(f.location.line > 0 || f.location.column == 0,
                 std::string(f.rule->code) + ": a column without a line");
    FUZZ_REQUIRE(static_cast<int>(f.severity) <= 2, "severity out of range");
    ++counts[static_cast<int>(f.severity)];
    ++per_rule[f.rule->code];
    if (f.location.line > max_line) max_line = f.location.line;
    digest(findings, f.rule->code);
    digest(findings, f.location.row);
    digest(findings, f.location.line);
    digest(findings, f.location.column);
    digest(findings, f.location.offset);
    digest(findings, f.message);
    digest(findings, f.hint);
  }
  std::uint64_t counts[3] = {0, 0, 0};
  std::map<std::string_view, std::uint64_t> per_rule;  // findings by rule code
  std::uint64_t max_line = 0;
  std::string findings;

 private:
  std::size_t input_size_;
};

struct Run {
  engine::FileReport report;
  CheckingSink sink;
};

Run run_check(std::string_view data, bool collect, std::uint64_t report_limit = 0,
              bool reading_thread = false) {
  const auto& fixture = cerslint::fix::oracle::fixture_config();
  engine::CheckOptions options;
  options.cers = &fixture.config;
  options.current_year = cerslint::fix::oracle::kFixtureCurrentYear;
  options.collect_findings = collect;
  options.report_limit = report_limit;
  options.reading_thread = reading_thread;
  options.reading_batch_bytes = 160;
  auto csv = reader::CsvReader::from_memory(data);
  Run run{{}, CheckingSink(data.size())};
  run.report = engine::check(csv, options, run.sink);
  return run;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);

  std::uint64_t records = 0, lines = 1;
  {
    auto csv = reader::CsvReader::from_memory(data);
    while (csv.next() != nullptr) ++records;
    lines = csv.lines();
  }

  const Run full = run_check(data, true);
  if (full.report.error) return 0;  // e.g. a record over the size limit: reported, not checked
  for (int s = 0; s < 3; ++s) {
    FUZZ_REQUIRE(full.report.counts[s] == full.sink.counts[s],
                 "the report's counts differ from the findings handed out");
  }
  FUZZ_REQUIRE(full.report.records <= records, "more data records counted than the reader reads");
  FUZZ_REQUIRE(full.sink.max_line <= lines + 1, "a finding on a line after the last one");

  const Run again = run_check(data, true, 0, true);
  FUZZ_REQUIRE(again.sink.findings == full.sink.findings,
               "a second run, with a reading thread, gives other findings");
  FUZZ_REQUIRE(again.report.verdict.text == full.report.verdict.text,
               "a second run, with a reading thread, gives another verdict");
  FUZZ_REQUIRE(again.report.records == full.report.records,
               "a second run, with a reading thread, counts other records");

  const Run limited = run_check(data, true, 1);
  std::map<std::string_view, std::uint64_t> left_out;
  for (const auto& [rule, n] : limited.report.unreported) left_out[rule->code] = n;
  for (const auto& [code, n] : full.sink.per_rule) {
    const auto handed = limited.sink.per_rule.find(code);
    FUZZ_REQUIRE(handed != limited.sink.per_rule.end() && handed->second == 1,
                 std::string(code) + ": a report limit of 1 did not hand out exactly one finding");
    FUZZ_REQUIRE(left_out[code] == n - 1,
                 std::string(code) + ": the report limit counted another number of findings");
  }
  FUZZ_REQUIRE(limited.sink.per_rule.size() == full.sink.per_rule.size(),
               "a report limit handed out findings of a rule the full run did not report");
  for (int s = 0; s < 3; ++s) {
    FUZZ_REQUIRE(limited.report.counts[s] == full.report.counts[s],
                 "a report limit changed the counts by severity");
  }
  FUZZ_REQUIRE(limited.report.verdict.text == full.report.verdict.text,
               "a report limit changed the verdict");

  const Run verdict_only = run_check(data, false);
  FUZZ_REQUIRE(verdict_only.report.verdict.text == full.report.verdict.text,
               "--format cers gives another verdict than the full check:\n  cers: " +
                   verdict_only.report.verdict.text + "\n  full: " + full.report.verdict.text);
  FUZZ_REQUIRE(verdict_only.report.verdict.status == full.report.verdict.status,
               "--format cers gives another status than the full check");
  return 0;
}
