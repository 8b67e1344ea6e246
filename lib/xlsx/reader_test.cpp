// The workbook reader on workbooks written here: by libxlsxwriter (as a spreadsheet program
// would), by hand (what libxlsxwriter cannot write), and damaged or hostile ones.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "xlsx/sheet_csv.hpp"
#include "xlsx/test_workbooks.hpp"

namespace cerslint::xlsx {
namespace {

namespace fs = std::filesystem;
using test::package;
using test::sheet_xml;
using test::write_zip;

class Dir {
 public:
  Dir() {
    std::string name = (fs::temp_directory_path() / "cerslint_xlsx_XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) std::abort();
    path_ = name;
  }
  ~Dir() { fs::remove_all(path_); }
  std::string operator/(const std::string& n) const { return (path_ / n).string(); }

 private:
  fs::path path_;
};

std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string csv_of(const SheetCsv& s) { return slurp(s.csv.path()); }

const Note* find_note(const SheetCsv& s, std::string_view words) {
  for (const Note& n : s.notes) {
    if (n.what.find(words) != std::string::npos) return &n;
  }
  return nullptr;
}

constexpr const char* kHeader[] = {"group_name",   "school_natural_id", "school_year",
                                   "subject_code", "student_ssid",      "group_user_login"};

void write_header(lxw_worksheet* ws) {
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), kHeader[c], nullptr);
}

// What Excel keeps when a coordinator types ids into General cells: numbers.
TEST(XlsxReader, NumbersStoredAsNumbersComeBackWithEveryDigit) {
  Dir dir;
  const std::string path = dir / "groups.xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Groups");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "d-mmm");
  lxw_format* padded = workbook_add_format(wb);
  format_set_num_format(padded, "0000000000");
  lxw_format* text = workbook_add_format(wb);
  format_set_num_format(text, "@");
  write_header(ws);
  // Row 2: county 01 school as a number (lost its zero), SSID as a number.
  worksheet_write_string(ws, 1, 0, "Gr5 Math", nullptr);
  worksheet_write_number(ws, 1, 1, 1611760130062.0, nullptr);
  worksheet_write_number(ws, 1, 2, 2026, nullptr);
  worksheet_write_string(ws, 1, 3, "Math", nullptr);
  worksheet_write_number(ws, 1, 4, 9000000001.0, nullptr);
  // Row 3: 14-digit school as a number, SSID with a zero-padded format, year from a formula.
  worksheet_write_string(ws, 2, 0, "Gr5 Math", nullptr);
  worksheet_write_number(ws, 2, 1, 19647330122127.0, nullptr);
  worksheet_write_formula_num(ws, 2, 2, "=2025+1", nullptr, 2026);
  worksheet_write_number(ws, 2, 4, 901730066, padded);
  // Row 4: ids stored as text, a group name Excel turned into a date (May 1, 2024).
  lxw_datetime may1 = {2024, 5, 1, 0, 0, 0};
  worksheet_write_datetime(ws, 3, 0, &may1, date);
  worksheet_write_string(ws, 3, 1, "01100170112607", text);
  worksheet_write_string(ws, 3, 2, "2026", nullptr);
  worksheet_write_string(ws, 3, 4, "9000000002", text);
  worksheet_write_boolean(ws, 3, 5, 1, nullptr);
  // Row 5 left empty; row 6: a 9-digit SSID number without a padding format.
  worksheet_write_string(ws, 5, 0, "Gr6 ELA", nullptr);
  worksheet_write_number(ws, 5, 4, 901730066, nullptr);
  // Row 7: a rich string; hidden; merged over two cells.
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_rich_string_tuple a = {bold, (char*)"Gr6 "};
  lxw_rich_string_tuple b = {nullptr, (char*)"ELA"};
  lxw_rich_string_tuple* runs[] = {&a, &b, nullptr};
  worksheet_write_rich_string(ws, 6, 0, runs, nullptr);
  lxw_row_col_options hidden = {1, 0, 0};
  worksheet_set_row_opt(ws, 6, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
  worksheet_merge_range(ws, 6, 3, 6, 4, "ELA", nullptr);
  // Rows 9-10: formatting only (no values), as Excel's used range often has.
  worksheet_write_blank(ws, 9, 0, bold);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  auto got = sheet_to_csv(path, "");
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->sheet, "Groups");
  EXPECT_EQ(csv_of(*got),
            "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n"
            "Gr5 Math,01611760130062,2026,Math,9000000001,\r\n"
            "Gr5 Math,19647330122127,2026,,0901730066,\r\n"
            "1-May,01100170112607,2026,,9000000002,TRUE\r\n"
            ",,,,,\r\n"
            "Gr6 ELA,,,,901730066,\r\n"
            "Gr6 ELA,,,ELA,,\r\n");
  ASSERT_EQ(got->records.size(), 7u);
  EXPECT_EQ(got->records[4].sheet_row, 5u);
  EXPECT_EQ(got->records[6].sheet_row, 7u);
  EXPECT_EQ(got->records[6].line, 7u);

  const Note* padded_note = find_note(*got, "county 01-09");
  ASSERT_NE(padded_note, nullptr);
  EXPECT_EQ(padded_note->count, 1u);
  EXPECT_EQ(padded_note->cells[0], "Groups!B2 (01611760130062)");
  const Note* date_note = find_note(*got, "group name is a date");
  ASSERT_NE(date_note, nullptr);
  EXPECT_EQ(date_note->cells[0], "Groups!A4 (\"1-May\")");
  const Note* short_ssid = find_note(*got, "fewer than 10 digits");
  ASSERT_NE(short_ssid, nullptr);
  EXPECT_EQ(short_ssid->cells[0], "Groups!E6 (901730066)");
  ASSERT_NE(find_note(*got, "merged cells"), nullptr);
  EXPECT_EQ(find_note(*got, "merged cells")->cells[0], "Groups!D7:E7");
  ASSERT_NE(find_note(*got, "hidden row"), nullptr);
  EXPECT_EQ(find_note(*got, "hidden row")->cells[0], "Groups!7:7");
  ASSERT_NE(find_note(*got, "empty rows at the end"), nullptr);
  EXPECT_EQ(find_note(*got, "empty rows at the end")->cells[0], "Groups!8:10");
  EXPECT_EQ(find_note(*got, "empty rows at the end")->count, 1u);

  // Byte offsets of the CSV lead back to cells.
  CellLocator where(*got);
  const std::string csv = csv_of(*got);
  const std::size_t ssid = csv.find("0901730066");
  auto cell = where.at(ssid);
  ASSERT_TRUE(cell);
  EXPECT_EQ(cell->row, 3u);
  EXPECT_EQ(cell->column, 5u);
  EXPECT_EQ(cell_name(cell->column, cell->row), "E3");
  EXPECT_EQ(where.row_of_line(6), 6u);
}

