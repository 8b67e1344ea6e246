// cerslint micro-benchmarks: the tokenizer and the CERS check over a ~64 MiB in-memory district
// file, each next to baselines (fast-cpp-csv-parser, a memchr line scan) measured in the same
// run, because on shared machines only same-run ratios mean anything. Nothing here asserts a
// timing; the only checks are that the inputs produce the verdict they were built for.
#include <benchmark/benchmark.h>
// g++ 12 reports a strncpy truncation inside fccp's error-message code (by design there: it
// caps file names) even though csv.h is a system header; keep it from failing -Werror builds.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#endif
// fccp's synchronous reader: cerslint checks a file on one thread, so the baseline gets one too,
// and then per-thread CPU time (what Google Benchmark measures) covers all of its work.
#define CSV_IO_NO_THREAD
#include <libfccp/csv.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bench/bench_config.hpp"
#include "bench/district_data.hpp"
#include "bench/tokenize.hpp"
#include "cers/defaults.hpp"
#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "engine/finding.hpp"
#include "engine/runner.hpp"
#include "reader/csv_reader.hpp"

namespace {

using namespace cerslint;

// Built on first use, i.e. before the first timed loop that needs them (never inside one).
const std::string& clean_csv() {
  static const std::string data = bench::make_district_csv({});
  return data;
}

const std::string& bad_csv() {
  static const std::string data =
      bench::make_district_csv({.variant = bench::DistrictVariant::kEveryRowBad});
  return data;
}

const cers::Config& cers_config() { return bench::fixed_cers_config(); }

void set_throughput(benchmark::State& state, std::size_t bytes, std::uint64_t records) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records));
}

// Baseline: how fast can one merely find the line ends (one memchr call per ~70-byte line)?
void BM_memchr_newlines(benchmark::State& state) {
  const std::string& data = clean_csv();
  std::uint64_t lines = 0;
  for (auto _ : state) {
    lines = 0;
    const char* p = data.data();
    const char* const end = p + data.size();
    while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
      ++lines;
      ++p;
    }
    benchmark::DoNotOptimize(lines);
  }
  set_throughput(state, data.size(), lines);
}

// The baseline all ratios are against: fast-cpp-csv-parser with RFC 4180 quoting and no
// trimming. Each field gets the cheapest possible touch (its first byte): fccp hands out
// NUL-terminated char* with no length, and a strlen here would make the baseline look slower.
// Note fccp copies its input, 16 MiB at a time, into its own 48 MiB buffer.
void BM_fccp_read(benchmark::State& state) {
  const std::string& data = clean_csv();
  std::uint64_t records = 0;
  for (auto _ : state) {
    io::CSVReader<6, io::trim_chars<>, io::double_quote_escape<',', '"'>> in(
        "district.csv", data.data(), data.data() + data.size());
    in.read_header(io::ignore_no_column, "group_name", "school_natural_id", "school_year",
                   "subject_code", "student_ssid", "group_user_login");
    char *group = nullptr, *school = nullptr, *year = nullptr, *subject = nullptr,
         *ssid = nullptr, *login = nullptr;
    std::uint64_t touched = 0;
    records = 0;
    while (in.read_row(group, school, year, subject, ssid, login)) {
      ++records;
      touched += static_cast<unsigned char>(*group) + static_cast<unsigned char>(*school) +
                 static_cast<unsigned char>(*year) + static_cast<unsigned char>(*subject) +
                 static_cast<unsigned char>(*ssid) + static_cast<unsigned char>(*login);
    }
    benchmark::DoNotOptimize(touched);
  }
  set_throughput(state, data.size(), records);
}

// cerslint's reader alone: every record, every field value's view (zero-copy over the buffer).
void BM_tokenizer(benchmark::State& state) { bench::tokenize_every_record(state, clean_csv()); }

class CountingSink final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding&) override { ++count; }
  std::uint64_t count = 0;
};

// The whole check; `expected` guards against benchmarking an input that is not what its name
// says (for example a directory change that makes the clean file's schools unknown).
void run_check(benchmark::State& state, const std::string& data, bool collect_findings,
               cers::Status expected, bool reading_thread = false) {
  engine::CheckOptions options;
  options.cers = &cers_config();
  options.collect_findings = collect_findings;
  options.reading_thread = reading_thread;
  engine::FileReport report;
  CountingSink sink;
  for (auto _ : state) {
    sink.count = 0;
    auto reader = reader::CsvReader::from_memory(data);
    report = engine::check(reader, options, sink);
    benchmark::DoNotOptimize(report.verdict.text.data());
  }
  if (report.error || report.verdict.status != expected) {
    state.SkipWithError("input did not produce the expected CERS verdict");
    return;
  }
  state.counters["findings"] = static_cast<double>(sink.count);
  set_throughput(state, data.size(), report.records);
}

void BM_check_cers(benchmark::State& state) {
  run_check(state, clean_csv(), false, cers::Status::kAccepted);
}

void BM_check_all(benchmark::State& state) {
  run_check(state, clean_csv(), true, cers::Status::kAccepted);
}

void BM_check_all_bad(benchmark::State& state) {
  run_check(state, bad_csv(), true, cers::Status::kRejected);
}

