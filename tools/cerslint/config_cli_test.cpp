// cerslint.toml through the real binary: `config --show` names where every value comes from
// (two nested files and the command line), and settings from files change what `check` reports,
// its severities and its exit code, per file; `fix` takes its [fix] policy from them.
#include <gtest/gtest.h>

#include "tools/cerslint/cli_test_support.hpp"
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace cerslint::cli_test;

// Runs cerslint in `dir` (stdout and stderr together).
CliRun cerslint_in(const fs::path& dir, const std::string& args) {
  CliRun run = run_cerslint(args, "", "cd " + quote(dir.string()) + " && ");
  run.out += run.err;
  return run;
}

constexpr const char* kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";
// CERS accepts it; its only finding is N006 (info: a row with both SSID and login).
const std::string kInfoOnly =
    std::string(kHeader) + "Period 1,01611766111330,2027,Math,9000000001,a.rivera@example.org\n";
// CERS accepts it; its only finding is N005 (warning: a student twice in a group).
const std::string kWarningOnly = std::string(kHeader) +
                                 "Period 1,01611766111330,2027,Math,9000000001,\n"
                                 "Period 1,01611766111330,2027,Math,9000000001,\n"
                                 "Period 1,01611766111330,2027,Math,,t.nguyen@example.org\n";

// A temporary folder tree (cli_test_support's TempDir) written file by file.
class Tree : public TempDir {
 public:
  fs::path write(const std::string& relative, const std::string& text) const {
    const fs::path p = path() / relative;
    fs::create_directories(p.parent_path());
    spit(p, text);
    return p;
  }
  std::string read(const std::string& relative) const { return slurp(path() / relative); }
  const fs::path& root() const { return path(); }
};

// The acceptance point of the configuration issue: values from both files and the command line,
// each with its source.
TEST(ConfigCli, ShowNamesTheSourceOfEveryValue) {
  Tree t;
  const fs::path outer = t.write("outer/cerslint.toml",
                                 "root = true\n"
                                 "ignore = [\"U003\"]\n"
                                 "years = \"2024-2027\"\n");
  const fs::path inner = t.write("outer/inner/cerslint.toml",
                                 "subjects = [\"Math\", \"ELA\"]\n"
                                 "[severity]\n"
                                 "N005 = \"warning\"\n");
  fs::create_directories(t.root() / "outer/inner/sub");
  const CliRun run = cerslint_in(t.root() / "outer", "config --show inner/sub --select N,U");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  const std::string o = outer.string(), i = inner.string();
  const std::string expected = "# effective configuration for " +
                               (t.root() / "outer/inner/sub").string() +
                               "\n"
                               "select = [\"N\", \"U\"]  # from command line (--select)\n"
                               "ignore = [\"U003\"]  # from " +
                               o +
                               ":2\n"
                               "severity.N005 = \"warning\"  # from " +
                               i +
                               ":3\n"
                               "schools = \"\"  # from default (the embedded CDE directory)\n"
                               "years = \"2024-2027\"  # from " +
                               o +
                               ":3\n"
                               "subjects = [\"Math\", \"ELA\"]  # from " +
                               i +
                               ":1\n"
                               "fail-on = \"error\"  # from default\n"
                               "fix.eol = \"keep\"  # from default\n"
                               "fix.backup = true  # from default\n"
                               "fix.unsafe-fixes = false  # from default\n"
                               "fix.neutralize-formulas = false  # from default\n"
                               "# configuration files used, nearest first:\n"
                               "#   " +
                               i +
                               "\n"
                               "#   " +
                               o + "\n";
  EXPECT_EQ(run.out, expected);

  // --isolated: nothing from files; --config: only that file.
  const CliRun isolated = cerslint_in(t.root() / "outer", "config --show --isolated inner/sub");
  EXPECT_NE(isolated.out.find("ignore = []  # from default\n"), std::string::npos) << isolated.out;
  EXPECT_NE(isolated.out.find("# configuration files used: none\n"), std::string::npos);
  const CliRun only =
      cerslint_in(t.root(), "config --show --config outer/cerslint.toml outer/inner/sub");
  EXPECT_NE(only.out.find("ignore = [\"U003\"]  # from " + o + ":2\n"), std::string::npos)
      << only.out;
  EXPECT_EQ(only.out.find("severity.N005"), std::string::npos) << only.out;
}

