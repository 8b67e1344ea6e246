// The progress display: its numbers, its line, when it is shown (a terminal only, no CI, no
// opt-out, big inputs only), and what reaches a real terminal (a pseudo-terminal) over time.
#include "output/progress.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <stdlib.h>
#include <unistd.h>

#include <string>

namespace cerslint::output {
namespace {

TEST(ProgressFormat, Bytes) {
  EXPECT_EQ(format_bytes(0), "0 B");
  EXPECT_EQ(format_bytes(830), "830 B");
  EXPECT_EQ(format_bytes(1500), "1.5 kB");
  EXPECT_EQ(format_bytes(48'000'000), "48 MB");
  EXPECT_EQ(format_bytes(50'000'000), "50 MB");
  EXPECT_EQ(format_bytes(3'200'000'000), "3.2 GB");
  EXPECT_EQ(format_bytes(9'990), "10 kB");  // rounds up into two digits: no "10.0"
}

TEST(ProgressFormat, Rate) {
  EXPECT_EQ(format_rate(850), "850 rows/s");
  EXPECT_EQ(format_rate(12'400), "12k rows/s");
  EXPECT_EQ(format_rate(1'300'000), "1.3M rows/s");
  EXPECT_EQ(format_rate(0), "0 rows/s");
}

TEST(ProgressFormat, TimeLeft) {
  EXPECT_EQ(format_eta(0), "0:00");
  EXPECT_EQ(format_eta(7.4), "0:07");
  EXPECT_EQ(format_eta(725), "12:05");
  EXPECT_EQ(format_eta(3723), "1:02:03");
  EXPECT_EQ(format_eta(-1), "--:--");
  EXPECT_EQ(format_eta(1.0 / 0.0), "--:--");
}

TEST(ProgressFormat, LineWithBar) {
  // 35 of 100 bytes and 1000 rows in 1 s: 65 bytes left at 35 bytes/s is about 2 s. The bar
  // takes what the 80-column terminal leaves (29 cells: the line is 79 columns).
  EXPECT_EQ(progress_line("g.csv", 35, 100, 1000, 1.0, 80),
            "g.csv [##########-------------------]  35%  35 B / 100 B  1.0k rows/s  ETA 0:02");
  // Nothing read yet: the time left is unknown.
  EXPECT_EQ(progress_line("g.csv", 0, 100, 0, 0.0, 80),
            "g.csv [------------------------------]   0%  0 B / 100 B  0 rows/s  ETA --:--");
}

TEST(ProgressFormat, NarrowTerminalsDropTheBarAndNeverWrap) {
  const std::string line = progress_line("groups.csv", 50, 100, 10, 1.0, 40);
  EXPECT_EQ(line.find('['), std::string::npos);
  EXPECT_EQ(line.size(), 39u);
  EXPECT_EQ(line.rfind("groups.csv   50%  50 B / 100 B", 0), 0u) << line;
}

// A pseudo-terminal: `slave` is what the program writes to, `master` what the screen shows.
struct Pty {
  int master = -1, slave = -1;
  Pty() { EXPECT_EQ(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0); }
  ~Pty() {
    ::close(master);
    ::close(slave);
  }
  std::string screen() {  // everything written so far
    std::string out;
    char buf[4096];
    pollfd ready{master, POLLIN, 0};
    while (::poll(&ready, 1, 50) > 0) {
      const ssize_t n = ::read(master, buf, sizeof buf);
      if (n <= 0) break;
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }
};

// Sets an environment variable for one test.
struct ScopedEnv {
  std::string name;
  ScopedEnv(const char* n, const char* value) : name(n) {
    value ? ::setenv(n, value, 1) : ::unsetenv(n);
  }
  ~ScopedEnv() { ::unsetenv(name.c_str()); }
};

TEST(ProgressWanted, OnlyOnATerminalWithoutCiOrOptOutForBigInputs) {
  ScopedEnv ci("CI", nullptr), np("NO_PROGRESS", nullptr), term("TERM", "xterm");
  Pty pty;
  EXPECT_TRUE(progress_wanted(pty.slave, kProgressMinBytes, false));
  EXPECT_FALSE(progress_wanted(pty.slave, kProgressMinBytes - 1, false));  // small input
  EXPECT_FALSE(progress_wanted(pty.slave, kProgressMinBytes, true));       // --no-progress
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  EXPECT_FALSE(progress_wanted(pipe_fds[1], kProgressMinBytes, false));  // not a terminal
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
  {
    ScopedEnv in_ci("CI", "true");
    EXPECT_FALSE(progress_wanted(pty.slave, kProgressMinBytes, false));
  }
  {
    ScopedEnv opt_out("NO_PROGRESS", "1");
    EXPECT_FALSE(progress_wanted(pty.slave, kProgressMinBytes, false));
  }
  {
    ScopedEnv dumb("TERM", "dumb");
    EXPECT_FALSE(progress_wanted(pty.slave, kProgressMinBytes, false));
  }
}

TEST(ProgressDisplay, DrawsAtMostFiveTimesASecondAndErasesAtTheEnd) {
  Pty pty;
  double now = 100.0;
  ProgressDisplay display(pty.slave, "big.csv", 1000, [&] { return now; });
  display.update(0, 0);  // first call draws
  now += 0.1;
  display.update(100, 50);  // too soon: nothing
  now += 0.15;
  display.update(250, 120);  // 0.25 s after the first drawing
  const std::string drawn = pty.screen();
  EXPECT_NE(drawn.find("\r\x1b[Kbig.csv ["), std::string::npos) << drawn;
  EXPECT_NE(drawn.find("25%  250 B / 1.0 kB  480 rows/s  ETA 0:01\r"), std::string::npos) << drawn;
  EXPECT_EQ(drawn.find(" 10%"), std::string::npos) << "drew within 0.2 s: " << drawn;
  std::size_t drawings = 0;
  for (std::size_t p = 0; (p = drawn.find("big.csv", p)) != std::string::npos; ++p) ++drawings;
  EXPECT_EQ(drawings, 2u);

  display.finish();
  EXPECT_EQ(pty.screen(), "\r\x1b[K");  // the line is erased
  now += 1.0;
  display.update(900, 500);
  EXPECT_EQ(pty.screen(), "");  // nothing after finish
}

TEST(ProgressDisplay, FinishWithoutDrawingWritesNothing) {
  Pty pty;
  {
    ProgressDisplay display(pty.slave, "x.csv", 10, [] { return 0.0; });
  }
  EXPECT_EQ(pty.screen(), "");
}

TEST(FileProgress, NoDisplayForStandardInputMissingOrSmallFiles) {
  EXPECT_FALSE(FileProgress("-", false).observer());
  EXPECT_FALSE(FileProgress("/nonexistent/file.csv", false).observer());
  EXPECT_FALSE(FileProgress("/dev/null", false).observer());
}

}  // namespace
}  // namespace cerslint::output
