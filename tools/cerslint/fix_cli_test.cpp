// `cerslint fix` as scripts and pre-commit hooks see it: exit codes, where the result goes, and
// that no failure (usage, full disk, read-only directory, a kill mid-write) ever damages an
// original file. Runs the real binary on files written into a private directory per test.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tools/cerslint/cli_test_support.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using namespace cerslint::cli_test;

CliRun cerslint(const std::string& args, const std::string& stdin_file = "/dev/null",
                const std::string& prefix = "") {
  return run_cerslint(args, stdin_file, prefix);
}

// The configuration every fixture uses, so results do not depend on today's date.
const std::string kFix = "fix --years 2015-2027 ";

// A file CERS accepts and no rule objects to: nothing to fix.
const std::string kClean =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n"
    "Period 1,01611766111330,2027,Math,9000000001,\r\n"
    "Period 1,01611766111330,2027,Math,9000000002,\r\n"
    "Period 1,01611766111330,2027,Math,,a.rivera@example.org\r\n";

// kClean with two mistakes the fixer itself repairs (no rule folder's fix needed): header
// names in the wrong case (F010) and an exact repeated student row (N005).
const std::string kDamaged =
    "Group_Name,School_Natural_ID,School_Year,Subject_Code,Student_SSID,Group_User_Login\r\n"
    "Period 1,01611766111330,2027,Math,9000000001,\r\n"
    "Period 1,01611766111330,2027,Math,9000000001,\r\n"
    "Period 1,01611766111330,2027,Math,9000000002,\r\n"
    "Period 1,01611766111330,2027,Math,,a.rivera@example.org\r\n";

struct Stamp {
  std::string bytes;
  ino_t inode = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const Stamp&) const = default;
};

Stamp stamp(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return {};
  return Stamp{slurp(p), st.st_ino,
               static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// Puts the file's modification time in the past, so "not rewritten" is visible in mtime.
void age(const fs::path& p) {
  const struct timespec times[2] = {{978307200, 0}, {978307200, 0}};  // 2001-01-01
  ASSERT_EQ(::utimensat(AT_FDCWD, p.c_str(), times, 0), 0);
}

std::string fmt_changed(std::uint64_t n) { return "200 files, " + std::to_string(n) + " changed;"; }

std::uint64_t count_lines(const std::string& s) {
  return static_cast<std::uint64_t>(std::count(s.begin(), s.end(), '\n'));
}

// ---- Sanity of the test data ----------------------------------------------------------------

TEST(FixCli, TestDataIsWhatTheTestsAssume) {
  TempDir dir;
  spit(dir / "clean.csv", kClean);
  const CliRun check = cerslint("check --years 2015-2027 --fail-on info " + quote((dir / "clean.csv").string()));
  EXPECT_EQ(check.exit_code, 0) << "kClean must have no finding at all:\n" << check.out << check.err;
}

// ---- Exit codes ------------------------------------------------------------------------------

TEST(FixCli, NothingToChangeExitsZeroAndDoesNotRewrite) {
  TempDir dir;
  const fs::path f = dir / "clean.csv";
  spit(f, kClean);
  age(f);
  const Stamp before = stamp(f);
  const CliRun run = cerslint(kFix + "--in-place " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("nothing to fix"), std::string::npos) << run.out;
  EXPECT_TRUE(stamp(f) == before) << "a file needing no change was rewritten (bytes, inode or mtime)";
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"clean.csv"}) << "no .bak, no temporary file";

  // The default mode (no output option) is --in-place: same result.
  const CliRun plain = cerslint(kFix + quote(f.string()));
  EXPECT_EQ(plain.exit_code, 0) << plain.out << plain.err;
  EXPECT_TRUE(stamp(f) == before);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"clean.csv"});
}

