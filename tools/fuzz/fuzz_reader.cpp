// Fuzz target: the CSV reader. For every input, at every SIMD level the CPU has, and through both
// the in-memory and the block-by-block file path (with blocks far smaller than a record):
//  - positions stay inside the input: each record's raw bytes are the input's bytes at its
//    offset, field spans are ordered and inside the record, values are no longer than their
//    raw field, and an unquoted value is its raw field;
//  - counts are consistent: record indexes go up by one, lines and offsets never go back,
//    records do not overlap, and a reader that ends without an error has read every byte;
//  - every path gives the same records (a digest of everything the reader reports).
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "reader/csv_reader.hpp"
#include "reader/simd_level.hpp"
#include "tools/fuzz/fuzz_check.hpp"

namespace {

using cerslint::fuzz::digest;
using cerslint::reader::CsvReader;
using cerslint::reader::Record;

// Reads everything, checking each record; returns the digest.
std::string read_all(CsvReader& csv, std::string_view data, bool in_memory) {
  std::string d;
  std::uint64_t next_index = 0, last_line = 0, end_of_last = 0;
  bool first = true;
  while (const Record* r = csv.next()) {
    const std::string_view raw = r->raw();
    FUZZ_REQUIRE(r->offset() + raw.size() <= data.size(), "record past the end of the input");
    FUZZ_REQUIRE(data.compare(r->offset(), raw.size(), raw) == 0,
                 "record bytes differ from the input at its offset");
    if (!first) FUZZ_REQUIRE(r->index() == next_index, "record index skipped or repeated");
    FUZZ_REQUIRE(r->line() >= last_line, "line number went back");
    FUZZ_REQUIRE(first || r->offset() >= end_of_last, "records overlap");
    FUZZ_REQUIRE(r->size() >= 1, "a record without fields");
    first = false;
    next_index = r->index() + 1;
    last_line = r->line();
    end_of_last = r->offset() + raw.size();
    digest(d, r->index());
    digest(d, r->line());
    digest(d, r->offset());
    digest(d, raw);
    digest(d, static_cast<unsigned>(r->ending()));
    digest(d, static_cast<unsigned>(r->quote_error()));
    digest(d, r->quote_error_at());
    digest(d, r->blank_lines_before());
    std::uint32_t previous_end = 0;
    for (std::size_t i = 0; i < r->size(); ++i) {
      const auto& f = r->field(i);
      FUZZ_REQUIRE(f.raw_begin <= f.raw_end && f.raw_end <= raw.size(), "field span outside its record");
      FUZZ_REQUIRE(f.raw_begin >= previous_end, "field spans out of order");
      previous_end = f.raw_end;
      const std::string_view value = r->value(i);
      FUZZ_REQUIRE(value.size() <= f.raw_end - f.raw_begin, "value longer than its raw field");
      if (!f.quoted) FUZZ_REQUIRE(value == r->raw_field(i), "unquoted value differs from its bytes");
      digest(d, value);
      digest(d, f.raw_begin);
      digest(d, f.raw_end);
      digest(d, (f.quoted ? 1u : 0u) | (f.has_line_break ? 2u : 0u));
    }
    const auto pos = r->position_of(0);
    FUZZ_REQUIRE(pos.line == r->line() && pos.column == 1, "position of a record's first byte");
  }
  if (csv.error()) {
    digest(d, "error");
  } else if (in_memory || data.size() < 64u << 20) {
    FUZZ_REQUIRE(csv.bytes_read() == data.size(), "the reader stopped before the end");
  }
  return d;
}

std::string read_from_fd(std::string_view data, std::size_t block_bytes) {
  const int fd = ::memfd_create("fuzz_reader", MFD_CLOEXEC);
  FUZZ_REQUIRE(fd >= 0, "memfd_create");
  FUZZ_REQUIRE(::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size()), "write");
  FUZZ_REQUIRE(::lseek(fd, 0, SEEK_SET) == 0, "lseek");
  cerslint::reader::ReaderOptions options;
  options.block_bytes = block_bytes;
  CsvReader csv(cerslint::reader::Input::from_fd(fd, "fuzz"), options);
  std::string d = read_all(csv, data, false);
  ::close(fd);
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  namespace simd = cerslint::reader::simd;
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  std::string reference;
  bool have_reference = false;
  const simd::Level original = simd::level();
  for (const simd::Level level : simd::supported_levels()) {
    simd::set_level(level);
    CsvReader csv = CsvReader::from_memory(data);
    std::string d = read_all(csv, data, true);
    if (have_reference) {
      FUZZ_REQUIRE(d == reference, std::string("SIMD level ") + std::string(simd::name(level)) +
                                       " reads other records than the first level");
    } else {
      reference = std::move(d);
      have_reference = true;
    }
  }
  simd::set_level(original);
  FUZZ_REQUIRE(read_from_fd(data, 64) == reference, "64-byte blocks read other records");
  FUZZ_REQUIRE(read_from_fd(data, 4096) == reference, "4 KiB blocks read other records");
  return 0;
}
