// Fuzz target: the workbook reader (lib/xlsx). Any bytes, read as an .xlsx file, must either be
// refused with an Error that names the file, or give a CSV where
//  - the text is valid UTF-8;
//  - record marks go forward: offsets inside the CSV and increasing, lines and sheet rows
//    increasing;
//  - every record the CSV reader finds starts at a record mark, and the cell locator maps it to
//    that mark's sheet row (findings would name the right row).
// Limits are lowered so a run stays fast; the caps themselves are what is being exercised.
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "reader/csv_reader.hpp"
#include "text/java_text.hpp"
#include "tools/fuzz/fuzz_check.hpp"
#include "xlsx/sheet_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cerslint;
  const int fd = ::memfd_create("fuzz.xlsx", MFD_CLOEXEC);
  if (fd < 0) return 0;
  if (::write(fd, data, size) != static_cast<ssize_t>(size)) {
    ::close(fd);
    return 0;
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  xlsx::Limits limits;
  limits.max_sheet_bytes = 16u << 20;
  limits.max_part_bytes = 4u << 20;
  limits.max_shared_string_bytes = 1u << 20;
  limits.ratio_floor = 1u << 20;
  auto got = xlsx::sheet_to_csv(path, "", limits);
  if (!got) {
    FUZZ_REQUIRE(!got.error().message.empty(), "an error without a message");
    FUZZ_REQUIRE(got.error().path == path, "an error that does not name the file");
    ::close(fd);
    return 0;
  }
  std::ifstream in(got->csv.path(), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string csv = ss.str();
  FUZZ_REQUIRE(text::is_valid_utf8(csv), "the CSV is not valid UTF-8");
  const auto& marks = got->records;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    FUZZ_REQUIRE(marks[i].offset < csv.size(), "a record mark past the end of the CSV");
    FUZZ_REQUIRE(marks[i].sheet_row >= 1, "a record without a sheet row");
    if (i > 0) {
      FUZZ_REQUIRE(marks[i].offset > marks[i - 1].offset, "record offsets do not increase");
      FUZZ_REQUIRE(marks[i].line > marks[i - 1].line, "record lines do not increase");
      FUZZ_REQUIRE(marks[i].sheet_row > marks[i - 1].sheet_row, "sheet rows do not increase");
    }
  }
  auto input = reader::Input::open(got->csv.path());
  FUZZ_REQUIRE(input.ok(), "the converted CSV cannot be opened");
  reader::CsvReader reader(std::move(input).value());
  xlsx::CellLocator locator(*got);
  while (const reader::Record* r = reader.next()) {
    const auto it = std::lower_bound(
        marks.begin(), marks.end(), r->offset(),
        [](const xlsx::RecordMark& m, std::uint64_t o) { return m.offset < o; });
    FUZZ_REQUIRE(it != marks.end() && it->offset == r->offset(),
                 "a CSV record that does not start at a record mark");
    FUZZ_REQUIRE(it->line == r->line(), "a record mark's line differs from the reader's");
    const auto cell = locator.at(r->offset());
    FUZZ_REQUIRE(cell && cell->row == it->sheet_row && cell->column == 1,
                 "the locator maps a record's start to another cell");
  }
  ::close(fd);
  return 0;
}
