// The worksheet reader: an XmlHandler over the sheet part that turns each <row> into one CSV
// record as soon as the row ends.
#include "xlsx/sheet_csv.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "util/csv_field.hpp"
#include "xlsx/number_text.hpp"
#include "xlsx/workbook_parts.hpp"
#include "xlsx/xml_stream.hpp"
#include "xlsx/zip_archive.hpp"

namespace cerslint::xlsx {

bool is_workbook_path(std::string_view path) {
  if (path.size() < 5) return false;
  std::string ext(path.substr(path.size() - 5));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".xlsx" || ext == ".xlsm";
}

namespace {

std::string column_letters(std::uint32_t column) {
  std::string letters;
  for (std::uint32_t c = column; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters;
}

}  // namespace

std::string sheet_ref(std::string_view sheet) {
  bool plain = !sheet.empty() && !std::isdigit(static_cast<unsigned char>(sheet[0]));
  for (char c : sheet) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') plain = false;
  }
  if (plain) return std::string(sheet);
  std::string out = "'";
  for (char c : sheet) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string cell_name(std::uint32_t column, std::uint32_t row) {
  return column_letters(column) + std::to_string(row);
}

namespace {

// The CERS column a header names, for the conversions that depend on it.
enum class Role : std::uint8_t { kOther, kGroup, kSchool, kYear, kSubject, kSsid, kLogin };

Role role_of(std::string_view header) {
  std::string h;
  for (char c : header) {
    if (c != ' ' && c != '\t') h += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (h == "group_name") return Role::kGroup;
  if (h == "school_natural_id") return Role::kSchool;
  if (h == "school_year") return Role::kYear;
  if (h == "subject_code") return Role::kSubject;
  if (h == "student_ssid") return Role::kSsid;
  if (h == "group_user_login") return Role::kLogin;
  return Role::kOther;
}

// "B12" -> column 2, row 12 (either may be 0 when absent or malformed).
void parse_ref(std::string_view ref, std::uint32_t& column, std::uint32_t& row) {
  column = 0;
  row = 0;
  std::size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    column = column * 26 + static_cast<std::uint32_t>(std::toupper(ref[i]) - 'A' + 1);
    if (column > (1u << 24)) return;
  }
  for (; i < ref.size() && std::isdigit(static_cast<unsigned char>(ref[i])); ++i) {
    row = row * 10 + static_cast<std::uint32_t>(ref[i] - '0');
    if (row > (1u << 28)) return;
  }
}

// Kinds of notes, in the order they are printed.
enum NoteKind : int {
  kSchoolNumber,
  kSchoolNumberPadded,
  kSchoolNumberOdd,
  kSsidNumber,
  kSsidNumberShort,
  kIdNotWhole,
  kGroupDate,
  kOtherDate,
  kFormulaNoValue,
  kErrorValue,
  kMerged,
  kHiddenRow,
  kHiddenColumn,
  kTrailingEmpty,
  kNoteKinds
};

struct Cell {
  std::uint32_t column = 0;
  std::string text;
};

class SheetHandler final : public XmlHandler {
 public:
  SheetHandler(const std::string& sheet, const SharedStrings& strings,
               const std::vector<NumberFormat>& formats, bool date1904, const Limits& limits,
               output::FileWriter& out, std::vector<RecordMark>& records)
      : sheet_(sheet), strings_(strings), formats_(formats), date1904_(date1904),
        limits_(limits), out_(out), records_(records) {}

  void start(std::string_view name, const char** attrs) override {
    if (name == "c") {
      start_cell(attrs);
    } else if (name == "v" && in_cell_) {
      in_value_ = true;
    } else if (name == "f" && in_cell_) {
      has_formula_ = true;
    } else if (name == "is" && in_cell_) {
      in_inline_ = true;
    } else if (name == "rPh") {
      ++in_phonetic_;
    } else if (name == "t" && in_inline_ && in_phonetic_ == 0) {
      in_value_ = true;
    } else if (name == "row") {
      start_row(attrs);
    } else if (name == "mergeCell") {
      if (const char* ref = attr(attrs, "ref")) note(kMerged, sheet_ + "!" + ref);
    } else if (name == "col") {
      const char* hidden = attr(attrs, "hidden");
      const char* min = attr(attrs, "min");
      if (hidden != nullptr && is_true(hidden) && min != nullptr) {
        const std::string letters = column_letters(static_cast<std::uint32_t>(std::atoi(min)));
        note(kHiddenColumn, sheet_ + "!" + letters + ":" + letters);
      }
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "rPh") {
      --in_phonetic_;
    } else if (name == "c") {
      end_cell();
    } else if (name == "row") {
      end_row();
    }
  }