TEST(FixCli, ChangedFileExitsOneAndKeepsABackup) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  const CliRun run = cerslint(kFix + "--in-place " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_EQ(slurp(f), kClean);
  EXPECT_EQ(slurp(dir / "groups.csv.bak"), kDamaged);
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"groups.csv", "groups.csv.bak"}));
  // One summary line naming the file and the rules that repaired it.
  EXPECT_EQ(count_lines(run.out), 1u) << run.out;
  EXPECT_EQ(run.out.rfind(f.string() + ": fixed ", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("F010"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("N005"), std::string::npos) << run.out;

  // Fixing the result again changes nothing (and does not touch the backup).
  age(f);
  const Stamp fixed = stamp(f);
  const CliRun again = cerslint(kFix + "--in-place " + quote(f.string()));
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_TRUE(stamp(f) == fixed);
  EXPECT_EQ(slurp(dir / "groups.csv.bak"), kDamaged);
}

// --neutralize-formulas: an apostrophe in front of a group name spreadsheets would run as a
// formula; the id, year, subject and login columns are never touched, even when one starts
// with a formula character. Works without --unsafe-fixes, from the flag or from cerslint.toml,
// and a second run changes nothing.
TEST(FixCli, NeutralizeFormulasTouchesGroupNamesOnly) {
  const std::string header =
      "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n";
  const std::string input = header +
                            "=HYPERLINK(\"x\"),01611766111330,2027,Math,9000000001,\r\n"
                            "=HYPERLINK(\"x\"),01611766111330,2027,Math,,-t.ng@example.org\r\n"
                            "@Lab,01611766111330,2027,Math,9000000002,\r\n"
                            "@Lab,01611766111330,2027,Math,,a.rivera@example.org\r\n";
  const std::string neutralized = header +
                                  // (a value holding quotes is written quoted)
                                  "\"'=HYPERLINK(\"\"x\"\")\",01611766111330,2027,Math,9000000001,\r\n"
                                  "\"'=HYPERLINK(\"\"x\"\")\",01611766111330,2027,Math,,-t.ng@example.org\r\n"
                                  "'@Lab,01611766111330,2027,Math,9000000002,\r\n"
                                  "'@Lab,01611766111330,2027,Math,,a.rivera@example.org\r\n";
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, input);
  const CliRun safe = cerslint(kFix + "--select G007 --stdout " + quote(f.string()));
  EXPECT_EQ(safe.out, input) << "G007's fix is unsafe: not applied without being asked";

  const CliRun run = cerslint(kFix + "--neutralize-formulas --no-backup " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_EQ(slurp(f), neutralized);
  EXPECT_NE(run.out.find("(G007 4)"), std::string::npos) << run.out;  // one per row renamed

  const CliRun again = cerslint(kFix + "--neutralize-formulas --no-backup " + quote(f.string()));
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_EQ(slurp(f), neutralized);

  // The same from cerslint.toml; --unsafe-fixes alone removes the characters instead.
  spit(f, input);
  spit(dir / "cerslint.toml", "[fix]\nneutralize-formulas = true\nbackup = false\n");
  EXPECT_EQ(cerslint(kFix + quote(f.string())).exit_code, 1);
  EXPECT_EQ(slurp(f), neutralized);
  spit(f, input);
  spit(dir / "cerslint.toml", "[fix]\nbackup = false\n");
  EXPECT_EQ(cerslint(kFix + "--select G007 --unsafe-fixes " + quote(f.string())).exit_code, 1);
  EXPECT_EQ(slurp(f).find("'"), std::string::npos) << slurp(f);
  EXPECT_NE(slurp(f).find("\n\"HYPERLINK(\"\"x\"\")\",01611766111330"), std::string::npos) << slurp(f);
}

TEST(FixCli, ExitZeroOnFix) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  const CliRun run = cerslint(kFix + "--exit-zero-on-fix --no-backup " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_EQ(slurp(f), kClean);
}

TEST(FixCli, UsageAndInputErrorsExitTwo) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  const fs::path g = dir / "other.csv";
  spit(f, kDamaged);
  spit(g, kDamaged);
  const std::string F = quote(f.string()), G = quote(g.string());
  const std::string out = quote((dir / "out.csv").string());
  for (const std::string& args : {
           kFix + "--in-place --stdout " + F,             // two output modes
           kFix + "--diff -o " + out + " " + F,           // two output modes
           kFix + "-o " + out + " " + F + " " + G,        // -o with two inputs
           kFix + "--stdout " + F + " " + G,              // --stdout with two inputs
           kFix + "--eol cr " + F,                        // bad --eol
           kFix + "--select Q123 " + F,                   // unknown rule
           kFix + "--years nonsense " + F,                // bad configuration
           kFix + "--in-place -",                         // standard input in place
           kFix + "--no-such-option " + F,                // CLI11 parse error
           std::string("fix"),                            // no file
       }) {
    const CliRun run = cerslint(args);
    EXPECT_EQ(run.exit_code, 2) << args << "\n" << run.out << run.err;
    EXPECT_EQ(slurp(f), kDamaged) << args;
  }
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"groups.csv", "other.csv"}));

  const CliRun missing = cerslint(kFix + quote((dir / "missing.csv").string()));
  EXPECT_EQ(missing.exit_code, 2) << missing.out << missing.err;
  EXPECT_NE(missing.err.find("missing.csv"), std::string::npos) << missing.err;

  // An I/O failure on one file does not stop the others; the exit code says 2.
  const CliRun mixed = cerslint(kFix + "--no-backup " + quote((dir / "missing.csv").string()) + " " + F);
  EXPECT_EQ(mixed.exit_code, 2) << mixed.out << mixed.err;
  EXPECT_EQ(slurp(f), kClean);
}

