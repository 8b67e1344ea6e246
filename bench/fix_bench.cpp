// `cerslint fix` on its own: fix::fix_file over the generated district files (the same bytes as
// micro_bench.cpp's BM_fccp_read and BM_tokenizer read), so its bytes/s compare with theirs in
// the same run. fix_file takes a path: the file lives in a memfd (RAM), so no disk is measured.
// The CLI's second step (a check of the result, for "left for a person") is not included.
#include <benchmark/benchmark.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "bench/bench_config.hpp"
#include "bench/district_data.hpp"
#include "cers/defaults.hpp"
#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "fix/fixer.hpp"

namespace {

using namespace cerslint;

// A RAM-backed file holding `data`, named by a /proc/self/fd path.
class MemFile {
 public:
  explicit MemFile(const std::string& data) : fd_(::memfd_create("district.csv", MFD_CLOEXEC)) {
    std::size_t done = 0;
    while (fd_ >= 0 && done < data.size()) {
      const ssize_t n = ::write(fd_, data.data() + done, data.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
    size_ = done;
  }
  ~MemFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  const std::string& path() const { return path_; }
  std::size_t size() const { return size_; }

 private:
  int fd_;
  std::string path_;
  std::size_t size_ = 0;
};

const MemFile& clean_file() {
  static const MemFile file(bench::make_district_csv({}));
  return file;
}

const MemFile& bad_file() {
  static const MemFile file(
      bench::make_district_csv({.variant = bench::DistrictVariant::kEveryRowBad}));
  return file;
}

const cers::Config& cers_config() { return bench::fixed_cers_config(); }

class NullLog final : public engine::FixLog {
 public:
  void applied(const engine::AppliedFix&) override { ++count; }
  std::uint64_t count = 0;
};

void run_fix(benchmark::State& state, const MemFile& file, bool unsafe) {
  if (file.size() == 0) {
    state.SkipWithError("could not write the district file to a memfd");
    return;
  }
  fix::FixOptions options;
  options.cers = &cers_config();
  options.current_year = 2026;
  options.unsafe = unsafe;
  NullLog log;
  std::uint64_t rows = 0;
  bool changed = false;
  for (auto _ : state) {
    log.count = 0;
    auto outcome = fix::fix_file(file.path(), options, log);
    if (!outcome) {
      state.SkipWithError(outcome.error().message.c_str());
      return;
    }
    rows = outcome->rows_in;
    changed = outcome->changed;
    benchmark::DoNotOptimize(outcome->applied.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
  state.counters["fixes"] = static_cast<double>(log.count);
  state.counters["changed"] = changed ? 1 : 0;
}

// The clean file: nothing to fix, the common case (the fixer must still read every row).
void BM_fix(benchmark::State& state) { run_fix(state, clean_file(), false); }
// With --unsafe-fixes: group-level repairs (U002 subjects) run on every group.
void BM_fix_unsafe(benchmark::State& state) { run_fix(state, clean_file(), true); }
// Every row has a fault: most rows are rewritten.
void BM_fix_bad(benchmark::State& state) { run_fix(state, bad_file(), false); }

}  // namespace

BENCHMARK(BM_fix)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fix_unsafe)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fix_bad)->Unit(benchmark::kMillisecond);
