// Opening files with messages a coordinator can act on, and EINTR-safe block reads.
#include "reader/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cerslint::reader {

Result<Input> Input::open(const std::string& path) {
  if (path == "-") return Input(STDIN_FILENO, false, "<stdin>");
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    std::string why = err == ENOENT   ? "no such file"
                      : err == EACCES ? "permission denied (check the file's permissions)"
                                      : std::strerror(err);
    return Error{"cannot open file: " + why, path};
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Error{"is a directory, not a CSV file", path};
  }
  return Input(fd, true, path);
}

Input Input::from_fd(int fd, std::string display_name) {
  return Input(fd, false, std::move(display_name));
}

Input::Input(Input&& other) noexcept
    : fd_(other.fd_), owned_(other.owned_), name_(std::move(other.name_)) {
  other.fd_ = -1;
  other.owned_ = false;
}

Input& Input::operator=(Input&& other) noexcept {
  if (this != &other) {
    if (owned_ && fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    owned_ = other.owned_;
    name_ = std::move(other.name_);
    other.fd_ = -1;
    other.owned_ = false;
  }
  return *this;
}

Input::~Input() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

Result<std::size_t> Input::read(char* dst, std::size_t n) {
  for (;;) {
    ssize_t got = ::read(fd_, dst, n);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno == EINTR) continue;
    int err = errno;
    return Error{std::string("read failed: ") + std::strerror(err), name_};
  }
}

}  // namespace cerslint::reader