// A file the fixer must not touch (a quote error in a data row) is refused with exit 2.
TEST(FixCli, RefusedFileExitsTwoAndIsUnchanged) {
  TempDir dir;
  const fs::path f = dir / "quote.csv";
  const std::string content = kDamaged + "Period 1,01611766111330,2027,Math,\"9000000003\"x,\r\n";
  spit(f, content);
  age(f);
  const Stamp before = stamp(f);
  const CliRun run = cerslint(kFix + "--in-place " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
  EXPECT_NE(run.err.find("quote error"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("not changed"), std::string::npos) << run.err;
  EXPECT_TRUE(stamp(f) == before);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"quote.csv"});
}

// ---- Output modes ----------------------------------------------------------------------------

TEST(FixCli, InPlaceNeverOverwritesAnExistingBackup) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  spit(dir / "groups.csv.bak", "an older backup\r\n");
  const CliRun run = cerslint(kFix + "--in-place " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
  EXPECT_NE(run.err.find("groups.csv.bak"), std::string::npos) << run.err;
  EXPECT_EQ(slurp(f), kDamaged);
  EXPECT_EQ(slurp(dir / "groups.csv.bak"), "an older backup\r\n");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"groups.csv", "groups.csv.bak"}))
      << "no temporary file left behind";
}

TEST(FixCli, NoBackup) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  ASSERT_EQ(::chmod(f.c_str(), 0640), 0);
  const CliRun run = cerslint(kFix + "--in-place --no-backup " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_EQ(slurp(f), kClean);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"groups.csv"});
  // The replaced file keeps the original's permissions.
  EXPECT_EQ(fs::status(f).permissions(),
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST(FixCli, OutputFile) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  const fs::path out = dir / "fixed.csv";
  spit(f, kDamaged);
  age(f);
  const Stamp before = stamp(f);
  const CliRun run = cerslint(kFix + "-o " + quote(out.string()) + " " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_EQ(slurp(out), kClean);
  EXPECT_TRUE(stamp(f) == before) << "-o must leave the input alone";
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"fixed.csv", "groups.csv"}));

  // -o over an existing file replaces it; a clean input is copied unchanged with exit 0.
  const fs::path c = dir / "clean.csv";
  spit(c, kClean);
  const CliRun clean = cerslint(kFix + "-o " + quote(out.string()) + " " + quote(c.string()));
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_EQ(slurp(out), kClean);
}

