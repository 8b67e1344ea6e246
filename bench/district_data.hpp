// In-memory, seeded district upload files for the micro-benchmarks: realistic enough that the
// tokenizer and the CERS check take their normal paths (quoted names, doubled quotes, CRLF,
// teacher and student rows), generated in RAM so no benchmark measures the disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace cerslint::bench {

enum class DistrictVariant : std::uint8_t {
  kClean,        // CERS accepts it with the embedded directory and years 2015..2026
  kEveryRowBad,  // every data row carries one fault CERS reports (the worst case for findings)
};

struct DistrictSpec {
  std::uint64_t seed = 0x5EED'CE25;
  std::size_t target_bytes = std::size_t{64} << 20;  // the file stops at the first row past this
  DistrictVariant variant = DistrictVariant::kClean;
};

// The whole file (header included), deterministic for a given spec on every platform.
std::string make_district_csv(const DistrictSpec& spec);

}  // namespace cerslint::bench
