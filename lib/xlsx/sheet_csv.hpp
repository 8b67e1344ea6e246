// One worksheet of a workbook as a UTF-8 CSV file, the way a careful person would have saved it:
// every cell's value as text, numbers with all their digits (never Excel's "1.23457E+13"), school
// ids of counties 01-09 with their leading zero, dates as the text the cell showed. The CSV is a
// private temporary file, written row by row while the sheet's XML is unpacked (memory holds one
// row and the shared-string table). Each CSV record remembers its sheet row, so findings on the
// CSV can name the cell ("Sheet1!B12"). What the conversion noticed (merged cells, hidden rows,
// dates, numbers in id columns) comes back as notes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output/temp_file.hpp"
#include "util/result.hpp"
#include "xlsx/limits.hpp"

namespace cerslint::xlsx {

// Where a CSV record starts, and the sheet row it came from.
struct RecordMark {
  std::uint64_t offset = 0;    // byte offset of the record in the CSV
  std::uint64_t line = 0;      // its first physical line (1-based)
  std::uint32_t sheet_row = 0;  // 1-based row number in the sheet
};

// Something the conversion noticed, for the person: `cells` names the first few cells it
// concerns ("Sheet1!A5:C5", "Sheet1!B12"), `count` how many there were.
struct Note {
  std::string what;                // one sentence: what was seen and what to do
  std::vector<std::string> cells;  // at most kNoteCells examples
  std::uint64_t count = 0;
  bool personal = false;  // the cells' details "(...)" are SSIDs: masked by --redact
  static constexpr std::size_t kNoteCells = 5;
};

struct SheetCsv {
  output::TempFile csv;
  std::string sheet;                 // the sheet read, as its tab names it
  std::vector<RecordMark> records;   // one per CSV record, in order
  std::vector<Note> notes;
};

// Whether `path` names a workbook cerslint reads (.xlsx or .xlsm, any letter case).
bool is_workbook_path(std::string_view path);

// Converts sheet `sheet` (empty: the first sheet) of the workbook at `path`. Errors name `path`
// and say what is wrong in plain words: not a workbook, damaged, no such sheet (listing the
// sheets), or bigger than `limits`. Lines end with CRLF, as in the CERS template.
Result<SheetCsv> sheet_to_csv(const std::string& path, const std::string& sheet,
                              const Limits& limits = {});

// How a formula names sheet `sheet`: as is, or in single quotes when it has spaces or
// punctuation ('Groups 2026').
std::string sheet_ref(std::string_view sheet);

// "B12" from a 1-based column and row.
std::string cell_name(std::uint32_t column, std::uint32_t row);

// Finds the cell a CSV byte offset falls in, by reading the record's bytes back from the CSV.
class CellLocator {
 public:
  CellLocator(const SheetCsv& sheet);
  ~CellLocator();
  CellLocator(const CellLocator&) = delete;
  CellLocator& operator=(const CellLocator&) = delete;

  struct Cell {
    std::uint32_t row = 0;     // sheet row
    std::uint32_t column = 0;  // 1-based sheet column; 0 when unknown
  };
  // The cell holding byte `offset` of the CSV; nullopt when the offset is before the first
  // record.
  std::optional<Cell> at(std::uint64_t offset) const;
  // The sheet row of physical CSV line `line` (for fix messages, which carry lines).
  std::optional<std::uint32_t> row_of_line(std::uint64_t line) const;

 private:
  const SheetCsv& sheet_;
  int fd_ = -1;
};

}  // namespace cerslint::xlsx
