// `cerslint check` with a baseline, end to end on the example district file: write one, check
// again (nothing new: exit 0), add a bad row above old findings (only it is reported: exit 1),
// fix a row (its suppressions are reported as no longer matching), and the file found from
// another folder.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
};

// Runs cerslint in `dir` (stderr into the output too).
CliRun cerslint(const fs::path& dir, const std::string& args) {
  const std::string cmd =
      "cd '" + dir.string() + "' && '" + CERSLINT_BINARY + "' " + args + " 2>&1";
  CliRun run;
  std::FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return run;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) run.out.append(buf, n);
  const int status = pclose(p);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

// The example ends its lines in CRLF, as Excel does: so must an edited copy.
void write_lines(const fs::path& p, const std::vector<std::string>& lines) {
  std::ofstream out(p, std::ios::binary);
  for (const std::string& l : lines) out << l << "\r\n";
}

// Finding lines of text output ("file:line:col: severity CODE ...").
std::vector<std::string> findings(const std::string& out) {
  std::vector<std::string> found;
  for (const std::string& l : lines_of(out)) {
    if (l.find(": error ") != std::string::npos || l.find(": warning ") != std::string::npos ||
        l.find(": info ") != std::string::npos) {
      found.push_back(l);
    }
  }
  return found;
}

class BaselineCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cerslint-baseline-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const char* src = std::getenv("CERSLINT_SOURCE_DIR");
    const fs::path example =
        fs::path(src != nullptr ? src : ".") / "testdata/examples/district-groups.csv";
    fs::copy_file(example, dir_ / "district-groups.csv");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  // Pinned years: the findings must not depend on today's date.
  const std::string check_ = "check --years 2015-2027 --no-hints ";
};

TEST_F(BaselineCli, WriteThenCheckFailsOnlyOnNewFindings) {
  // Without a baseline the example fails with many findings.
  const CliRun plain = cerslint(dir_, check_ + "district-groups.csv");
  EXPECT_EQ(plain.exit_code, 1);
  ASSERT_GT(findings(plain.out).size(), 50u);

  const CliRun write = cerslint(dir_, check_ + "district-groups.csv --write-baseline");
  EXPECT_EQ(write.exit_code, 0) << write.out;
  const std::string baseline = read(dir_ / "cerslint-baseline.json");
  EXPECT_NE(baseline.find("{\"file\":\"district-groups.csv\",\"rule\":\"C106\",\"school\":"
                          "\"1611766056923\",\"year\":\"2027\",\"group\":\"Math Support 6\","
                          "\"member\":\"ann.rodriguez@example.org\",\"count\":1}"),
            std::string::npos)
      << baseline;
  // Only key fields: no message or hint text.
  EXPECT_EQ(baseline.find("can not be found"), std::string::npos);
  EXPECT_EQ(baseline.find("Excel"), std::string::npos);

  // The same file again: every finding is known, exit 0 although CERS would still reject it.
  const CliRun again = cerslint(dir_, check_ + "district-groups.csv");
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_TRUE(findings(again.out).empty()) << again.out;
  EXPECT_NE(again.out.find("findings suppressed by cerslint-baseline.json"), std::string::npos)
      << again.out;
  EXPECT_NE(again.out.find("CERS would reject it"), std::string::npos) << again.out;

  // --format cers is CERS's verdict: never filtered.
  const CliRun cers = cerslint(dir_, check_ + "--format cers district-groups.csv");
  EXPECT_EQ(cers.exit_code, 1);
  EXPECT_NE(cers.out.find("School [1611766056923] can not be found"), std::string::npos);
  // --no-baseline: everything again.
  EXPECT_EQ(cerslint(dir_, check_ + "--no-baseline district-groups.csv").exit_code, 1);

  // A new bad row near the top: every later line moves by one, only the new row is reported.
  std::vector<std::string> rows = lines_of(read(dir_ / "district-groups.csv"));
  rows.insert(rows.begin() + 2,
              "Muñoz Kindergarten Math,01611766111330,2027,,,mailto:new.teacher@example.org");
  write_lines(dir_ / "district-groups.csv", rows);
  const CliRun added = cerslint(dir_, check_ + "district-groups.csv");
  EXPECT_EQ(added.exit_code, 1) << added.out;
  const std::vector<std::string> found = findings(added.out);
  ASSERT_EQ(found.size(), 1u) << added.out;
  EXPECT_EQ(found[0].rfind("district-groups.csv:3:", 0), 0u) << found[0];
  EXPECT_NE(found[0].find("L003"), std::string::npos) << found[0];
  EXPECT_EQ(added.out.find("no longer match"), std::string::npos) << added.out;
}

