// How much of a workbook cerslint is willing to read. An .xlsx is a zip archive, and a zip entry
// of a few kilobytes can inflate to gigabytes (a "zip bomb"); these caps keep memory and disk use
// bounded whatever the file says about itself. Each cap, when reached, is a clear error (exit 2).
#pragma once

#include <cstdint>

namespace cerslint::xlsx {

struct Limits {
  // Any entry whose central directory declares more than this is refused before reading.
  // The worksheet is streamed (never held in memory), so its cap is generous: a CERS file of
  // a million rows is about 300 MB of sheet XML.
  std::uint64_t max_sheet_bytes = 2ull << 30;
  // The other parts (workbook, relationships, styles, shared strings) are small in real files.
  std::uint64_t max_part_bytes = 512ull << 20;
  // Inflated bytes per compressed byte, checked while inflating once an entry has produced
  // ratio_floor bytes. Real sheets compress 5-30:1; a zip bomb reaches 1000:1.
  std::uint64_t max_ratio = 200;
  std::uint64_t ratio_floor = 8ull << 20;
  // The shared-string table is the one part held in memory: its text plus 8 bytes per string.
  std::uint64_t max_shared_string_bytes = 64ull << 20;
  // One cell's text (Excel's own limit is 32 767 characters).
  std::uint64_t max_cell_bytes = 1ull << 20;
  // Cells in one row (Excel's last column is XFD, 16 384).
  std::uint32_t max_columns = 16384;
  // The text of one row, and of the whole CSV written. A cell that names a shared string copies
  // it, so a small sheet whose cells all name one long string would otherwise multiply it.
  std::uint64_t max_row_bytes = 16ull << 20;
  std::uint64_t max_csv_bytes = 2ull << 30;
};

}  // namespace cerslint::xlsx
