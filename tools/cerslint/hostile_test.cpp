// The hostile-input corpus (testdata/hostile/, README there) and the hostile situations that
// cannot be files in a repository (a 20 MB line, 10,000 columns, a million empty lines, a
// folder, an unreadable file, a pipe, a file that grows while it is read). For each: the exit
// code and the message a coordinator sees, from `check` and from `fix`, and never a crash or a
// hang (every run is under `timeout`, so a hang fails instead of blocking the suite).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "tools/cerslint/cli_test_support.hpp"

namespace {

using namespace cerslint::cli_test;

const std::string kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";
const std::string kRows =
    "Grade 5 Math,01611766111330,2026,Math,9000000001,\n"
    "Grade 5 Math,01611766111330,2026,Math,,t.lee@example.org\n";
const std::string kCheck = "check --no-hints --years 2015-2027 ";
const std::string kFix = "fix --years 2015-2027 ";

// Every run is bounded: a hang is a failure (exit 124), not a stuck test suite.
CliRun bounded(const std::string& args, const std::string& prefix = "") {
  return run_cerslint(args, "/dev/null", prefix + "timeout 120 ");
}

fs::path corpus() {
  const char* src = std::getenv("CERSLINT_SOURCE_DIR");
  return fs::path(src != nullptr ? src : ".") / "testdata" / "hostile";
}

struct CorpusCase {
  const char* file;
  int check_exit;
  const char* says;  // a piece of what `check` prints about it
};

// The expected behaviour of each corpus file (testdata/hostile/README.md says why).
const std::vector<CorpusCase> kCorpus = {
    {"empty.csv", 1, "C003 [row 0] Empty file"},
    {"header_only.csv", 1, "C003 [row 0] Empty file"},
    {"binary_data.csv", 1, "is not UTF-8"},
    {"nul_bytes.csv", 0, "contains a control character (U+0000)"},
    {"unterminated_quote_at_eof.csv", 1, "C007 [row 3] Failed to upload groups to server."},
    {"invalid_utf8.csv", 1, "Byte 0xFF is not UTF-8"},
    {"overlong_utf8.csv", 1, "Byte 0xC0 is not UTF-8"},
    {"utf16le_without_bom.csv", 1, "UTF-16LE without a byte order mark"},
};

TEST(HostileCorpus, EveryFileHasAnExpectation) {
  std::vector<std::string> listed;
  for (const CorpusCase& c : kCorpus) listed.push_back(c.file);
  for (const auto& e : fs::directory_iterator(corpus())) {
    if (e.path().extension() != ".csv") continue;
    EXPECT_NE(std::find(listed.begin(), listed.end(), e.path().filename().string()), listed.end())
        << e.path() << " has no expected behaviour in hostile_test.cpp";
  }
}

class Corpus : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(Corpus, CheckSaysWhatIsWrong) {
  const CorpusCase& c = GetParam();
  const CliRun run = bounded(kCheck + quote((corpus() / c.file).string()));
  EXPECT_EQ(run.exit_code, c.check_exit) << run.out << run.err;
  EXPECT_NE(run.out.find(c.says), std::string::npos) << run.out << run.err;
  // Every finding line names the file, a line and a column.
  EXPECT_NE(run.out.find(std::string(c.file) + ":1:1:") == std::string::npos &&
                run.out.find(std::string(c.file) + ":2:") == std::string::npos &&
                run.out.find(std::string(c.file) + ":4:") == std::string::npos,
            true)
      << run.out;
}

TEST_P(Corpus, FixRepairsOrRefusesWithoutTouchingTheOriginal) {
  const CorpusCase& c = GetParam();
  const TempDir dir;
  const fs::path copy = dir / c.file;
  fs::copy_file(corpus() / c.file, copy);
  const std::string before = slurp(copy);
  const CliRun run = bounded(kFix + quote(copy.string()));
  ASSERT_GE(run.exit_code, 0) << "killed by a signal:\n" << run.err;
  ASSERT_LE(run.exit_code, 2) << run.out << run.err;
  if (run.exit_code == 2) {
    EXPECT_EQ(slurp(copy), before) << "a refused file changed";
    EXPECT_FALSE(run.err.empty()) << "refused without saying why";
  }
  if (slurp(copy) != before) {
    // Changed: the backup holds the original, and the result is what a second run leaves alone.
    EXPECT_EQ(slurp(copy.string() + ".bak"), before);
    const CliRun again = bounded(kFix + quote(copy.string()));
    EXPECT_NE(again.out.find("nothing to fix"), std::string::npos) << again.out << again.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Files, Corpus, ::testing::ValuesIn(kCorpus),
                         [](const auto& test) {
                           std::string name = test.param.file;
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

TEST(Hostile, TwentyMegabyteLineIsReportedWithShortMessages) {
  const TempDir dir;
  const fs::path f = dir / "long.csv";
  spit(f, kHeader + std::string(20u << 20, 'x') + ",01611766111330,2026,Math,9000000001,\n");
  const CliRun run = bounded(kCheck + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("G005"), std::string::npos);
  EXPECT_NE(run.out.find("is 20971520 characters long"), std::string::npos) << run.out.substr(0, 500);
  // No message repeats the 20 MB value: messages are cut at 2 KiB.
  EXPECT_LT(run.out.size(), 64u << 10);
}

TEST(Hostile, TenThousandColumns) {
  const TempDir dir;
  const fs::path f = dir / "wide.csv";
  std::string extra;
  for (int i = 6; i < 10000; ++i) extra += ",c" + std::to_string(i);
  std::string text = kHeader.substr(0, kHeader.size() - 1) + extra + "\n";
  for (const char* row : {"Grade 5 Math,01611766111330,2026,Math,9000000001,",
                          "Grade 5 Math,01611766111330,2026,Math,,t.lee@example.org"}) {
    text += row + std::string(9994, ',') + "\n";
  }
  spit(f, text);
  const CliRun run = bounded(kCheck + quote(f.string()));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("Header has 10000 names; CERS reads only the first six"), std::string::npos)
      << run.out;
}

TEST(Hostile, AMillionEmptyLinesBeforeTheHeader) {
  const TempDir dir;
  const fs::path f = dir / "empties.csv";
  spit(f, std::string(1000000, '\n') + kHeader + kRows);
  const CliRun run = bounded(kCheck + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("1000000 empty lines before the header (the header is on line 1000001)"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("CERS would accept it (2 rows"), std::string::npos) << run.out;
}

TEST(Hostile, AFolderWithoutCsvFiles) {
  const TempDir dir;
  spit(dir / "notes.txt", "not a group file\n");
  const CliRun run = bounded(kCheck + quote(dir.path().string()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no CSV files found"), std::string::npos) << run.err;
}

TEST(Hostile, AFileNamedLikeACsvThatIsAFolder) {
  const TempDir dir;
  fs::create_directory(dir / "groups.csv");
  spit(dir / "groups.csv" / "inside.csv", kHeader + kRows);
  // A folder argument stands for the CSV files in it.
  const CliRun run = bounded(kCheck + quote((dir / "groups.csv").string()));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("inside.csv"), std::string::npos) << run.out;
}

TEST(Hostile, AnUnreadableFile) {
  const TempDir dir;
  const fs::path f = dir / "locked.csv";
  spit(f, kHeader + kRows);
  fs::permissions(f, fs::perms::none);
  fs::permissions(dir.path(), fs::perms::all);  // the folder itself is open to everyone
  // Root reads any file, so the program runs as "nobody" when the test runs as root.
  const std::string as_nobody =
      ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  const CliRun check = bounded(kCheck + quote(f.string()), as_nobody);
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_NE(check.err.find("locked.csv: cannot open file: permission denied"), std::string::npos)
      << check.err;
  const CliRun fix = bounded(kFix + quote(f.string()), as_nobody);
  EXPECT_EQ(fix.exit_code, 2);
  EXPECT_NE(fix.err.find("permission denied"), std::string::npos) << fix.err;
}

TEST(Hostile, APipe) {
  const TempDir dir;
  const fs::path fifo = dir / "pipe.csv";
  const fs::path data = dir / "data.csv";
  spit(data, kHeader + "Grade 5 Math ,01611766111330,2026,Math,9000000001,\n" +
                 "Grade 5 Math ,01611766111330,2026,Math,,t.lee@example.org\n");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string feed = "(cat " + quote(data.string()) + " > " + quote(fifo.string()) + " &) ; ";
  // check reads the pipe like a file (G001, spaces around the name, is a warning).
  const CliRun check = bounded(kCheck + quote(fifo.string()), feed);
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_NE(check.out.find("G001"), std::string::npos) << check.out;
  // fix cannot replace a pipe in place: it says so without opening it (and without waiting).
  const CliRun in_place = bounded(kFix + quote(fifo.string()));
  EXPECT_EQ(in_place.exit_code, 2);
  EXPECT_NE(in_place.err.find("not a regular file (a pipe or a device)"), std::string::npos)
      << in_place.err;
  // With --stdout it reads the pipe once and prints the repaired file.
  const CliRun out = bounded(kFix + "--stdout " + quote(fifo.string()), feed);
  EXPECT_EQ(out.exit_code, 1) << out.err;
  EXPECT_NE(out.out.find("Grade 5 Math,01611766111330"), std::string::npos) << out.out;
}

TEST(Hostile, AFileThatGrowsWhileFixed) {
  const TempDir dir;
  const fs::path f = dir / "growing.csv";
  std::string text = kHeader;
  for (int i = 0; i < 300000; ++i) {
    text += "Grade 5 Math ,01611766111330,2026,Math," + std::to_string(9000000000LL + i % 200) + ",\n";
  }
  spit(f, text);
  // Another program appends rows for a few seconds while `fix --in-place` runs.
  const std::string appender = "( for i in $(seq 1 300); do echo 'Grade 6 Math,01611766111330,2026,Math,9000000001,' >> " +
                               quote(f.string()) + "; sleep 0.01; done & ) ; ";
  const CliRun run = bounded(kFix + quote(f.string()), appender);
  ASSERT_GE(run.exit_code, 0) << run.err;
  (void)std::system("sleep 4");  // let the appender finish
  const std::string after = slurp(f);
  // Either the original changed under the fixer and it refused (nothing replaced, every
  // appended row still there), or it finished before the first append.
  if (run.exit_code == 2) {
    EXPECT_NE(run.err.find("changed"), std::string::npos) << run.err;
    EXPECT_EQ(after.compare(0, text.size(), text), 0) << "the original was replaced";
    EXPECT_FALSE(fs::exists(f.string() + ".bak"));
  }
  EXPECT_NE(after.find("Grade 6 Math"), std::string::npos) << "appended rows were lost";
}

}  // namespace