TEST(XlsxReader, ChoosesTheSheetByNameAndListsTheSheetsWhenMissing) {
  Dir dir;
  const std::string path = dir / "two.xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  worksheet_write_string(workbook_add_worksheet(wb, "Notes"), 0, 0, "read me", nullptr);
  lxw_worksheet* groups = workbook_add_worksheet(wb, "Groups 2026");
  write_header(groups);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  auto first = sheet_to_csv(path, "");
  ASSERT_TRUE(first);
  EXPECT_EQ(csv_of(*first), "read me\r\n");
  auto named = sheet_to_csv(path, "Groups 2026");
  ASSERT_TRUE(named);
  EXPECT_EQ(csv_of(*named).substr(0, 11), "group_name,");
  auto missing = sheet_to_csv(path, "Sheet1");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().path, path);
  EXPECT_NE(missing.error().message.find("no sheet \"Sheet1\""), std::string::npos);
  EXPECT_NE(missing.error().message.find("\"Notes\", \"Groups 2026\""), std::string::npos);
}

// Parts written by hand: inline strings (rich runs too), formula strings, errors, cells without
// r attributes, gaps, phonetic runs, escapes, prefixed element names, a 1904 workbook.
TEST(XlsxReader, ReadsWhatOtherProgramsWrite) {
  Dir dir;
  const std::string sst =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\">"
      "<si><t>group_name</t></si>"
      "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Rao </t></r><r><t>ELA_x000D_</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
      "<si><t>a,\"b\"</t></si></sst>";
  const std::string styles =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
      "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"49\"/></cellXfs>"
      "</styleSheet>";
  const std::string data =
      "<x:row r=\"1\"><x:c t=\"s\"><x:v>0</x:v></x:c><x:c t=\"inlineStr\"><x:is><x:t>school_natural_id"
      "</x:t></x:is></x:c><x:c r=\"C1\" t=\"inlineStr\"><x:is><x:r><x:t>school_</x:t></x:r><x:r>"
      "<x:t>year</x:t></x:r></x:is></x:c></x:row>"
      "<x:row r=\"2\"><x:c t=\"s\"><x:v>1</x:v></x:c><x:c><x:v>1.2345671234567E+13</x:v></x:c>"
      "<x:c t=\"str\"><x:f>TEXT(2026,\"0\")</x:f><x:v>2026</x:v></x:c></x:row>"
      "<x:row r=\"4\"><x:c r=\"A4\" s=\"1\"><x:v>0</x:v></x:c><x:c r=\"C4\" t=\"e\"><x:v>#N/A</x:v>"
      "</x:c><x:c r=\"D4\" t=\"s\"><x:v>2</x:v></x:c><x:c r=\"E4\"><x:f>A1</x:f></x:c></x:row>";
  const std::string sheet =
      "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/"
      "spreadsheetml/2006/main\"><x:sheetData>" + data + "</x:sheetData></x:worksheet>";
  const std::string path = dir / "hand.xlsx";
  write_zip(path, package({"Data"}, {sheet}, sst, styles, /*date1904=*/true));

  auto got = sheet_to_csv(path, "");
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(csv_of(*got),
            "group_name,school_natural_id,school_year\r\n"
            "\"Rao ELA\r\",12345671234567,2026\r\n"
            ",,\r\n"
            "1904-01-01,,#N/A,\"a,\"\"b\"\"\"\r\n");
  EXPECT_NE(find_note(*got, "error value"), nullptr);
  EXPECT_NE(find_note(*got, "without a saved result"), nullptr);
  EXPECT_EQ(got->records[3].sheet_row, 4u);
  EXPECT_EQ(got->records[3].line, 5u);  // the quoted line break made row 2 two lines
  EXPECT_EQ(got->records[1].sheet_row, 2u);
}

