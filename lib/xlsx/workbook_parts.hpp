// The small parts of a workbook, read before the sheet: which sheets there are and where
// (xl/workbook.xml and its relationships), the shared-string table (xl/sharedStrings.xml) and
// the cell formats (xl/styles.xml).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"
#include "xlsx/limits.hpp"
#include "xlsx/number_text.hpp"
#include "xlsx/zip_archive.hpp"

namespace cerslint::xlsx {

struct SheetInfo {
  std::string name;   // as the tab shows it
  std::string part;   // e.g. xl/worksheets/sheet1.xml
  bool hidden = false;
};

struct WorkbookInfo {
  std::vector<SheetInfo> sheets;   // in tab order
  std::string shared_strings_part;  // empty: the workbook has none
  std::string styles_part;          // empty: every cell is General
  bool date1904 = false;
};

Result<WorkbookInfo> read_workbook(const ZipArchive& zip, const Limits& limits);

// The shared strings in one block of text with an offset per string: 8 bytes of overhead per
// string instead of a std::string's 32, counted against Limits::max_shared_string_bytes.
class SharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::string_view at(std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }
  void add(std::string_view s) {
    text_.append(s);
    ends_.push_back(text_.size());
  }
  std::uint64_t bytes() const { return text_.size() + 8 * ends_.size(); }

 private:
  std::string text_;
  std::vector<std::uint64_t> ends_;
};

Result<SharedStrings> read_shared_strings(const ZipArchive& zip, const std::string& part,
                                          const Limits& limits);

// One NumberFormat per cell format (the cellXfs list; a cell's s="N" indexes it).
Result<std::vector<NumberFormat>> read_styles(const ZipArchive& zip, const std::string& part,
                                              const Limits& limits);

// OOXML's escapes in string values: "_x000D_" is a carriage return, "_x005F_" an underscore.
std::string decode_escapes(std::string_view s);

// Reads a whole part through an XmlHandler (shared by the readers above and the sheet reader).
std::optional<Error> parse_part(const ZipArchive& zip, const std::string& part,
                                std::uint64_t max_bytes, const Limits& limits, class XmlHandler& h);

}  // namespace cerslint::xlsx