TEST_F(BaselineCli, FixedRowsLeaveSuppressionsThatNoLongerMatch) {
  ASSERT_EQ(cerslint(dir_, check_ + "district-groups.csv --write-baseline").exit_code, 0);
  // Remove the row with the school id Excel shortened (C106 and S002).
  std::vector<std::string> rows = lines_of(read(dir_ / "district-groups.csv"));
  const auto bad = std::find(rows.begin(), rows.end(),
                             "Math Support 6,1611766056923,2027,Math,,ann.rodriguez@example.org");
  ASSERT_NE(bad, rows.end());
  rows.erase(bad);
  write_lines(dir_ / "district-groups.csv", rows);
  const CliRun fixed = cerslint(dir_, check_ + "district-groups.csv");
  EXPECT_EQ(fixed.exit_code, 0) << fixed.out;  // unused suppressions do not fail the run
  EXPECT_TRUE(findings(fixed.out).empty()) << fixed.out;
  for (const char* code : {"C106", "S002"}) {
    EXPECT_NE(fixed.out.find(std::string("cerslint-baseline.json: suppression for ") + code +
                             " in district-groups.csv (school \"1611766056923\", year \"2027\", "
                             "group \"Math Support 6\", member \"ann.rodriguez@example.org\") "
                             "no longer matches; run `cerslint check "
                             "--write-baseline=cerslint-baseline.json` to prune it"),
              std::string::npos)
        << fixed.out;
  }
  EXPECT_NE(fixed.out.find("; 2 suppressions no longer match"), std::string::npos) << fixed.out;

  // Writing again prunes them.
  ASSERT_EQ(cerslint(dir_, check_ + "district-groups.csv --write-baseline").exit_code, 0);
  const CliRun pruned = cerslint(dir_, check_ + "district-groups.csv");
  EXPECT_EQ(pruned.exit_code, 0) << pruned.out;
  EXPECT_EQ(pruned.out.find("no longer match"), std::string::npos) << pruned.out;
}

TEST_F(BaselineCli, TheNearestBaselineAboveTheFileNamesItRelativeToItsFolder) {
  fs::create_directories(dir_ / "2027");
  fs::rename(dir_ / "district-groups.csv", dir_ / "2027" / "district-groups.csv");
  const CliRun write =
      cerslint(dir_, check_ + "--write-baseline=cerslint-baseline.json 2027/district-groups.csv");
  ASSERT_EQ(write.exit_code, 0) << write.out;
  EXPECT_NE(read(dir_ / "cerslint-baseline.json").find("\"file\":\"2027/district-groups.csv\""),
            std::string::npos);
  // From another folder, by absolute path: the baseline is found upward from the file.
  const CliRun elsewhere =
      cerslint(fs::temp_directory_path(),
               check_ + "'" + (dir_ / "2027" / "district-groups.csv").string() + "'");
  EXPECT_EQ(elsewhere.exit_code, 0) << elsewhere.out;
  EXPECT_TRUE(findings(elsewhere.out).empty()) << elsewhere.out;
  // From inside the folder, by a relative path.
  EXPECT_EQ(cerslint(dir_ / "2027", check_ + "district-groups.csv").exit_code, 0);
  // An explicit --baseline that does not cover the file filters nothing.
  std::ofstream(dir_ / "empty.json") << "{\"version\": 1, \"entries\": []}\n";
  EXPECT_EQ(cerslint(dir_, check_ + "--baseline empty.json 2027/district-groups.csv").exit_code, 1);
}

TEST_F(BaselineCli, MistakesAreUsageErrorsThatChangeNothing) {
  const std::string before = read(dir_ / "district-groups.csv");
  // The optional PATH took the CSV's name: refused, the CSV is untouched.
  const CliRun took_csv = cerslint(dir_, check_ + "--write-baseline district-groups.csv x.csv");
  EXPECT_EQ(took_csv.exit_code, 2) << took_csv.out;
  EXPECT_NE(took_csv.out.find("ends in .json"), std::string::npos) << took_csv.out;
  EXPECT_EQ(read(dir_ / "district-groups.csv"), before);

  const CliRun cers = cerslint(dir_, check_ + "--format cers --write-baseline district-groups.csv");
  EXPECT_EQ(cers.exit_code, 2) << cers.out;

  // A damaged baseline is never silently ignored, nor overwritten.
  std::ofstream(dir_ / "cerslint-baseline.json") << "{\"version\": 1, \"entries\": [";
  const CliRun damaged = cerslint(dir_, check_ + "district-groups.csv");
  EXPECT_EQ(damaged.exit_code, 2) << damaged.out;
  EXPECT_NE(damaged.out.find("not a usable cerslint baseline"), std::string::npos) << damaged.out;
  const CliRun overwrite = cerslint(dir_, check_ + "district-groups.csv --write-baseline");
  EXPECT_EQ(overwrite.exit_code, 2) << overwrite.out;
  EXPECT_EQ(read(dir_ / "cerslint-baseline.json"), "{\"version\": 1, \"entries\": [");
  EXPECT_EQ(cerslint(dir_, check_ + "--baseline missing.json district-groups.csv").exit_code, 2);
}

}  // namespace