  void text(std::string_view s) override {
    if (!in_value_) return;
    value_.append(s);
    if (value_.size() > limits_.max_cell_bytes && !stop) {
      stop = Error{fmt::format("cell {}!{} holds more than {} bytes; Excel cells hold at most "
                               "32 767 characters, so this is not a normal workbook",
                               sheet_, cell_name(column_, row_), limits_.max_cell_bytes),
                   ""};
    }
  }

  // After the last row: rows without values at the end are left out (Excel's used range often
  // runs past the data because of formatting); say so.
  void finish() {
    if (header_seen_ && last_row_ > last_content_row_) {
      // One range, one note ("Sheet1!5:7", Excel's way of naming whole rows).
      note(kTrailingEmpty, fmt::format("{}!{}:{}", sheet_, last_content_row_ + 1, last_row_));
    }
  }

  std::vector<Note> take_notes() {
    std::vector<Note> out;
    for (int k = 0; k < kNoteKinds; ++k) {
      if (notes_[k].count == 0) continue;
      notes_[k].what = note_text(static_cast<NoteKind>(k));
      notes_[k].personal = k == kSsidNumberShort;
      out.push_back(std::move(notes_[k]));
    }
    return out;
  }

 private:
  static constexpr std::uint32_t kMaxRows = 1048576;
  static bool is_true(std::string_view v) { return v == "1" || v == "true"; }

  void note(NoteKind kind, std::string cell, std::uint64_t count = 1) {
    Note& n = notes_[kind];
    n.count += count;
    if (n.cells.size() < Note::kNoteCells) n.cells.push_back(std::move(cell));
  }

  // A note about the current cell, named ("Sheet1!B12 (detail)") only while examples are
  // still wanted: most cells of a big sheet only count.
  void note_cell(NoteKind kind, std::string_view detail = {}, bool quote = false) {
    Note& n = notes_[kind];
    ++n.count;
    if (n.cells.size() >= Note::kNoteCells) return;
    std::string cell = sheet_ + "!" + cell_name(column_, row_);
    if (!detail.empty()) cell += quote ? fmt::format(" (\"{}\")", detail) : fmt::format(" ({})", detail);
    n.cells.push_back(std::move(cell));
  }

  std::string note_text(NoteKind kind) const {
    switch (kind) {
      case kSchoolNumber:
        return "school id stored as a number; written with all 14 digits. Format the "
               "school_natural_id column as Text in Excel so the next save cannot turn it into "
               "1.23457E+13";
      case kSchoolNumberPadded:
        return "school id of a county 01-09 stored as a number, which lost its leading zero; "
               "written with the zero put back (14 digits). Format the column as Text in Excel";
      case kSchoolNumberOdd:
        return "school id stored as a number that does not have 13 or 14 digits; written as "
               "the number's digits, for a person to correct";
      case kSsidNumber:
        return "SSID stored as a number; written with all its digits. Format the student_ssid "
               "column as Text in Excel";
      case kSsidNumberShort:
        return "SSID stored as a number with fewer than 10 digits: a leading zero or a digit "
               "may have been lost. Written as stored; not padded, because it cannot be told "
               "which";
      case kIdNotWhole:
        return "id stored as a number that is not a whole number; written as stored, for a "
               "person to correct";
      case kGroupDate:
        return "group name is a date: Excel turned what was typed (a section such as 5-1) into "
               "a date. Written as the cell showed it; retype the name in a Text-formatted cell";
      case kOtherDate:
        return "date in a CERS column; written as the cell showed it";
      case kFormulaNoValue:
        return "formula without a saved result (the workbook was not recalculated when saved); "
               "written as an empty cell. Open and save the workbook in Excel";
      case kErrorValue:
        return "cell shows an error value (#N/A, #REF!...); written as it shows";
      case kMerged:
        return "merged cells: only the first cell of a merged range holds a value, the others "
               "are empty in the CSV. Unmerge them in Excel (Home > Merge & Center)";
      case kHiddenRow:
        return "hidden row: it is part of the file CERS would receive. Unhide rows in Excel to "
               "see what you upload";
      case kHiddenColumn:
        return "hidden column: it is part of the file CERS would receive";
      case kTrailingEmpty:
        return "empty rows at the end of the sheet (formatting only) were left out";
      case kNoteKinds: break;
    }
    return {};
  }