TEST(FixCli, Stdout) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  age(f);
  const Stamp before = stamp(f);
  const CliRun run = cerslint(kFix + "--stdout " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out, kClean) << "standard output holds the repaired file and nothing else";
  EXPECT_NE(run.err.find("groups.csv"), std::string::npos) << "the summary goes to stderr";
  EXPECT_TRUE(stamp(f) == before);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"groups.csv"});

  // Standard input works with --stdout.
  const CliRun piped = cerslint(kFix + "--stdout -", f.string());
  EXPECT_EQ(piped.exit_code, 1) << piped.err;
  EXPECT_EQ(piped.out, kClean);

  // --show-fixes lists the repairs on stderr: standard output stays the file alone.
  const CliRun shown = cerslint(kFix + "--stdout --show-fixes " + quote(f.string()));
  EXPECT_EQ(shown.exit_code, 1) << shown.err;
  EXPECT_EQ(shown.out, kClean);
  EXPECT_NE(shown.err.find(": fixed "), std::string::npos) << shown.err;
}

TEST(FixCli, DiffWritesNothingAndPrintsAUnifiedDiff) {
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  age(f);
  const Stamp before = stamp(f);
  const CliRun run = cerslint(kFix + "--diff " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(stamp(f) == before);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"groups.csv"});
  const std::string p = f.string();
  // The header line replaced and one of the two identical rows removed; the rest is context.
  const std::string expected_start =
      "--- " + p + " (before)\n"
      "+++ " + p + " (fixed)\n"
      "@@ -1,5 +1,4 @@\n"
      "-Group_Name,School_Natural_ID,School_Year,Subject_Code,Student_SSID,Group_User_Login\r\n"
      "+group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n";
  EXPECT_EQ(run.out.rfind(expected_start, 0), 0u) << run.out;
  EXPECT_NE(run.out.find("\n-Period 1,01611766111330,2027,Math,9000000001,\r\n"), std::string::npos)
      << run.out;
  EXPECT_EQ(run.out.find("\n+Period"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\n Period 1,01611766111330,2027,Math,,a.rivera@example.org\r\n"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("would fix"), std::string::npos) << run.out;

  // Nothing to change: an empty diff and exit 0.
  const fs::path c = dir / "clean.csv";
  spit(c, kClean);
  const CliRun clean = cerslint(kFix + "--diff " + quote(c.string()));
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_EQ(clean.out.find("---"), std::string::npos) << clean.out;
}

// ---- Failures leave every original intact -----------------------------------------------------

TEST(FixCli, FullDiskFailsWithExitTwoAndKeepsTheInput) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full on this system";
  TempDir dir;
  const fs::path f = dir / "groups.csv";
  spit(f, kDamaged);
  age(f);
  const Stamp before = stamp(f);
  const CliRun run = cerslint(kFix + "-o /dev/full " + quote(f.string()));
  EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
  EXPECT_NE(run.err.find("/dev/full"), std::string::npos) << run.err;
  EXPECT_TRUE(stamp(f) == before);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"groups.csv"});
}

