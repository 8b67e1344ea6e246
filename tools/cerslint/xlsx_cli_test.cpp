// `cerslint check` / `fix` / `template` on Excel workbooks, through the real binary: the issue's
// acceptance tests. Workbooks are written here with libxlsxwriter (numbers stored as numbers, as
// Excel stores ids typed into General cells) or zipped by hand (damaged and hostile ones).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include "tools/cerslint/cli_test_support.hpp"
#include "xlsx/sheet_csv.hpp"
#include "xlsx/test_workbooks.hpp"

namespace {

using namespace cerslint::cli_test;
namespace xt = cerslint::xlsx::test;

// Real schools of the embedded CDE directory (lib/directory/data), three in counties 01-09.
struct School {
  const char* code;
};
const School kSchools[] = {{"01100170112607"}, {"01611760130062"}, {"07617966119515"},
                           {"19647330122127"}};

const char* const kHeader[] = {"group_name",   "school_natural_id", "school_year",
                               "subject_code", "student_ssid",      "group_user_login"};

// A district workbook as a coordinator keeps it: school ids, years and SSIDs typed into General
// cells, so Excel stores them as numbers (the county 01-09 codes without their leading zero).
// Two groups per school, sorted as CERS wants. Returns the CSV a careful save would give.
std::string write_numbers_workbook(const std::string& path, const char* bad_subject = nullptr) {
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Groups");
  std::string csv;
  for (int c = 0; c < 6; ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), kHeader[c], nullptr);
    csv += std::string(c ? "," : "") + kHeader[c];
  }
  csv += "\r\n";
  lxw_row_t row = 1;
  long long ssid = 9000000100;
  int school_no = 0;
  for (const School& s : kSchools) {
    ++school_no;
    for (const char* group : {"Period 1 Math", "Period 2 Math"}) {
      for (int member = 0; member < 4; ++member) {
        const bool teacher = member == 3;
        const char* subject = bad_subject != nullptr && row == 2 ? bad_subject : "Math";
        worksheet_write_string(ws, row, 0, group, nullptr);
        worksheet_write_number(ws, row, 1, std::stod(s.code), nullptr);
        worksheet_write_number(ws, row, 2, 2026, nullptr);
        worksheet_write_string(ws, row, 3, subject, nullptr);
        std::string ssid_text, login;
        if (teacher) {
          login = "teacher" + std::to_string(school_no) + "@example.org";
          worksheet_write_string(ws, row, 5, login.c_str(), nullptr);
        } else {
          worksheet_write_number(ws, row, 4, static_cast<double>(++ssid), nullptr);
          ssid_text = std::to_string(ssid);
        }
        csv += std::string(group) + "," + s.code + ",2026," + subject + "," + ssid_text + "," +
               login + "\r\n";
        ++row;
      }
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) std::abort();
  return csv;
}

// How Excel's General format shows a number of more than 11 digits in a CSV: 6 significant
// digits in scientific notation ("1.61176E+12").
std::string excel_general(const std::string& digits) {
  std::string d = digits;
  while (d.size() > 1 && d[0] == '0') d.erase(0, 1);
  if (d.size() <= 11) return d;
  long long head = std::stoll(d.substr(0, 6));
  if (d[6] >= '5') ++head;
  std::string m = std::to_string(head);
  while (m.size() > 1 && m.back() == '0') m.pop_back();
  std::string out = m.substr(0, 1);
  if (m.size() > 1) out += "." + m.substr(1);
  return out + "E+" + std::to_string(d.size() - 1);
}

const std::string kYears = " --years 2015-2027 ";