  void start_row(const char** attrs) {
    std::uint32_t r = last_row_ + 1;
    if (const char* ref = attr(attrs, "r")) {
      std::uint32_t c = 0;
      std::uint32_t given = 0;
      parse_ref(ref, c, given);
      if (given > last_row_) r = given;
    }
    if (r > kMaxRows && !stop) {
      stop = Error{fmt::format("sheet {} has a row numbered {}, past Excel's last row "
                               "(1 048 576); this is not a normal workbook",
                               sheet_, r),
                   ""};
    }
    row_ = r;
    row_bytes_ = 0;
    cells_.clear();
    next_column_ = 1;
    const char* hidden = attr(attrs, "hidden");
    row_hidden_ = hidden != nullptr && is_true(hidden);
  }

  void start_cell(const char** attrs) {
    in_cell_ = true;
    has_formula_ = false;
    value_.clear();
    column_ = next_column_;
    if (const char* ref = attr(attrs, "r")) {
      std::uint32_t c = 0, r = 0;
      parse_ref(ref, c, r);
      if (c >= next_column_) column_ = c;
    }
    if (column_ > limits_.max_columns && !stop) {
      stop = Error{fmt::format("sheet {} has a cell in column {}, past Excel's last column "
                               "(XFD); this is not a normal workbook",
                               sheet_, column_),
                   ""};
    }
    next_column_ = column_ + 1;
    const char* t = attr(attrs, "t");
    type_ = t == nullptr ? "n" : t;
    const char* s = attr(attrs, "s");
    style_ = s == nullptr ? 0 : static_cast<std::uint32_t>(std::atoi(s));
  }

  Role role(std::uint32_t column) const {
    return column - 1 < roles_.size() ? roles_[column - 1] : Role::kOther;
  }

  const NumberFormat& format() const {
    static const NumberFormat general;
    return style_ < formats_.size() ? formats_[style_] : general;
  }

  // The text of a number cell in its column.
  std::string number_text() {
    const NumberFormat& f = format();
    const Role r = role(column_);
    if (f.kind == NumberFormat::Kind::kDate) {
      if (auto d = date_text(value_, f.code, date1904_)) {
        note_cell(r == Role::kGroup ? kGroupDate : kOtherDate, *d, true);
        return *d;
      }
    }
    std::string plain = plain_decimal(value_).value_or(value_);
    const bool whole = is_unsigned_integer(plain);
    // A zero-padded format ("0000000000") shows the zeros, and a CSV saved by Excel has them.
    if (whole && f.kind == NumberFormat::Kind::kZeroPadded && plain.size() < f.width) {
      plain.insert(0, f.width - plain.size(), '0');
    }
    if (r == Role::kSchool) {
      if (!whole) {
        note_cell(kIdNotWhole);
      } else if (plain.size() == 13) {
        // CDS codes are 14 digits; the 13-digit ones are county 01-09 codes without their zero.
        plain.insert(0, 1, '0');
        note_cell(kSchoolNumberPadded, plain);
      } else if (plain.size() == 14) {
        note_cell(kSchoolNumber);
      } else {
        note_cell(kSchoolNumberOdd, plain);
      }
    } else if (r == Role::kSsid) {
      if (!whole) {
        note_cell(kIdNotWhole);
      } else if (plain.size() < 10) {
        note_cell(kSsidNumberShort, plain);
      } else {
        note_cell(kSsidNumber);
      }
    }
    return plain;
  }

