// The template workbook, written with libxlsxwriter into a temporary file beside the target and
// renamed over it, so an interrupted run never leaves half a workbook under the asked name.
#include "tools/cerslint/template_command.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string_view>

namespace cerslint::cli {
namespace {

struct Column {
  std::string_view name;
  double width;  // in characters, wide enough for typical values
};

// CERS's template order (docs/spec). Every column is Text: each value is text to CERS, compared
// character by character, and Excel's guesses (numbers, dates) are what damages them.
constexpr std::array<Column, 6> kColumns = {{{"group_name", 28},
                                              {"school_natural_id", 18},
                                              {"school_year", 12},
                                              {"subject_code", 13},
                                              {"student_ssid", 14},
                                              {"group_user_login", 32}}};

}  // namespace

int run_template(const TemplateArgs& args) {
  if (args.xlsx.empty()) {
    std::string header;
    for (const Column& c : kColumns) header += fmt::format("{}{}", header.empty() ? "" : ",", c.name);
    fmt::print("{}\r\n", header);
    return 0;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(args.xlsx, ec) && !args.force) {
    fmt::print(stderr, "cerslint: {}: already exists; use --force to replace it\n", args.xlsx);
    return 2;
  }
  const fs::path target(args.xlsx);
  const fs::path temp = target.parent_path() /
                        fmt::format(".{}.cerslint-{}.tmp", target.filename().string(), ::getpid());
  lxw_workbook* wb = workbook_new(temp.c_str());
  if (wb == nullptr) {
    fmt::print(stderr, "cerslint: {}: cannot create the workbook\n", args.xlsx);
    return 2;
  }
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Groups");
  // Built-in format 49 is Excel's own "Text" (format code "@").
  lxw_format* text = workbook_add_format(wb);
  format_set_num_format_index(text, 49);
  lxw_format* header = workbook_add_format(wb);
  format_set_num_format_index(header, 49);
  format_set_bold(header);
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    const auto col = static_cast<lxw_col_t>(i);
    // The whole column's format: cells typed or pasted later take it.
    worksheet_set_column(ws, col, col, kColumns[i].width, text);
    worksheet_write_string(ws, 0, col, std::string(kColumns[i].name).c_str(), header);
  }
  worksheet_freeze_panes(ws, 1, 0);
  const lxw_error closed = workbook_close(wb);
  if (closed != LXW_NO_ERROR) {
    fs::remove(temp, ec);
    fmt::print(stderr, "cerslint: {}: cannot write the workbook ({})\n", args.xlsx,
               lxw_strerror(closed));
    return 2;
  }
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    fmt::print(stderr, "cerslint: {}: cannot write the workbook ({})\n", args.xlsx, ec.message());
    return 2;
  }
  fmt::print("{}: CERS template with every column formatted as Text; fill it in Excel, then "
             "check it with `cerslint check {}`\n",
             args.xlsx, args.xlsx);
  return 0;
}

}  // namespace cerslint::cli
