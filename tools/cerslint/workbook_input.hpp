// Inputs that are Excel workbooks (.xlsx): the sheet is converted to a private temporary CSV
// (lib/xlsx) and `check` / `fix` read that, as if the coordinator had saved the sheet as CSV
// UTF-8 without losing a digit. Findings are then pointed back at the sheet's cells.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include "engine/finding.hpp"
#include "util/result.hpp"
#include "xlsx/sheet_csv.hpp"

namespace cerslint::cli {

// A file as `check` and `fix` read it.
struct InputFile {
  std::string csv_path;                // what to read: the file itself or the converted sheet
  std::optional<xlsx::SheetCsv> sheet;  // set when the input is a workbook
};

// `path` itself, or for a workbook (see xlsx::is_workbook_path) sheet `sheet` (empty: the first)
// converted to CSV. Errors name the file.
Result<InputFile> open_input(const std::string& path, const std::string& sheet);

// The conversion's notes, one line per kind: the first cells and a count for the rest, then
// what was seen ("PATH: note: Sheet1!B2, Sheet1!B3 and 40 more: school id stored as a number;
// ..."), written to `out` in one piece (safe from --jobs threads).
// `redact`: mask SSIDs and e-mail names in the cells' values, as --redact does for findings.
void print_notes(std::FILE* out, const std::string& path, const xlsx::SheetCsv& sheet,
                 bool redact = false);

// Rewrites each finding's location to the sheet's cell (line = sheet row, column = sheet
// column) and starts its message with the cell's name ("Sheet1!B12: ..."), then forwards it.
class CellFindingSink final : public engine::FindingSink {
 public:
  CellFindingSink(const xlsx::SheetCsv& sheet, engine::FindingSink& inner)
      : sheet_(sheet), locator_(sheet), inner_(inner) {}
  void on_finding(const engine::Finding& finding) override;

 private:
  const xlsx::SheetCsv& sheet_;
  xlsx::CellLocator locator_;
  engine::FindingSink& inner_;
  std::string message_;
};

}  // namespace cerslint::cli