  void end_cell() {
    in_cell_ = false;
    in_value_ = false;
    std::string text;
    if (type_ == "s") {
      const long long i = value_.empty() ? -1 : std::atoll(value_.c_str());
      if (i >= 0 && static_cast<std::size_t>(i) < strings_.size()) text = strings_.at(i);
    } else if (type_ == "inlineStr" || type_ == "str") {
      text = decode_escapes(value_);
    } else if (type_ == "b") {
      text = value_ == "1" ? "TRUE" : value_.empty() ? "" : "FALSE";
    } else if (type_ == "e") {
      text = value_;
      note_cell(kErrorValue, value_);
    } else if (!value_.empty()) {  // "n" (number) and "d" (ISO date text, kept as is)
      text = type_ == "d" ? value_ : number_text();
    }
    if (has_formula_ && value_.empty() && type_ != "inlineStr") note_cell(kFormulaNoValue);
    row_bytes_ += text.size();
    if (row_bytes_ > limits_.max_row_bytes && !stop) {
      stop = Error{fmt::format("row {} of sheet {} holds more than {} MiB of text; this is not a "
                               "normal workbook",
                               row_, sheet_, limits_.max_row_bytes >> 20),
                   ""};
    }
    if (!text.empty()) cells_.push_back({column_, std::move(text)});
  }

  void end_row() {
    if (row_hidden_ && !cells_.empty()) note(kHiddenRow, fmt::format("{}!{}:{}", sheet_, row_, row_));
    if (cells_.empty()) {  // written only if a row with values follows
      last_row_ = row_;
      return;
    }
    if (!header_seen_) {
      header_seen_ = true;
      width_ = cells_.back().column;
      roles_.assign(width_, Role::kOther);
      for (const Cell& c : cells_) roles_[c.column - 1] = role_of(c.text);
    } else {
      // Rows missing from the sheet, or present without values, between data rows: Excel's CSV
      // has a row of commas for each, and so does this one (CERS would see them).
      for (std::uint32_t r = last_content_row_ + 1; r < row_; ++r) write_row(r, {});
    }
    write_row(row_, cells_);
    last_row_ = last_content_row_ = row_;
  }

  void write_row(std::uint32_t row, const std::vector<Cell>& cells) {
    records_.push_back({offset_, line_, row});
    line_text_.clear();
    std::uint32_t column = 1;
    const std::uint32_t last = std::max(width_, cells.empty() ? 0 : cells.back().column);
    auto it = cells.begin();
    for (; column <= last; ++column) {
      if (column > 1) line_text_ += ',';
      if (it != cells.end() && it->column == column) {
        util::append_csv_field(line_text_, it->text);
        ++it;
      }
    }
    line_text_ += "\r\n";
    // Physical lines as the CSV reader counts them: LF, CRLF and a lone CR each end one.
    for (std::size_t i = 0; i < line_text_.size(); ++i) {
      const char c = line_text_[i];
      if (c == '\n' || (c == '\r' && (i + 1 == line_text_.size() || line_text_[i + 1] != '\n'))) {
        ++line_;
      }
    }
    offset_ += line_text_.size();
    if (offset_ > limits_.max_csv_bytes && !stop) {
      stop = Error{fmt::format("sheet {} would make a CSV of more than {} MiB; this is not a "
                               "normal CERS group file. Save the sheet as CSV UTF-8 and check the "
                               "CSV instead",
                               sheet_, limits_.max_csv_bytes >> 20),
                   ""};
      return;
    }
    out_.write(line_text_);
  }

  const std::string& sheet_;
  const SharedStrings& strings_;
  const std::vector<NumberFormat>& formats_;
  const bool date1904_;
  const Limits& limits_;
  output::FileWriter& out_;
  std::vector<RecordMark>& records_;