// The tests run as root, which ignores permission bits. The directory is made immutable with
// `chattr +i` (root cannot create, rename or link in it either); where chattr does not work
// (a file system without attributes), the binary runs as `nobody` on a 0555 directory.
TEST(FixCli, ReadOnlyDirectoryLeavesEveryOriginalIntact) {
  TempDir dir;
  const fs::path ro = dir / "ro";
  fs::create_directory(ro);
  spit(ro / "a.csv", kDamaged);
  spit(ro / "b.csv", kDamaged);
  spit(ro / "c.csv", kClean);
  for (const char* n : {"a.csv", "b.csv", "c.csv"}) age(ro / n);
  const Stamp a = stamp(ro / "a.csv"), b = stamp(ro / "b.csv"), c = stamp(ro / "c.csv");
  const std::string files = quote((ro / "a.csv").string()) + " " + quote((ro / "b.csv").string()) +
                            " " + quote((ro / "c.csv").string());

  std::string prefix;
  std::string method;
  if (std::system(("chattr +i " + quote(ro.string()) + " 2>/dev/null").c_str()) == 0) {
    method = "chattr +i on the directory";
  } else if (std::system("setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null") == 0) {
    method = "setpriv as nobody on a 0555 directory";
    fs::permissions(dir.path(), fs::perms::all & ~fs::perms::group_write & ~fs::perms::others_write);
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    for (const char* n : {"a.csv", "b.csv", "c.csv"}) {
      fs::permissions(ro / n, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    }
    prefix = "setpriv --reuid=nobody --regid=nogroup --clear-groups ";
  } else {
    GTEST_SKIP() << "neither chattr +i nor setpriv works here: cannot make a directory "
                    "read-only for root";
  }
  RecordProperty("read_only_method", method);
  std::cout << "[ read-only directory made with: " << method << " ]\n";

  const CliRun run = cerslint(kFix + "--in-place " + files, "/dev/null", prefix);
  (void)std::system(("chattr -i " + quote(ro.string()) + " 2>/dev/null").c_str());
  EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
  EXPECT_NE(run.err.find("a.csv"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("b.csv"), std::string::npos) << run.err;
  EXPECT_TRUE(stamp(ro / "a.csv") == a);
  EXPECT_TRUE(stamp(ro / "b.csv") == b);
  EXPECT_TRUE(stamp(ro / "c.csv") == c);
  EXPECT_EQ(TempDir::list(ro), (std::vector<std::string>{"a.csv", "b.csv", "c.csv"}));
}

// FNV-1a of a file, streamed (the big file is ~140 MB).
std::uint64_t file_hash(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::vector<char> buf(1 << 20);
  std::uint64_t h = 1469598103934665603ull;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      h = (h ^ static_cast<unsigned char>(buf[static_cast<std::size_t>(i)])) * 1099511628211ull;
    }
  }
  return h;
}

pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_strings(extra_env);
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string(*e).rfind("TMPDIR=", 0) != 0) env_strings.emplace_back(*e);
  }
  std::vector<char*> env;
  for (std::string& s : env_strings) env.push_back(s.data());
  env.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

// SIGKILL while the repaired copy of a big file is being written beside it: the original must be
// byte-identical and no temporary file named after it may stay in its directory.
TEST(FixCli, KilledWhileWritingLeavesTheOriginalIntact) {
  TempDir dir;
  const fs::path work = dir / "work";
  const fs::path scratch = dir / "scratch";  // TMPDIR of the killed process
  fs::create_directory(work);
  fs::create_directory(scratch);
  const fs::path big = work / "big.csv";
#ifdef CERSLINT_SANITIZED
  const char* rows = "300000";  // ASan is ~10x slower: the write still takes seconds
#else
  const char* rows = "2000000";
#endif
  const std::string gen = quote(GEN_DISTRICT_BINARY) + " --rows " + rows +
                          " --damage 0.001 --seed 7 -o " + quote(big.string());
  ASSERT_EQ(std::system(gen.c_str()), 0) << gen;
  const auto size = fs::file_size(big);
  const std::uint64_t hash = file_hash(big);

  const pid_t pid = spawn({CERSLINT_BINARY, "fix", "--years", "2015-2027", "--in-place", big.string()},
                          {"TMPDIR=" + scratch.string()});
  ASSERT_GT(pid, 0);
  // Wait until the replacement file beside the original is being written, then kill.
  bool caught = false;
  int status = 0;
  bool exited = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  while (!caught && std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    // The replacement is an unnamed file (O_TMPFILE) in the same directory: it shows in
    // /proc/PID/fd as "<dir>/#<inode> (deleted)". (A named temporary file, where O_TMPFILE is
    // not supported, shows under its name.)
    std::error_code ec;
    for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
      std::error_code ec2;
      const std::string target = fs::read_symlink(fd.path(), ec2).string();
      if (ec2 || target.rfind(work.string() + "/", 0) != 0 || target == big.string()) continue;
      if (fs::file_size(fd.path(), ec2) > (1u << 20) && !ec2) caught = true;
    }
    if (!caught) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (!exited) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
  }
  ASSERT_TRUE(caught) << "the fixer " << (exited ? "finished" : "never started writing")
                      << " before it could be killed; entries: "
                      << ::testing::PrintToString(TempDir::list(work));
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

  EXPECT_EQ(fs::file_size(big), size);
  EXPECT_EQ(file_hash(big), hash) << "the original changed";
  std::vector<std::string> left;
  for (const std::string& name : TempDir::list(work)) {
    if (name == "big.csv") continue;
    if (name == "big.csv.bak") {  // a kill between backup link and rename: the same bytes
      EXPECT_EQ(file_hash(work / name), hash);
      continue;
    }
    left.push_back(name);
  }
  // The replacement is unnamed until the instant before the rename, so a kill leaves nothing.
  EXPECT_TRUE(left.empty()) << "left in the directory: " << ::testing::PrintToString(left);
  const std::vector<std::string> scratch_left = TempDir::list(scratch);
  if (!scratch_left.empty()) {
    std::cout << "[ note: " << scratch_left.size()
              << " scratch file(s) left in TMPDIR after SIGKILL: "
              << ::testing::PrintToString(scratch_left) << " ]\n";
  }
}