// `check --jobs 2` on one file: reading on a second thread. Measured in wall time, next to the
// same check on one thread in wall time (BM_check_all_wall), since CPU time would add up both
// threads; the ratio of the two is the speed-up.
void BM_check_all_wall(benchmark::State& state) {
  run_check(state, clean_csv(), true, cers::Status::kAccepted);
}
void BM_check_all_reading_thread(benchmark::State& state) {
  run_check(state, clean_csv(), true, cers::Status::kAccepted, true);
}

// The every-row-bad file at 1/8, 1/4, 1/2 and all of 64 MiB (about 1M rows): Google Benchmark
// fits the times to O(N) in records and prints the fit's RMS. A per-row cost that grows with
// the number of findings so far (say, a de-duplication scan) would show up as a poor O(N) fit
// and a rising time per row across the four sizes.
const std::string& bad_csv_of(std::size_t bytes) {
  static std::map<std::size_t, std::string> cache;  // node-based: references stay valid
  auto it = cache.find(bytes);
  if (it == cache.end()) {
    it = cache.emplace(bytes, bench::make_district_csv({.target_bytes = bytes,
                                                        .variant = bench::DistrictVariant::kEveryRowBad}))
             .first;
  }
  return it->second;
}

void BM_check_all_bad_scaling(benchmark::State& state) {
  const std::string& data = bad_csv_of(static_cast<std::size_t>(state.range(0)) << 20);
  run_check(state, data, true, cers::Status::kRejected);
  std::uint64_t records = 0;
  for (char c : data) records += c == '\n';
  state.SetComplexityN(static_cast<std::int64_t>(records));
}

// CPU time (the default), not real time: everything here is single-threaded, and on a shared
// 2-core machine wall-clock time also counts the time other processes held the core (measured:
// real time 250-390 ms against a steady 171-194 ms of CPU time for BM_check_all during a build).
BENCHMARK(BM_memchr_newlines)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fccp_read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_tokenizer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_cers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_all)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_all_bad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_all_wall)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_all_reading_thread)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_check_all_bad_scaling)
    ->RangeMultiplier(2)
    ->Range(8, 64)
    ->Complexity(benchmark::oN)
    ->Unit(benchmark::kMillisecond);

// The normal console output, plus each benchmark's bytes/s kept for the ratio table.
class RatioReporter final : public benchmark::ConsoleReporter {
 public:
  using ConsoleReporter::ConsoleReporter;

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.error_occurred) continue;
      const auto it = run.counters.find("bytes_per_second");
      if (it == run.counters.end()) continue;
      const std::string& args = run.run_name.args;
      Entry& e = entry(run.run_name.function_name + (args.empty() ? "" : "/" + args),
                       run.family_index);
      if (run.run_type == Run::RT_Iteration) {
        e.iteration_rates.push_back(it->second.value);
      } else if (run.aggregate_name == "median") {
        e.median_aggregate = it->second.value;
      }
    }
  }

  // Median over repetitions, so --benchmark_repetitions=N gives a steadier ratio.
  void print_ratio_table(std::FILE* out) const {
    if (entries_.empty()) return;
    // Registration order, whatever order --benchmark_enable_random_interleaving ran them in.
    std::vector<Entry> sorted = entries_;
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry& a, const Entry& b) { return a.family < b.family; });
    const double baseline = rate_of("BM_fccp_read");
    std::fprintf(out, "\n%-30s %10s %15s\n", "name", "MiB/s", "ratio_vs_fccp");
    for (const Entry& e : sorted) {
      const double r = rate(e);
      if (baseline > 0) {
        std::fprintf(out, "%-30s %10.1f %15.2f\n", e.name.c_str(), r / (1 << 20), r / baseline);
      } else {
        std::fprintf(out, "%-30s %10.1f %15s\n", e.name.c_str(), r / (1 << 20), "n/a");
      }
    }
    std::fprintf(out,
                 "(ratio = bytes/s over BM_fccp_read's in this run; >1 is faster than fccp. "
                 "Compare ratios, not MiB/s, across runs and machines.)\n");
  }

 private:
  struct Entry {
    std::string name;
    std::int64_t family = 0;  // registration order
    std::vector<double> iteration_rates;
    double median_aggregate = 0;
  };

  Entry& entry(const std::string& name, std::int64_t family) {
    for (Entry& e : entries_) {
      if (e.name == name) return e;
    }
    entries_.push_back(Entry{name, family, {}, 0});
    return entries_.back();
  }

  static double rate(const Entry& e) {
    if (e.iteration_rates.empty()) return e.median_aggregate;  // --benchmark_report_aggregates_only
    std::vector<double> v = e.iteration_rates;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  double rate_of(const std::string& name) const {
    for (const Entry& e : entries_) {
      if (e.name == name) return rate(e);
    }
    return 0;
  }

  std::vector<Entry> entries_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // Our own display reporter so the ratios can be printed afterwards; colour only on a terminal.
  RatioReporter reporter(isatty(fileno(stdout)) ? benchmark::ConsoleReporter::OO_ColorTabular
                                                : benchmark::ConsoleReporter::OO_Tabular);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_ratio_table(stdout);
  benchmark::Shutdown();
  return 0;
}
