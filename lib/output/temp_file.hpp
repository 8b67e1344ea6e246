// A private (0600) scratch file that disappears when the object dies (or the process is killed,
// where the file system supports unnamed files): the fixer's intermediate
// results. Written through a buffered FileWriter; read back with reader::Input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace cerslint::output {

class TempFile {
 public:
  // In `dir` (empty: $TMPDIR or /tmp).
  static Result<TempFile> create(const std::string& dir = {});
  const std::string& path() const { return path_; }

  TempFile(TempFile&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_) {
    other.path_.clear();
    other.fd_ = -1;
  }
  TempFile& operator=(TempFile&& other) noexcept;
  TempFile(const TempFile&) = delete;
  ~TempFile();

 private:
  TempFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  void release();
  std::string path_;
  int fd_ = -1;  // an unnamed file's descriptor (path_ is /proc/self/fd/N), or -1
};

// Buffered appends to a file (or a descriptor such as stdout), with errors kept until finish().
class FileWriter {
 public:
  static Result<FileWriter> open(const std::string& path);  // truncates
  static FileWriter to_fd(int fd, std::string name);        // not owned

  void write(std::string_view bytes);
  // Flushes; the first error of any write, or nullopt.
  std::optional<Error> finish();
  std::uint64_t bytes_written() const { return written_; }

  FileWriter(FileWriter&& other) noexcept;
  FileWriter& operator=(FileWriter&&) = delete;
  ~FileWriter();

 private:
  FileWriter(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {}
  void flush();
  int fd_ = -1;
  bool owned_ = false;
  std::string name_;
  std::string buffer_;
  std::uint64_t written_ = 0;
  std::optional<Error> error_;
};

}  // namespace cerslint::output
