// The command line's contract for scripts and hooks: exit codes under --fail-on, and what
// --select / --ignore let through. Runs the real binary on small files written per test.
#include <gtest/gtest.h>

#include "tools/cerslint/cli_test_support.hpp"
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace cerslint::cli_test;

// Standard output, then standard error, as one text.
CliRun cerslint(const std::string& args) {
  CliRun run = run_cerslint(args);
  run.out += run.err;
  return run;
}

// A file CERS accepts whose only finding is N006 (info: a row with both SSID and login), written
// in the test's own folder: ctest runs this program's tests (or shards) at the same time, and a
// shared path was rewritten by one while another read it.
fs::path info_only_file(const TempDir& dir) {
  const fs::path p = dir / "info_only.csv";
  std::ofstream(p, std::ios::binary)
      << "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n"
         "Period 1,01611766111330,2027,Math,9000000001,a.rivera@example.org\n";
  return p;
}

TEST(Cli, FailOnSetsTheSeverityThatFails) {
  const TempDir dir;
  const std::string file = info_only_file(dir).string();
  const std::string base = "check --years 2015-2027 --no-hints --select N006 ";
  EXPECT_EQ(cerslint(base + file).exit_code, 0);  // default --fail-on error
  EXPECT_EQ(cerslint(base + "--fail-on warning " + file).exit_code, 0);
  const CliRun info = cerslint(base + "--fail-on info " + file);
  EXPECT_EQ(info.exit_code, 1);
  EXPECT_NE(info.out.find("info N006"), std::string::npos) << info.out;
  EXPECT_EQ(cerslint(base + "--fail-on nonsense " + file).exit_code, 2);
}

TEST(Cli, IgnoreHidesFindingsAndUnknownRulesAreUsageErrors) {
  const TempDir dir;
  const std::string file = info_only_file(dir).string();
  const CliRun ignored = cerslint("check --years 2015-2027 --ignore N006 --fail-on info " + file);
  EXPECT_EQ(ignored.exit_code, 0) << ignored.out;
  EXPECT_EQ(ignored.out.find("N006"), std::string::npos);
  const CliRun by_name =
      cerslint("check --years 2015-2027 --ignore student-and-login --fail-on info " + file);
  EXPECT_EQ(by_name.exit_code, 0) << by_name.out;
  const CliRun unknown = cerslint("check --select Q123 " + file);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.out.find("Q123"), std::string::npos);
}

TEST(Cli, RulesListsEveryRuleWithSeverityAndFix) {
  const CliRun rules = cerslint("rules");
  EXPECT_EQ(rules.exit_code, 0);
  EXPECT_NE(rules.out.find("N006   student-and-login-in-row         info     none"),
            std::string::npos)
      << rules.out;
  EXPECT_EQ(cerslint("rules --format markdown").exit_code, 0);
}


TEST(Cli, QuotedGlobPatternsAreExpandedAndEmptyOnesReported) {
  const TempDir dir;
  const fs::path& root = dir.path();
  fs::create_directories(root / "district" / "east" / "deep");
  fs::copy_file(info_only_file(dir), root / "district" / "top.csv");
  fs::copy_file(info_only_file(dir), root / "district" / "east" / "deep" / "inner.csv");
  std::ofstream(root / "district" / "notes.txt") << "not a CSV file\n";
  const std::string base = "check --years 2015-2027 --no-hints '" + root.string();
  const CliRun both = cerslint(base + "/district/**/*.csv'");
  EXPECT_EQ(both.exit_code, 0) << both.out;
  EXPECT_NE(both.out.find("district/top.csv: CERS would accept it"), std::string::npos) << both.out;
  EXPECT_NE(both.out.find("district/east/deep/inner.csv: CERS would accept it"), std::string::npos)
      << both.out;
  EXPECT_EQ(both.out.find("notes.txt"), std::string::npos) << both.out;
  const CliRun none = cerslint(base + "/nowhere/**/*.csv'");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.out.find("no file matches \"" + root.string() + "/nowhere/**/*.csv\""),
            std::string::npos)
      << none.out;
  // One pattern matches nothing, another matches: reported, and the match is checked.
  const CliRun some = cerslint(base + "/nowhere/*.csv' '" + root.string() + "/district/t?p.csv'");
  EXPECT_EQ(some.exit_code, 0) << some.out;
  EXPECT_NE(some.out.find("no file matches"), std::string::npos) << some.out;
  EXPECT_NE(some.out.find("district/top.csv: CERS would accept it"), std::string::npos) << some.out;
}

}  // namespace