TEST(XlsxCli, NumberIdsBecomeA14DigitCsvThatCersAccepts) {
  TempDir dir;
  const std::string book = (dir / "groups.xlsx").string();
  const std::string expected = write_numbers_workbook(book);

  // Straight from the workbook.
  CliRun direct = run_cerslint("check --format cers" + kYears + quote(book));
  EXPECT_EQ(direct.exit_code, 0) << direct.out << direct.err;
  EXPECT_NE(direct.out.find("2 groups accepted for 01611760130062."), std::string::npos)
      << direct.out;
  // The conversion says what it did, naming cells.
  EXPECT_NE(direct.err.find("groups.xlsx: note: Groups!B2 (01100170112607), Groups!B3 "
                            "(01100170112607), Groups!B4 (01100170112607), Groups!B5 "
                            "(01100170112607), Groups!B6 (01100170112607) and 19 more: school id "
                            "of a county 01-09 stored as a number"),
            std::string::npos)
      << direct.err;

  // fix -o writes the clean CSV; checking that CSV gives the same verdict.
  const std::string csv = (dir / "groups.csv").string();
  CliRun fixed = run_cerslint("fix" + kYears + quote(book) + " -o " + quote(csv));
  EXPECT_EQ(fixed.exit_code, 0) << fixed.out << fixed.err;
  EXPECT_EQ(slurp(csv), expected);
  for (const School& s : kSchools) {
    EXPECT_NE(slurp(csv).find(std::string(",") + s.code + ","), std::string::npos) << s.code;
  }
  CliRun check = run_cerslint("check --format cers" + kYears + quote(csv));
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_EQ(check.out,
            "2 groups accepted for 01100170112607.\n2 groups accepted for 01611760130062.\n"
            "2 groups accepted for 07617966119515.\n2 groups accepted for 19647330122127.\n");
}

TEST(XlsxCli, FindingsNameTheCell) {
  TempDir dir;
  const std::string book = (dir / "groups.xlsx").string();
  write_numbers_workbook(book, "Mathematics");
  CliRun text = run_cerslint("check --no-hints" + kYears + quote(book));
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.out.find("groups.xlsx:3:4: error C105 [row 2] Groups!D3: Invalid subject: "
                          "Mathematics"),
            std::string::npos)
      << text.out;
  CliRun json = run_cerslint("check --format json" + kYears + quote(book));
  EXPECT_NE(json.out.find("\"message\":\"Groups!D3: Invalid subject: Mathematics\""), std::string::npos) << json.out;
  // A sheet chosen by name; a missing one lists what there is.
  CliRun named = run_cerslint("check --sheet Groups --no-hints" + kYears + quote(book));
  EXPECT_EQ(named.out, text.out);
  CliRun missing = run_cerslint("check --sheet Sheet1" + kYears + quote(book));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find(book + ": the workbook has no sheet \"Sheet1\"; its sheets are "
                             "\"Groups\""),
            std::string::npos)
      << missing.err;
}