// 200 generated files with Excel/SIS damage, fixed in one run: one summary line per file, then a
// total. The folder itself is the argument: `cerslint fix` expands it to the *.csv files in it.
TEST(FixCli, TwoHundredDamagedFilesInOneRun) {
  TempDir dir;
  const fs::path d = dir / "district";
  fs::create_directory(d);
  std::string gen_script;
  std::vector<std::string> names;
  for (int n = 1; n <= 200; ++n) {
    char name[32];
    std::snprintf(name, sizeof name, "school_%03d.csv", n);
    names.emplace_back(name);
    gen_script += quote(GEN_DISTRICT_BINARY) + " --rows 300 --damage 0.05 --seed " +
                  std::to_string(n) + " -o " + quote((d / name).string()) + " || exit 1\n";
  }
  spit(dir / "gen.sh", gen_script);
  ASSERT_EQ(std::system(("sh " + quote((dir / "gen.sh").string())).c_str()), 0);

  const std::string args = kFix + "--in-place " + quote(d.string());
  const CliRun run = cerslint(args);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err, "") << "no file was refused";

  std::istringstream lines(run.out);
  std::string line;
  std::vector<std::string> summary;
  while (std::getline(lines, line)) summary.push_back(line);
  ASSERT_EQ(summary.size(), 201u) << run.out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(summary[i].rfind((d / names[i]).string() + ": ", 0), 0u) << summary[i];
  }
  EXPECT_EQ(summary.back().rfind("total: 200 files, ", 0), 0u) << summary.back();

  // Changed files were replaced with their backup beside them, and nothing else is left.
  std::uint64_t backups = 0;
  for (const std::string& name : TempDir::list(d)) {
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".bak") == 0) {
      ++backups;
      const std::string original = name.substr(0, name.size() - 4);
      EXPECT_TRUE(std::find(names.begin(), names.end(), original) != names.end()) << name;
      EXPECT_NE(slurp(d / original), slurp(d / name)) << "a backup of an unchanged file: " << name;
    } else {
      EXPECT_TRUE(std::find(names.begin(), names.end(), name) != names.end())
          << "left in the directory: " << name;
    }
  }
  EXPECT_NE(run.out.find(fmt_changed(backups)), std::string::npos) << summary.back();
  // A second run has nothing left to change.
  const CliRun again = cerslint(args);
  std::istringstream lines2(again.out);
  std::uint64_t unchanged = 0;
  while (std::getline(lines2, line)) unchanged += line.find(": nothing to fix;") != std::string::npos;
  EXPECT_EQ(unchanged, 200u) << again.out;
}

