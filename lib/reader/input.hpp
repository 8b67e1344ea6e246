// Byte input for the reader: a file or standard input read with read(2) in caller-sized blocks.
// Nothing is mapped or slurped, so memory does not grow with the file size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "util/result.hpp"

namespace cerslint::reader {

class Input {
 public:
  // Opens `path` for reading; "-" means standard input. Directories, missing and unreadable
  // files give an Error whose message says what to do.
  static Result<Input> open(const std::string& path);
  // Reads from an existing descriptor (not owned).
  static Input from_fd(int fd, std::string display_name);

  Input(Input&& other) noexcept;
  Input& operator=(Input&& other) noexcept;
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;
  ~Input();

  // Reads up to `n` bytes; 0 means end of input. Retries on EINTR.
  Result<std::size_t> read(char* dst, std::size_t n);
  const std::string& name() const { return name_; }

 private:
  Input(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {}
  int fd_ = -1;
  bool owned_ = false;
  std::string name_;
};

}  // namespace cerslint::reader