// A section code Excel turned into a date, and an empty row and a spaced login the fixer
// repairs: the workbook goes through the same rules and fixes as a CSV.
TEST(XlsxCli, DatesAreReportedAndFixesApplyAsForCsv) {
  TempDir dir;
  const std::string book = (dir / "groups.xlsx").string();
  lxw_workbook* wb = workbook_new(book.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Groups");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "d-mmm");
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), kHeader[c], nullptr);
  lxw_datetime may1 = {2026, 5, 1, 0, 0, 0};  // "5-1" typed into a General cell
  for (lxw_row_t r = 1; r <= 4; ++r) {
    const lxw_row_t at = r <= 2 ? r : r + 1;  // row 4 of the sheet stays empty
    worksheet_write_datetime(ws, at, 0, &may1, date);
    worksheet_write_number(ws, at, 1, 1611760130062.0, nullptr);
    worksheet_write_number(ws, at, 2, 2026, nullptr);
    worksheet_write_string(ws, at, 3, "Math", nullptr);
    if (r < 4) {
      worksheet_write_number(ws, at, 4, 9000000300.0 + r, nullptr);
    } else {
      worksheet_write_string(ws, at, 5, " t.ng@example.org ", nullptr);
    }
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  CliRun check = run_cerslint("check --no-hints" + kYears + quote(book));
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_NE(check.out.find("groups.xlsx:2:1: warning G004 [row 1] Groups!A2: Group name \"1-May\" "
                           "looks like a section code Excel turned into a date"),
            std::string::npos)
      << check.out;
  EXPECT_NE(check.out.find("groups.xlsx:4:1: error F008 [row 3] Groups!A4: "), std::string::npos)
      << check.out;
  EXPECT_NE(check.err.find("groups.xlsx: note: Groups!A2 (\"1-May\"), Groups!A3 (\"1-May\"), "
                           "Groups!A5 (\"1-May\"), Groups!A6 (\"1-May\"): group name is a date"),
            std::string::npos)
      << check.err;

  const std::string csv = (dir / "groups.csv").string();
  CliRun fix = run_cerslint("fix --show-fixes" + kYears + quote(book) + " -o " + quote(csv));
  EXPECT_EQ(fix.exit_code, 1) << fix.out << fix.err;  // changed, and the dates need a person
  // Fix messages give the sheet's row.
  EXPECT_NE(fix.out.find("groups.xlsx:4: fixed F008"), std::string::npos) << fix.out;
  EXPECT_EQ(slurp(csv),
            "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n"
            "1-May,01611760130062,2026,Math,9000000301,\r\n"
            "1-May,01611760130062,2026,Math,9000000302,\r\n"
            "1-May,01611760130062,2026,Math,9000000303,\r\n"
            "1-May,01611760130062,2026,Math,,t.ng@example.org\r\n");
}

// --redact masks SSIDs in the conversion's notes too.
TEST(XlsxCli, RedactMasksSsidsInNotes) {
  TempDir dir;
  const std::string book = (dir / "groups.xlsx").string();
  lxw_workbook* wb = workbook_new(book.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Groups");
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), kHeader[c], nullptr);
  worksheet_write_string(ws, 1, 0, "Gr6 ELA", nullptr);
  worksheet_write_string(ws, 1, 1, "01611760130062", nullptr);
  worksheet_write_number(ws, 1, 2, 2026, nullptr);
  worksheet_write_number(ws, 1, 4, 901730066, nullptr);  // 9 digits: reported with its value
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  CliRun plain = run_cerslint("check" + kYears + quote(book));
  EXPECT_NE(plain.err.find("Groups!E2 (901730066): SSID stored as a number with fewer than 10"),
            std::string::npos)
      << plain.err;
  CliRun redacted = run_cerslint("check --redact" + kYears + quote(book));
  EXPECT_EQ(redacted.err.find("901730066"), std::string::npos) << redacted.err;
  EXPECT_EQ(redacted.out.find("901730066"), std::string::npos) << redacted.out;
  EXPECT_NE(redacted.err.find("Groups!E2 (*******66)"), std::string::npos) << redacted.err;
}

TEST(XlsxCli, ReferenceWorkbookRestoresEveryScientificNotationId) {
  TempDir dir;
  const std::string book = (dir / "groups.xlsx").string();
  const std::string clean = write_numbers_workbook(book);
  // The CSV as Excel saved it from this workbook: every school id in General format.
  std::string broken;
  int damaged = 0;
  for (const School& s : kSchools) {
    const std::string shown = excel_general(s.code);
    ASSERT_NE(shown.find("E+"), std::string::npos) << shown;
  }
  {
    std::string rest = clean;
    std::size_t at = 0;
    broken = rest;
    for (const School& s : kSchools) {
      const std::string from = std::string(",") + s.code + ",";
      const std::string to = "," + excel_general(s.code) + ",";
      while ((at = broken.find(from)) != std::string::npos) {
        broken.replace(at, from.size(), to);
        ++damaged;
      }
    }
  }
  ASSERT_EQ(damaged, 32);
  ASSERT_NE(broken.find(",1.61176E+12,"), std::string::npos);
  const std::string broken_csv = (dir / "broken.csv").string();
  spit(broken_csv, broken);

  const std::string restored = (dir / "restored.csv").string();
  CliRun run = run_cerslint("fix --show-fixes" + kYears + "--reference " + quote(book) + " " +
                            quote(broken_csv) + " -o " + quote(restored));
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;  // 1: the file was changed
  EXPECT_EQ(slurp(restored), clean);
  std::size_t reported = 0;
  for (std::size_t at = 0; (at = run.out.find("(from the reference file)", at)) != std::string::npos; ++at) {
    ++reported;
  }
  EXPECT_EQ(reported, 32u) << run.out;
  EXPECT_NE(run.out.find("fixed S001 [row 1] school id 1.10017E+12 -> 01100170112607"),
            std::string::npos)
      << run.out;
}

