// The tokenizer benchmark's body, shared by BM_tokenizer (micro_bench.cpp) and
// BM_tokenizer_level (scan_bench.cpp) so both measure exactly the same work: every record of
// `data`, the size of every field value (zero-copy views over the buffer).
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "reader/csv_reader.hpp"

namespace cerslint::bench {

inline void tokenize_every_record(benchmark::State& state, const std::string& data) {
  std::uint64_t records = 0;
  for (auto _ : state) {
    auto reader = reader::CsvReader::from_memory(data);
    std::uint64_t value_bytes = 0;
    records = 0;
    while (const reader::Record* r = reader.next()) {
      ++records;
      for (std::size_t i = 0; i < r->size(); ++i) value_bytes += r->value(i).size();
    }
    benchmark::DoNotOptimize(value_bytes);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records));
}

}  // namespace cerslint::bench