// A workbook LibreOffice Calc saved from testdata/xlsx/libreoffice-groups.csv (made by
// scripts/regen-libreoffice-workbook; see testdata/xlsx/README.md): Calc read the ids as
// numbers, and the reader must give back the CSV it came from, every id and zero included.
TEST(XlsxReader, ReadsAWorkbookLibreOfficeSaved) {
  auto got = sheet_to_csv("testdata/xlsx/libreoffice-groups.xlsx", "");
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->sheet, "libreoffice-groups");
  std::string source = slurp("testdata/xlsx/libreoffice-groups.csv");
  ASSERT_FALSE(source.empty());
  std::string crlf;
  for (char c : source) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  EXPECT_EQ(csv_of(*got), crlf);
  const Note* padded = find_note(*got, "county 01-09");
  ASSERT_NE(padded, nullptr);
  EXPECT_EQ(padded->count, 6u);
  EXPECT_EQ(padded->cells[0], "'libreoffice-groups'!B2 (01100170112607)");
}

TEST(XlsxReader, RefusesFilesThatAreNotWorkbooks) {
  Dir dir;
  const std::string csv = dir / "groups.xlsx";
  std::ofstream(csv) << "group_name,school_natural_id\n";
  auto not_zip = sheet_to_csv(csv, "");
  ASSERT_FALSE(not_zip);
  EXPECT_NE(not_zip.error().message.find("not a zip archive"), std::string::npos);
  EXPECT_EQ(not_zip.error().path, csv);

  const std::string xls = dir / "old.xlsx";
  std::ofstream(xls, std::ios::binary) << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                       << std::string(504, '\0');
  auto old_format = sheet_to_csv(xls, "");
  ASSERT_FALSE(old_format);
  EXPECT_NE(old_format.error().message.find("protected with a password"), std::string::npos)
      << old_format.error().message;

  auto missing = sheet_to_csv(dir / "nowhere.xlsx", "");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("no such file"), std::string::npos);

  const std::string other = dir / "other.xlsx";
  write_zip(other, {{"word/document.xml", "<document/>"}});
  auto no_workbook = sheet_to_csv(other, "");
  ASSERT_FALSE(no_workbook);
  EXPECT_NE(no_workbook.error().message.find("no workbook part"), std::string::npos);
}

