// Scratch files and buffered writing with deferred errors.
#include "output/temp_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace cerslint::output {

Result<TempFile> TempFile::create(const std::string& dir) {
  std::string base = dir;
  if (base.empty()) {
    const char* env = std::getenv("TMPDIR");
    base = env != nullptr && *env != '\0' ? env : "/tmp";
  }
  // Unnamed (O_TMPFILE) where the file system allows: a killed run leaves no copy of the data.
  // It is reopened through /proc/self/fd for reading and writing by path.
  const int fd = ::open(base.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return TempFile("/proc/self/fd/" + std::to_string(fd), fd);
  std::string pattern = base + "/cerslint-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int named = ::mkstemp(name.data());  // 0600
  if (named < 0) {
    return Error{std::string("cannot create a temporary file: ") + std::strerror(errno), base};
  }
  ::close(named);
  return TempFile(std::string(name.data()), -1);
}

void TempFile::release() {
  if (fd_ >= 0) {
    ::close(fd_);
  } else if (!path_.empty()) {
    ::unlink(path_.c_str());
  }
  fd_ = -1;
  path_.clear();
}

TempFile& TempFile::operator=(TempFile&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    fd_ = other.fd_;
    other.path_.clear();
    other.fd_ = -1;
  }
  return *this;
}

TempFile::~TempFile() { release(); }

Result<FileWriter> FileWriter::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Error{std::string("cannot write: ") + std::strerror(errno), path};
  return FileWriter(fd, true, path);
}

FileWriter FileWriter::to_fd(int fd, std::string name) { return FileWriter(fd, false, std::move(name)); }

FileWriter::FileWriter(FileWriter&& other) noexcept
    : fd_(other.fd_),
      owned_(other.owned_),
      name_(std::move(other.name_)),
      buffer_(std::move(other.buffer_)),
      written_(other.written_),
      error_(std::move(other.error_)) {
  other.fd_ = -1;
  other.owned_ = false;
}

FileWriter::~FileWriter() {
  if (fd_ >= 0) {
    flush();
    if (owned_) ::close(fd_);
  }
}

void FileWriter::write(std::string_view bytes) {
  buffer_.append(bytes);
  written_ += bytes.size();
  if (buffer_.size() >= (1u << 20)) flush();
}

void FileWriter::flush() {
  std::string_view rest = buffer_;
  while (!rest.empty() && !error_) {
    const ssize_t n = ::write(fd_, rest.data(), rest.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = Error{std::string("cannot write: ") + std::strerror(errno), name_};
      break;
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  buffer_.clear();
}

std::optional<Error> FileWriter::finish() {
  flush();
  return error_;
}

}  // namespace cerslint::output