TEST(ConfigCli, IgnoreInAFileChangesCheckOutputAndExitCode) {
  Tree t;
  t.write("d/cerslint.toml", "root = true\nyears = \"2015-2027\"\n");
  t.write("d/groups.csv", kInfoOnly);
  const CliRun before = cerslint_in(t.root() / "d", "check --no-hints --fail-on info groups.csv");
  EXPECT_EQ(before.exit_code, 1) << before.out;
  EXPECT_NE(before.out.find("info N006"), std::string::npos) << before.out;

  t.write("d/cerslint.toml", "root = true\nyears = \"2015-2027\"\nignore = [\"N006\"]\n");
  const CliRun after = cerslint_in(t.root() / "d", "check --no-hints --fail-on info groups.csv");
  EXPECT_EQ(after.exit_code, 0) << after.out;
  EXPECT_EQ(after.out.find("N006"), std::string::npos) << after.out;
  // Found from a file's folder, not the current directory; standard input uses the current one.
  EXPECT_EQ(cerslint_in(t.root(), "check --fail-on info d/groups.csv").exit_code, 0);
  EXPECT_EQ(cerslint_in(t.root() / "d", "check --fail-on info - < groups.csv").exit_code, 0);
  // The command line wins over the file.
  const CliRun cli = cerslint_in(t.root() / "d", "check --fail-on info --ignore U groups.csv");
  EXPECT_EQ(cli.exit_code, 1) << cli.out;
  EXPECT_EQ(
      cerslint_in(t.root() / "d", "check --isolated --years 2015-2027 --fail-on info groups.csv")
          .exit_code,
      1);
}

TEST(ConfigCli, SeverityOverrideChangesWhatIsShownAndTheExitCode) {
  Tree t;
  t.write("d/groups.csv", kWarningOnly);
  t.write("d/cerslint.toml", "root = true\nyears = \"2015-2027\"\n");
  const CliRun plain = cerslint_in(t.root() / "d", "check --no-hints groups.csv");
  EXPECT_EQ(plain.exit_code, 0) << plain.out;
  EXPECT_NE(plain.out.find("warning N005"), std::string::npos) << plain.out;
  EXPECT_EQ(cerslint_in(t.root() / "d", "check --fail-on warning groups.csv").exit_code, 1);

  t.write(
      "d/cerslint.toml",
      "root = true\nyears = \"2015-2027\"\n[severity]\nduplicate-student-in-group = \"error\"\n");
  const CliRun raised = cerslint_in(t.root() / "d", "check --no-hints groups.csv");
  EXPECT_EQ(raised.exit_code, 1) << raised.out;
  EXPECT_NE(raised.out.find("error N005"), std::string::npos) << raised.out;
  EXPECT_NE(raised.out.find("1 errors, 0 warnings"), std::string::npos) << raised.out;

  t.write("d/cerslint.toml", "root = true\nyears = \"2015-2027\"\n[severity]\nN005 = \"info\"\n");
  const CliRun lowered =
      cerslint_in(t.root() / "d", "check --no-hints --fail-on warning groups.csv");
  EXPECT_EQ(lowered.exit_code, 0) << lowered.out;
  EXPECT_NE(lowered.out.find("info N005"), std::string::npos) << lowered.out;
  EXPECT_EQ(cerslint_in(t.root() / "d", "check --fail-on info groups.csv").exit_code, 1);
  // fix counts what is left for a person with the same severities (N006 has no fix).
  t.write("d/info.csv", kInfoOnly);
  t.write("d/cerslint.toml",
          "root = true\nyears = \"2015-2027\"\n[severity]\nN006 = \"warning\"\n");
  EXPECT_EQ(cerslint_in(t.root() / "d", "fix --diff --fail-on warning info.csv").exit_code, 1);
  EXPECT_EQ(cerslint_in(t.root() / "d", "fix --diff --fail-on error info.csv").exit_code, 0);
  EXPECT_EQ(cerslint_in(t.root() / "d",
                        "fix --diff --isolated --years 2015-2027 --fail-on warning info.csv")
                .exit_code,
            0);
}

