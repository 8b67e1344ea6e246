// The progress line end to end: `cerslint check` on a file over 50 MB, run in a pseudo-terminal
// (forkpty), draws the line on the terminal and erases it before the verdict; with CI set or
// --no-progress, or with standard error not a terminal, nothing of it appears.
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool big_file_made = false;

// A clean file of about 60 MB: groups of 150 students at one school.
const fs::path& big_file() {
  static const fs::path path = [] {
    const fs::path p =
        fs::temp_directory_path() / ("cerslint_progress_" + std::to_string(::getpid()) + ".csv");
    std::ofstream out(p, std::ios::binary);
    out << "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";
    std::string rows;
    for (std::uint64_t i = 0; i < 1'350'000; ++i) {
      rows += "Period " + std::to_string(i / 150) + ",01611766111330,2027,Math," +
              std::to_string(9000000000 + i) + ",\n";
      if (rows.size() > (1 << 20)) {
        out << rows;
        rows.clear();
      }
    }
    out << rows;
    big_file_made = true;
    return p;
  }();
  return path;
}

struct PtyRun {
  int exit_code = -1;
  std::string screen;
};

// Runs cerslint with `args` on a pseudo-terminal (stdin, stdout and stderr), environment
// `env` added; returns everything the terminal showed.
PtyRun run_on_terminal(const std::vector<std::string>& args, const std::vector<std::string>& env) {
  PtyRun run;
  int master = -1;
  winsize size{};
  size.ws_row = 24;
  size.ws_col = 120;  // room for the bar beside the long temporary file name
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) return run;
  if (pid == 0) {
    ::unsetenv("CI");
    ::unsetenv("NO_PROGRESS");
    ::setenv("TERM", "xterm", 1);
    for (const std::string& e : env) ::putenv(const_cast<char*>(e.c_str()));
    std::vector<char*> argv{const_cast<char*>(CERSLINT_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(CERSLINT_BINARY, argv.data());
    ::_exit(127);
  }
  char buf[4096];
  for (;;) {
    pollfd ready{master, POLLIN, 0};
    if (::poll(&ready, 1, 30000) <= 0) break;
    const ssize_t n = ::read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has closed the terminal
    run.screen.append(buf, static_cast<std::size_t>(n));
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

const std::string kErase = "\r\x1b[K";

TEST(ProgressCli, BigFileOnATerminalShowsTheLineAndErasesIt) {
  const std::string file = big_file().string();
  const PtyRun run = run_on_terminal({"check", "--format", "cers", "--years", "2027", file}, {});
  EXPECT_EQ(run.exit_code, 0) << run.screen;
  const std::string label = fs::path(file).filename().string() + " [";
  const std::size_t first = run.screen.find(kErase + label);
  ASSERT_NE(first, std::string::npos) << run.screen;
  EXPECT_NE(run.screen.find(" MB / ", first), std::string::npos) << run.screen;
  EXPECT_NE(run.screen.find(" rows/s  ETA ", first), std::string::npos) << run.screen;
  // The last drawing is erased before the verdict is printed.
  const std::size_t verdict = run.screen.find("accepted for");
  ASSERT_NE(verdict, std::string::npos) << run.screen;
  const std::size_t last_draw = run.screen.rfind(label);
  EXPECT_LT(last_draw, verdict);
  EXPECT_NE(run.screen.find(kErase, last_draw), std::string::npos);
  EXPECT_LT(run.screen.find(kErase, last_draw), verdict);
}

TEST(ProgressCli, NoLineWithCiOrNoProgress) {
  const std::string file = big_file().string();
  const std::string label = fs::path(file).filename().string();  // the verdict does not name it
  const PtyRun ci =
      run_on_terminal({"check", "--format", "cers", "--years", "2027", file}, {"CI=true"});
  EXPECT_EQ(ci.exit_code, 0) << ci.screen;
  EXPECT_EQ(ci.screen.find(label), std::string::npos) << ci.screen;
  const PtyRun opted_out =
      run_on_terminal({"check", "--no-progress", "--format", "cers", "--years", "2027", file}, {});
  EXPECT_EQ(opted_out.exit_code, 0) << opted_out.screen;
  EXPECT_EQ(opted_out.screen.find(label), std::string::npos) << opted_out.screen;
}

TEST(ProgressCli, NoLineWhenStandardErrorIsNotATerminal) {
  const std::string cmd = std::string("'") + CERSLINT_BINARY +
                          "' check --format cers --years 2027 '" + big_file().string() + "' 2>&1";
  std::FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  EXPECT_EQ(::pclose(p), 0) << out;
  EXPECT_EQ(out.find('\r'), std::string::npos) << out;
  EXPECT_NE(out.find("accepted for"), std::string::npos) << out;
}

class RemoveBigFile : public ::testing::Environment {
 public:
  void TearDown() override {
    if (big_file_made) fs::remove(big_file());
  }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new RemoveBigFile);

}  // namespace