  // The cell being read.
  bool in_cell_ = false, in_value_ = false, in_inline_ = false, has_formula_ = false;
  int in_phonetic_ = 0;
  std::string type_;
  std::uint32_t style_ = 0;
  std::uint32_t column_ = 0, next_column_ = 1;
  std::string value_;
  // The row being read.
  std::uint32_t row_ = 0;
  bool row_hidden_ = false;
  std::vector<Cell> cells_;
  std::uint64_t row_bytes_ = 0;
  // The sheet so far.
  std::uint32_t last_row_ = 0;
  bool header_seen_ = false;
  std::uint32_t width_ = 0;
  std::vector<Role> roles_;
  std::uint32_t last_content_row_ = 0;
  std::uint64_t offset_ = 0, line_ = 1;
  std::string line_text_;
  Note notes_[kNoteKinds];
};

std::string sheet_list(const WorkbookInfo& info) {
  std::string out;
  for (const SheetInfo& s : info.sheets) out += (out.empty() ? "\"" : ", \"") + s.name + "\"";
  return out;
}

}  // namespace

Result<SheetCsv> sheet_to_csv(const std::string& path, const std::string& sheet,
                              const Limits& limits) {
  auto zip = ZipArchive::open(path);
  if (!zip) return zip.error();
  auto info = read_workbook(*zip, limits);
  if (!info) return info.error();
  const SheetInfo* chosen = &info->sheets.front();
  if (!sheet.empty()) {
    chosen = nullptr;
    for (const SheetInfo& s : info->sheets) {
      if (s.name == sheet) chosen = &s;
    }
    if (chosen == nullptr) {
      return Error{fmt::format("the workbook has no sheet \"{}\"; its sheets are {}", sheet,
                               sheet_list(*info)),
                   path};
    }
  }
  SharedStrings strings;
  if (!info->shared_strings_part.empty() && zip->contains(info->shared_strings_part)) {
    auto read = read_shared_strings(*zip, info->shared_strings_part, limits);
    if (!read) return read.error();
    strings = std::move(read).value();
  }
  std::vector<NumberFormat> formats;
  if (!info->styles_part.empty() && zip->contains(info->styles_part)) {
    auto read = read_styles(*zip, info->styles_part, limits);
    if (!read) return read.error();
    formats = std::move(read).value();
  }
  auto temp = output::TempFile::create();
  if (!temp) return temp.error();
  auto writer = output::FileWriter::open(temp->path());
  if (!writer) return writer.error();
  SheetCsv result{std::move(temp).value(), chosen->name, {}, {}};
  const std::string ref = sheet_ref(result.sheet);
  SheetHandler handler(ref, strings, formats, info->date1904, limits, *writer,
                       result.records);
  if (auto err = parse_part(*zip, chosen->part, limits.max_sheet_bytes, limits, handler)) {
    return *err;
  }
  handler.finish();
  if (auto err = writer->finish()) return *err;
  result.notes = handler.take_notes();
  return result;
}

CellLocator::CellLocator(const SheetCsv& sheet) : sheet_(sheet) {
  fd_ = ::open(sheet.csv.path().c_str(), O_RDONLY | O_CLOEXEC);
}

CellLocator::~CellLocator() {
  if (fd_ >= 0) ::close(fd_);
}

std::optional<CellLocator::Cell> CellLocator::at(std::uint64_t offset) const {
  const auto& recs = sheet_.records;
  auto it = std::upper_bound(recs.begin(), recs.end(), offset,
                             [](std::uint64_t o, const RecordMark& m) { return o < m.offset; });
  if (it == recs.begin()) return std::nullopt;
  --it;
  Cell cell{it->sheet_row, 0};
  // Count the fields before `offset` in the record's bytes (as written by SheetHandler: quotes
  // only around whole fields). Records longer than 1 MiB before the offset: column unknown.
  const std::uint64_t length = offset - it->offset;
  if (fd_ < 0 || length > (1u << 20)) return cell;
  std::string bytes(length, '\0');
  if (::pread(fd_, bytes.data(), length, static_cast<off_t>(it->offset)) !=
      static_cast<ssize_t>(length)) {
    return cell;
  }
  bool quoted = false;
  std::uint32_t column = 1;
  for (char c : bytes) {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      ++column;
    }
  }
  cell.column = column;
  return cell;
}

std::optional<std::uint32_t> CellLocator::row_of_line(std::uint64_t line) const {
  const auto& recs = sheet_.records;
  auto it = std::upper_bound(recs.begin(), recs.end(), line,
                             [](std::uint64_t l, const RecordMark& m) { return l < m.line; });
  if (it == recs.begin()) return std::nullopt;
  return std::prev(it)->sheet_row;
}

}  // namespace cerslint::xlsx