TEST(ConfigCli, OverridesApplyToTheFilesTheyMatch) {
  Tree t;
  t.write("d/cerslint.toml",
          "root = true\n"
          "years = \"2015-2027\"\n"
          "fail-on = \"info\"\n"
          "[[overrides]]\n"
          "paths = [\"archive/**\"]\n"
          "ignore = [\"N006\"]\n");
  t.write("d/current.csv", kInfoOnly);
  t.write("d/archive/2023/old.csv", kInfoOnly);
  const CliRun run = cerslint_in(t.root() / "d", "check --no-hints .");
  EXPECT_EQ(run.exit_code, 1) << run.out;
  EXPECT_NE(run.out.find("current.csv:2:46: info N006"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("old.csv:2"), std::string::npos) << run.out;
  // Worker threads read the same per-file settings: same output, same exit code.
  const CliRun jobs = cerslint_in(t.root() / "d", "check --no-hints --jobs 2 .");
  EXPECT_EQ(jobs.exit_code, run.exit_code);
  EXPECT_EQ(jobs.out, run.out);
  EXPECT_EQ(cerslint_in(t.root() / "d", "check archive").exit_code, 0);
  const CliRun show = cerslint_in(t.root() / "d", "config --show archive/2023/old.csv");
  EXPECT_NE(show.out.find("ignore = [\"N006\"]  # from " + (t.root() / "d/cerslint.toml").string() +
                          ":6\n"),
            std::string::npos)
      << show.out;
}

TEST(ConfigCli, BadConfigurationIsAUsageErrorWithLineAndColumn) {
  Tree t;
  const fs::path cfg = t.write("d/cerslint.toml", "root = true\nselct = [\"S\"]\n");
  t.write("d/groups.csv", kInfoOnly);
  for (const char* args : {"check groups.csv", "fix --diff groups.csv", "config --show"}) {
    const CliRun run = cerslint_in(t.root() / "d", args);
    EXPECT_EQ(run.exit_code, 2) << args;
    EXPECT_EQ(run.out, "cerslint: " + cfg.string() +
                           ":2:1: unknown key \"selct\" (did you mean \"select\"?)\n")
        << args;
  }
  t.write("d/cerslint.toml", "root = true\nyears = [2024\n");
  const CliRun syntax = cerslint_in(t.root() / "d", "check groups.csv");
  EXPECT_EQ(syntax.exit_code, 2);
  EXPECT_NE(syntax.out.find(cfg.string() + ":2:"), std::string::npos) << syntax.out;
  EXPECT_NE(syntax.out.find("not valid TOML"), std::string::npos) << syntax.out;
  // --isolated does not read it; --config with a missing file is a usage error.
  EXPECT_EQ(cerslint_in(t.root() / "d", "check --isolated --years 2015-2027 groups.csv").exit_code,
            0);
  EXPECT_EQ(cerslint_in(t.root() / "d", "check --config nope.toml groups.csv").exit_code, 2);
  EXPECT_EQ(cerslint_in(t.root() / "d", "check --config a --isolated groups.csv").exit_code, 2);
  t.write("d/cerslint.toml", "root = true\nschools = \"missing-list.txt\"\n");
  const CliRun schools = cerslint_in(t.root() / "d", "check groups.csv");
  EXPECT_EQ(schools.exit_code, 2);
  EXPECT_NE(schools.out.find("(schools, set at " + cfg.string() + ":2)"), std::string::npos)
      << schools.out;
}

TEST(ConfigCli, FixTakesItsPolicyFromTheFile) {
  Tree t;
  t.write("d/cerslint.toml",
          "root = true\nyears = \"2015-2027\"\n[fix]\neol = \"crlf\"\nbackup = false\n");
  t.write("d/groups.csv", kInfoOnly);
  const CliRun run = cerslint_in(t.root() / "d", "fix groups.csv");
  EXPECT_EQ(run.exit_code, 1) << run.out;  // changed
  EXPECT_EQ(
      t.read("d/groups.csv"),
      "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n"
      "Period 1,01611766111330,2027,Math,9000000001,a.rivera@example.org\r\n");
  EXPECT_FALSE(fs::exists(t.root() / "d/groups.csv.bak"));
  // The command line wins: back to LF, with a backup.
  t.write("d/cerslint.toml", "root = true\nyears = \"2015-2027\"\n[fix]\neol = \"crlf\"\n");
  EXPECT_EQ(cerslint_in(t.root() / "d", "fix --eol lf groups.csv").exit_code, 1);
  EXPECT_EQ(t.read("d/groups.csv"), kInfoOnly);
  EXPECT_TRUE(fs::exists(t.root() / "d/groups.csv.bak"));
}

}  // namespace