TEST(XlsxCli, AWorkbookIsNeverOverwrittenByItsCsv) {
  TempDir dir;
  const std::string book = (dir / "groups.xlsx").string();
  write_numbers_workbook(book);
  const std::string before = slurp(book);
  CliRun run = run_cerslint("fix" + kYears + quote(book));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("a workbook cannot be fixed in place"), std::string::npos) << run.err;
  EXPECT_EQ(slurp(book), before);
  CliRun out = run_cerslint("fix --stdout" + kYears + quote(book));
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out.substr(0, 11), "group_name,");
}

// Runs cerslint with `args` (no shell) and returns its exit code, standard error and peak
// resident memory (wait4), so a test can show that a hostile workbook is refused in bounded
// memory.
struct Measured {
  int exit_code = -1;
  std::string err;
  long peak_kib = 0;
};
Measured run_measured(const std::vector<std::string>& args, const TempDir& dir) {
  const std::string err_path = (dir / "stderr.txt").string();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(null, 1);
    ::dup2(err, 2);
    std::vector<char*> argv{const_cast<char*>(CERSLINT_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(CERSLINT_BINARY, argv.data());
    ::_exit(127);
  }
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  Measured m;
  m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  m.err = slurp(err_path);
  m.peak_kib = usage.ru_maxrss;
  return m;
}

// Runs `make` in a child process and waits: the big buffers that build hostile workbooks never
// grow this process, whose resident memory a forked cerslint would otherwise count as its own.
template <typename Make>
void in_child(Make make) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    make();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST(XlsxCli, MalformedWorkbooksFailClearlyInBoundedMemory) {
  TempDir dir;
  const std::string good = (dir / "good.xlsx").string();
  write_numbers_workbook(good);
  const std::string bytes = slurp(good);

  struct Case {
    std::string name;
    std::vector<std::string> extra_args;
    std::string message;
  };
  std::vector<Case> cases;

  spit(dir / "truncated.xlsx", bytes.substr(0, bytes.size() / 2));
  cases.push_back({"truncated.xlsx", {}, "damaged or incomplete"});
  cases.push_back({"good.xlsx", {"--sheet", "Sheet9"}, "no sheet \"Sheet9\"; its sheets are \"Groups\""});
  spit(dir / "notzip.xlsx", "group_name,school_natural_id\r\n");
  cases.push_back({"notzip.xlsx", {}, "not a zip archive"});

  in_child([&] {
  // 64 MB of one repeated row: about 1000:1 compressed.
  std::string rows;
  const std::string row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
  rows.reserve(64u << 20);
  while (rows.size() < (64u << 20)) rows += row;
  xt::write_zip((dir / "bomb.xlsx").string(), xt::package({"Sheet1"}, {xt::sheet_xml(rows)}));
  });
  cases.push_back({"bomb.xlsx", {}, "times its packed size"});

  // A shared-string table of 200 MB of distinct strings, stored (ratio 1:1): over the 64 MiB cap.
  in_child([&] {
  std::string sst = "<sst>";
  sst.reserve(200u << 20);
  for (long i = 0; sst.size() < (200u << 20); ++i) {
    sst += "<si><t>student number " + std::to_string(i * 7919) + "</t></si>";
  }
  sst += "</sst>";
  auto parts = xt::package({"Sheet1"}, {xt::sheet_xml("")}, sst);
  sst = std::string();
  for (auto& p : parts) p.store = p.name == "xl/sharedStrings.xml";
  xt::write_zip((dir / "strings.xlsx").string(), parts);
  });
  cases.push_back({"strings.xlsx", {}, "shared-string table is bigger than 64 MiB"});

  for (const Case& c : cases) {
    const std::string path = (dir / c.name).string();
    for (const char* command : {"check", "fix"}) {
      std::vector<std::string> args{command};
      if (std::string(command) == "fix") args.push_back("--stdout");
      args.insert(args.end(), c.extra_args.begin(), c.extra_args.end());
      args.push_back(path);
      const Measured m = run_measured(args, dir);
      EXPECT_EQ(m.exit_code, 2) << command << " " << c.name << ": " << m.err;
      EXPECT_NE(m.err.find(path + ": "), std::string::npos) << m.err;
      EXPECT_NE(m.err.find(c.message), std::string::npos) << c.name << ": " << m.err;
      // The caps bound memory: at most the 64 MiB string table, never the 200 MB table or the
      // sheet's unpacked size. Under ASan, freed blocks wait in its quarantine (256 MiB by
      // default) before reuse, so the growing table's old buffers count too.
#ifdef CERSLINT_SANITIZED
      constexpr long kPeakLimitKib = (128 + 256) * 1024;
#else
      constexpr long kPeakLimitKib = 128 * 1024;
#endif
      EXPECT_LT(m.peak_kib, kPeakLimitKib) << command << " " << c.name;
      std::printf("%s %s: exit %d, peak %ld KiB\n", command, c.name.c_str(), m.exit_code, m.peak_kib);
    }
  }
}

// One part of a zip archive, read with libzip.
std::string zip_entry(const std::string& path, const char* name) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (z == nullptr) return {};
  std::string out;
  if (zip_file_t* f = zip_fopen(z, name, 0)) {
    char buf[4096];
    for (zip_int64_t n; (n = zip_fread(f, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

TEST(XlsxCli, TemplateWorkbookHasTextColumnsInCersOrder) {
  TempDir dir;
  const std::string book = (dir / "template.xlsx").string();
  CliRun made = run_cerslint("template --xlsx " + quote(book));
  EXPECT_EQ(made.exit_code, 0) << made.err;
  auto sheet = cerslint::xlsx::sheet_to_csv(book, "");
  ASSERT_TRUE(sheet) << sheet.error().message;
  EXPECT_EQ(slurp(sheet->csv.path()),
            "group_name,school_natural_id,school_year,subject_code,student_ssid,"
            "group_user_login\r\n");
  // Every column carries a cell format whose number format is Text (built-in 49, "@").
  const std::string styles = zip_entry(book, "xl/styles.xml");
  const std::string ws = zip_entry(book, "xl/worksheets/sheet1.xml");
  const std::regex cols(R"re(<col min="1" max="1" width="[0-9.]+" style="(\d+)")re");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(ws, m, cols)) << ws;
  // The column's style index points at a Text xf in cellXfs.
  const std::string xfs = styles.substr(styles.find("<cellXfs"));
  std::size_t at = 0;
  for (int i = 0; i <= std::stoi(m[1]); ++i) at = xfs.find("<xf ", at + 1);
  EXPECT_EQ(xfs.substr(at, 17), "<xf numFmtId=\"49\"");
  for (int c = 1; c <= 6; ++c) {
    EXPECT_NE(ws.find("<col min=\"" + std::to_string(c) + "\" max=\"" + std::to_string(c) + "\""),
              std::string::npos);
  }
  // Never overwrites without --force.
  CliRun again = run_cerslint("template --xlsx " + quote(book));
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(run_cerslint("template --force --xlsx " + quote(book)).exit_code, 0);
}

}  // namespace