TEST(XlsxReader, RefusesTruncatedAndDamagedWorkbooks) {
  Dir dir;
  const std::string good = dir / "good.xlsx";
  write_zip(good, package({"Sheet1"}, {sheet_xml("<row r=\"1\"><c t=\"inlineStr\"><is><t>x</t>"
                                                 "</is></c></row>")}));
  const std::string bytes = slurp(good);
  const std::string cut = dir / "cut.xlsx";
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() * 2 / 3);
  auto truncated = sheet_to_csv(cut, "");
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().path, cut);
  EXPECT_NE(truncated.error().message.find("damaged or incomplete"), std::string::npos)
      << truncated.error().message;

  const std::string bad_xml = dir / "badxml.xlsx";
  write_zip(bad_xml, package({"Sheet1"}, {"<worksheet><sheetData><row></sheetData>"}));
  auto malformed = sheet_to_csv(bad_xml, "");
  ASSERT_FALSE(malformed);
  EXPECT_NE(malformed.error().message.find("not well-formed XML"), std::string::npos);

  const std::string doctype = dir / "doctype.xlsx";
  write_zip(doctype, package({"Sheet1"}, {"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol "
                                          "\"lol\">]><worksheet><sheetData/></worksheet>"}));
  auto dtd = sheet_to_csv(doctype, "");
  ASSERT_FALSE(dtd);
  EXPECT_NE(dtd.error().message.find("document type declaration"), std::string::npos);
}

TEST(XlsxReader, StopsAtZipBombsAndHugeTables) {
  Dir dir;
  // 40 MB of one repeated row compresses about 1000:1.
  std::string rows;
  const std::string row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
  rows.reserve(40u << 20);
  while (rows.size() < (40u << 20)) rows += row;
  const std::string bomb = dir / "bomb.xlsx";
  write_zip(bomb, package({"Sheet1"}, {sheet_xml(rows)}));
  auto ratio = sheet_to_csv(bomb, "");
  ASSERT_FALSE(ratio);
  EXPECT_NE(ratio.error().message.find("times its packed size"), std::string::npos)
      << ratio.error().message;

  Limits small;
  small.max_sheet_bytes = 1u << 20;
  auto declared = sheet_to_csv(bomb, "", small);
  ASSERT_FALSE(declared);
  EXPECT_NE(declared.error().message.find("says it unpacks to"), std::string::npos);

  // Distinct strings, stored without compression: a big table that is not a zip bomb.
  Limits table;
  table.max_shared_string_bytes = 4u << 20;
  std::string sst = "<sst>";
  for (int i = 0; sst.size() < (6u << 20); ++i) sst += "<si><t>student" + std::to_string(i) + "</t></si>";
  sst += "</sst>";
  auto parts = package({"Sheet1"}, {sheet_xml("")}, sst);
  for (auto& p : parts) p.store = p.name == "xl/sharedStrings.xml";
  const std::string huge = dir / "huge.xlsx";
  write_zip(huge, parts);
  auto strings = sheet_to_csv(huge, "", table);
  ASSERT_FALSE(strings);
  EXPECT_NE(strings.error().message.find("shared-string table is bigger than 4 MiB"),
            std::string::npos)
      << strings.error().message;
  EXPECT_TRUE(sheet_to_csv(huge, ""));  // within the default cap

  // One 100 KB shared string named by 20 cells in each of 100 rows: 200 MB of CSV from a tiny
  // file.
  std::string copy_rows;
  for (int r = 1; r <= 100; ++r) {
    copy_rows += "<row r=\"" + std::to_string(r) + "\">";
    for (int c = 0; c < 20; ++c) copy_rows += "<c t=\"s\"><v>0</v></c>";
    copy_rows += "</row>";
  }
  const std::string copies = dir / "copies.xlsx";
  write_zip(copies, package({"Sheet1"}, {sheet_xml(copy_rows)},
                            "<sst><si><t>" + std::string(100000, 'x') + "</t></si></sst>"));
  Limits csv_cap;
  csv_cap.max_csv_bytes = 8u << 20;
  csv_cap.max_row_bytes = 4u << 20;
  auto multiplied = sheet_to_csv(copies, "", csv_cap);
  ASSERT_FALSE(multiplied);
  EXPECT_NE(multiplied.error().message.find("CSV of more than 8 MiB"), std::string::npos)
      << multiplied.error().message;
  csv_cap.max_row_bytes = 1u << 20;
  auto wide = sheet_to_csv(copies, "", csv_cap);
  ASSERT_FALSE(wide);
  EXPECT_NE(wide.error().message.find("row 1 of sheet Sheet1 holds more than 1 MiB"),
            std::string::npos)
      << wide.error().message;
}

}  // namespace
}  // namespace cerslint::xlsx