// --jobs: the same messages in the same order, the same exit code and the same repaired files
// as one job, for in-place fixes with --show-fixes, for --diff, and with an unreadable input and
// a pipe among the files (their errors keep their place).
TEST(FixCli, JobsGiveTheSameOutputAndFilesAsOneJob) {
  TempDir dir;
  std::string gen_script;
  for (const char* copy : {"one", "four"}) {
    fs::create_directory(dir / copy);
    for (int n = 1; n <= 12; ++n) {
      gen_script += quote(GEN_DISTRICT_BINARY) + " --rows " + std::to_string(200 + 97 * n) +
                    " --damage 0.05 --seed " + std::to_string(n) + " -o " +
                    quote((dir / copy / ("school_" + std::to_string(100 + n) + ".csv")).string()) +
                    " || exit 1\n";
    }
  }
  spit(dir / "gen.sh", gen_script);
  ASSERT_EQ(std::system(("sh " + quote((dir / "gen.sh").string())).c_str()), 0);

  for (const std::string mode : {"--diff ", "--show-fixes --in-place "}) {
    SCOPED_TRACE(mode);
    // Paths are given relative to each folder so both runs print the same text.
    const auto run_in = [&](const char* copy, const char* jobs) {
      return run_cerslint(kFix + mode + jobs + " school_*.csv missing.csv", "/dev/null",
                          "cd " + quote((dir / copy).string()) + " && ");
    };
    const CliRun one = run_in("one", "--jobs 1");
    const CliRun four = run_in("four", "--jobs 4");
    EXPECT_EQ(one.exit_code, 2) << one.err;  // missing.csv
    EXPECT_EQ(four.exit_code, one.exit_code);
    EXPECT_EQ(four.out, one.out);
    EXPECT_EQ(four.err, one.err);
    EXPECT_NE(one.out.find("total: 13 files"), std::string::npos) << one.out;
    for (const std::string& name : TempDir::list(dir / "one")) {
      EXPECT_EQ(slurp(dir / "four" / name), slurp(dir / "one" / name)) << name;
    }
    EXPECT_EQ(TempDir::list(dir / "four"), TempDir::list(dir / "one"));
  }
}

// One file with --jobs 2: its checks before and after fixing read on a second thread. The
// repaired bytes, the messages and the exit code are those of one job, for a file that needs
// fixing (the fixer and the check of its output run) and for one that does not. 12,000 rows
// (about 660 KB) fill several of the reading thread's 256 KiB batches; with a mistake on every
// row, a record lost between batches changes the count of findings left for a person.
TEST(FixCli, OneFileOnTwoCoresGivesTheSameResultAsOneJob) {
  TempDir dir;
  const fs::path damaged = dir / "damaged.csv", clean = dir / "clean.csv";
  const std::string gen = quote(GEN_DISTRICT_BINARY) + " --rows 12000 --seed 7 ";
  ASSERT_EQ(std::system((gen + "--damage 1.0 -o " + quote(damaged.string())).c_str()), 0);
  ASSERT_EQ(std::system((gen + "-o " + quote(clean.string())).c_str()), 0);
  for (const fs::path& file : {damaged, clean}) {
    for (const std::string mode : {"--stdout ", "--show-fixes --unsafe-fixes --stdout "}) {
      SCOPED_TRACE(file.filename().string() + " " + mode);
      const CliRun one = cerslint(kFix + mode + "--jobs 1 " + quote(file.string()));
      const CliRun two = cerslint(kFix + mode + "--jobs 2 " + quote(file.string()));
      EXPECT_EQ(two.exit_code, one.exit_code);
      // EXPECT_TRUE, and only the last lines: both texts are hundreds of kilobytes.
      const auto last = [](const std::string& t) {
        return t.substr(t.size() - std::min<std::size_t>(t.size(), 300));
      };
      EXPECT_TRUE(two.out == one.out) << "the repaired file differs with --jobs 2";
      EXPECT_TRUE(two.err == one.err) << "the messages differ with --jobs 2; one job ends\n"
                                      << last(one.err) << "\ntwo jobs end\n"
                                      << last(two.err);
      EXPECT_GT(one.out.size(), 100000u);  // the whole file came out
    }
  }
  // The damaged file had something to fix (so the second check, of the output, ran).
  EXPECT_NE(slurp(damaged), cerslint(kFix + "--stdout " + quote(damaged.string())).out);
}

}  // namespace
