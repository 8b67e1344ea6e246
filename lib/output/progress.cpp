// The progress display: formatting and when to draw.
#include "output/progress.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace cerslint::output {
namespace {

constexpr double kRedrawSeconds = 0.2;  // at most five drawings a second

// One decimal below 10 ("3.2 GB"), none above ("48 MB"): enough to see it move.
std::string scaled(double value, const char* const* units, int count, double step) {
  int u = 0;
  while (value >= step && u + 1 < count) {
    value /= step;
    ++u;
  }
  if (u == 0) return fmt::format("{:.0f}{}", value, units[0]);
  return value < 9.95 ? fmt::format("{:.1f}{}", value, units[u])
                      : fmt::format("{:.0f}{}", value, units[u]);
}

bool env_set(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0';
}

int terminal_width(int fd) {
  struct winsize ws {};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

std::string format_bytes(std::uint64_t bytes) {
  static const char* const kUnits[] = {" B", " kB", " MB", " GB", " TB"};
  return scaled(static_cast<double>(bytes), kUnits, 5, 1000.0);
}

std::string format_rate(double rows_per_second) {
  static const char* const kUnits[] = {"", "k", "M", "G"};
  return scaled(std::max(0.0, rows_per_second), kUnits, 4, 1000.0) + " rows/s";
}

std::string format_eta(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const auto s = static_cast<std::uint64_t>(std::llround(seconds));
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string progress_line(const std::string& label, std::uint64_t done, std::uint64_t total,
                          std::uint64_t rows, double elapsed_seconds, int width) {
  const double fraction =
      total == 0 ? 0.0 : std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
  const double rate = elapsed_seconds > 0 ? static_cast<double>(rows) / elapsed_seconds : 0.0;
  // Time left from the byte rate so far: rows vary in length, bytes are what is left.
  const double eta = done == 0 || elapsed_seconds <= 0
                         ? -1.0
                         : elapsed_seconds * static_cast<double>(total - std::min(done, total)) /
                               static_cast<double>(done);
  const std::string numbers =
      fmt::format("{:3.0f}%  {} / {}  {}  ETA {}", fraction * 100, format_bytes(done),
                  format_bytes(total), format_rate(rate), format_eta(eta));
  // The bar gets what is left of the line after the label, the numbers and " [", "] ": 10-30
  // cells, or none.
  const int room = width - 1 - static_cast<int>(label.size() + numbers.size()) - 4;
  std::string line = label;
  if (room >= 10) {
    const int cells = std::min(room, 30);
    const int full = static_cast<int>(fraction * cells);
    line += " [" + std::string(full, '#') + std::string(cells - full, '-') + "] ";
  } else {
    line += "  ";
  }
  line += numbers;
  // Never wrap: a wrapped line could not be erased with one carriage return.
  if (width > 1 && static_cast<int>(line.size()) > width - 1) line.resize(width - 1);
  return line;
}

bool progress_wanted(int fd, std::uint64_t total_bytes, bool opted_out, std::uint64_t min_bytes) {
  if (opted_out || total_bytes < min_bytes) return false;
  if (env_set("CI") || env_set("NO_PROGRESS")) return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(fd) == 1;
}

ProgressDisplay::ProgressDisplay(int fd, std::string label, std::uint64_t total_bytes, Clock clock)
    : fd_(fd), label_(std::move(label)), total_(total_bytes), clock_(std::move(clock)) {
  if (!clock_) {
    clock_ = [] {
      using namespace std::chrono;
      return duration<double>(steady_clock::now().time_since_epoch()).count();
    };
  }
  start_ = clock_();
}

void ProgressDisplay::update(std::uint64_t bytes_done, std::uint64_t rows) {
  if (finished_) return;
  const double now = clock_();
  if (last_draw_ >= 0 && now - last_draw_ < kRedrawSeconds) return;
  last_draw_ = now;
  // Findings waiting in stdout's buffer go out first, so they land above the line. The cursor
  // goes back to column 0 after drawing, so text printed before the next drawing starts there.
  std::fflush(stdout);
  write_all("\r\x1b[K" +
            progress_line(label_, bytes_done, total_, rows, now - start_, terminal_width(fd_)) +
            "\r");
  drawn_ = true;
}

void ProgressDisplay::finish() {
  if (finished_) return;
  finished_ = true;
  if (drawn_) write_all("\r\x1b[K");
}

void ProgressDisplay::write_all(const std::string& text) {
  std::size_t off = 0;
  while (off < text.size()) {
    const ssize_t n = ::write(fd_, text.data() + off, text.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // a display is not worth failing the run for
    off += static_cast<std::size_t>(n);
  }
}

}  // namespace cerslint::output

namespace cerslint::output {

FileProgress::FileProgress(const std::string& path, bool opted_out) {
  if (path == "-") return;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || !progress_wanted(STDERR_FILENO, size, opted_out)) return;
  display_ = std::make_unique<ProgressDisplay>(
      STDERR_FILENO, std::filesystem::path(path).filename().string(), size);
}

std::function<void(std::uint64_t, std::uint64_t)> FileProgress::observer() {
  if (!display_) return {};
  return [d = display_.get()](std::uint64_t bytes, std::uint64_t rows) { d->update(bytes, rows); };
}

void FileProgress::finish() {
  if (display_) display_->finish();
}

}  // namespace cerslint::output
