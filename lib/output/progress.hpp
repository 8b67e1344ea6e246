// A one-line progress display on standard error for long runs over big files: bytes done of the
// total, rows per second and the time left, redrawn at most five times a second and erased at
// the end. Shown only where a person is watching: standard error is a terminal, CI is not set,
// the person did not opt out, and the input is big enough to take a while.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace cerslint::output {

// Inputs below this size finish in about a second: no display.
inline constexpr std::uint64_t kProgressMinBytes = 50'000'000;

// "830 B", "1.5 kB", "48 MB", "3.2 GB": decimal units, like a file manager.
std::string format_bytes(std::uint64_t bytes);
// "850 rows/s", "12.5k rows/s", "1.3M rows/s".
std::string format_rate(double rows_per_second);
// "0:07", "12:05", "1:02:03"; "--:--" when unknown (nothing read yet).
std::string format_eta(double seconds);
// The line itself, at most `width` columns:
// "groups.csv [#######-------------]  35%  1.1 GB / 3.2 GB  1.3M rows/s  ETA 0:42".
std::string progress_line(const std::string& label, std::uint64_t done, std::uint64_t total,
                          std::uint64_t rows, double elapsed_seconds, int width);

// Whether to show a display on `fd` for an input of `total_bytes`: fd is a terminal, TERM is
// not "dumb", neither CI nor NO_PROGRESS is set, the caller did not opt out (--no-progress),
// and the input has at least `min_bytes`.
bool progress_wanted(int fd, std::uint64_t total_bytes, bool opted_out,
                     std::uint64_t min_bytes = kProgressMinBytes);

class ProgressDisplay {
 public:
  using Clock = std::function<double()>;  // seconds, monotonic
  // Draws on `fd` (already judged wanted). `clock` is for tests; empty: the steady clock.
  ProgressDisplay(int fd, std::string label, std::uint64_t total_bytes, Clock clock = {});
  ~ProgressDisplay() { finish(); }
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

  // Redraws when at least 0.2 s passed since the last drawing.
  void update(std::uint64_t bytes_done, std::uint64_t rows);
  // Erases the line if anything was drawn; later updates draw nothing.
  void finish();

 private:
  void write_all(const std::string& text);
  int fd_;
  std::string label_;
  std::uint64_t total_;
  Clock clock_;
  double start_ = 0;
  double last_draw_ = -1;
  bool drawn_ = false;
  bool finished_ = false;
};

}  // namespace cerslint::output

namespace cerslint::output {

// A command's display for one input file: judged wanted from the file's size (standard input
// and unreadable paths get none), drawn through observer(), erased by finish().
class FileProgress {
 public:
  FileProgress(const std::string& path, bool opted_out);
  // For engine::CheckOptions::progress; empty when no display is wanted.
  std::function<void(std::uint64_t bytes, std::uint64_t rows)> observer();
  void finish();

 private:
  std::unique_ptr<ProgressDisplay> display_;
};

}  // namespace cerslint::output
