// The tokenizer at each SIMD level (scalar, SSE2, AVX2 where the CPU has it) in one run, so
// the levels compare against each other and against BM_fccp_read under the same machine load.
// Same input and the same per-record work as BM_tokenizer (bench/tokenize.hpp).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "bench/district_data.hpp"
#include "bench/tokenize.hpp"
#include "reader/csv_reader.hpp"
#include "reader/simd_level.hpp"

namespace {

using namespace cerslint;

void BM_tokenizer_level(benchmark::State& state) {
  static const std::string data = bench::make_district_csv({});
  const auto wanted = static_cast<reader::simd::Level>(state.range(0));
  const reader::simd::Level before = reader::simd::level();
  if (reader::simd::set_level(wanted) != wanted) {
    reader::simd::set_level(before);
    state.SkipWithError("level not supported by this CPU");
    return;
  }
  state.SetLabel(std::string(reader::simd::name(wanted)));
  bench::tokenize_every_record(state, data);
  reader::simd::set_level(before);
}

BENCHMARK(BM_tokenizer_level)
    ->Arg(static_cast<int>(reader::simd::Level::kScalar))
    ->Arg(static_cast<int>(reader::simd::Level::kSse2))
    ->Arg(static_cast<int>(reader::simd::Level::kAvx2))
    ->Unit(benchmark::kMillisecond);

}  // namespace
