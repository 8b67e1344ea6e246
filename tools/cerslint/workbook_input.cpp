// Workbook inputs for the CLI.
#include "tools/cerslint/workbook_input.hpp"

#include <fmt/format.h>

#include <mutex>

#include "report/redact.hpp"

namespace cerslint::cli {

Result<InputFile> open_input(const std::string& path, const std::string& sheet) {
  if (!xlsx::is_workbook_path(path)) return InputFile{path, std::nullopt};
  auto converted = xlsx::sheet_to_csv(path, sheet);
  if (!converted) {
    Error e = converted.error();
    e.path = path;
    return e;
  }
  InputFile in;
  in.csv_path = converted->csv.path();
  in.sheet.emplace(std::move(converted).value());
  in.csv_path = in.sheet->csv.path();  // the TempFile moved: take its path from its new home
  return in;
}

void print_notes(std::FILE* out, const std::string& path, const xlsx::SheetCsv& sheet,
                 bool redact) {
  std::string text;
  for (const xlsx::Note& n : sheet.notes) {
    std::string cells;
    for (std::string cell : n.cells) {
      // "Sheet1!E5 (901730066)": with --redact, the SSID in parentheses is masked.
      const std::size_t open = cell.find(" (");
      if (redact && n.personal && open != std::string::npos && cell.back() == ')') {
        const std::string id = cell.substr(open + 2, cell.size() - open - 3);
        cell = cell.substr(0, open + 2) + report::mask_identifier(id) + ")";
      }
      cells += (cells.empty() ? "" : ", ") + cell;
    }
    if (n.count > n.cells.size()) cells += fmt::format(" and {} more", n.count - n.cells.size());
    if (redact) cells = report::redact_text(cells);
    text += fmt::format("{}: note: {}: {}\n", path, cells, n.what);
  }
  static std::mutex lock;  // --jobs workers print whole blocks
  const std::lock_guard<std::mutex> hold(lock);
  std::fwrite(text.data(), 1, text.size(), out);
  std::fflush(out);
}

void CellFindingSink::on_finding(const engine::Finding& finding) {
  if (finding.location.line == 0) {  // about the whole file: no cell
    inner_.on_finding(finding);
    return;
  }
  const auto cell = locator_.at(finding.location.offset);
  if (!cell) {
    inner_.on_finding(finding);
    return;
  }
  engine::Finding f = finding;
  f.location.line = cell->row;
  f.location.column = cell->column;
  message_ = xlsx::sheet_ref(sheet_.sheet) + "!" +
             (cell->column > 0 ? xlsx::cell_name(cell->column, cell->row)
                               : std::to_string(cell->row));
  message_ += ": ";
  message_.append(finding.message);
  f.message = message_;
  inner_.on_finding(f);
}

}  // namespace cerslint::cli
