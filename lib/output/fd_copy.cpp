#include "output/fd_copy.hpp"

#include <fcntl.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace cerslint::output {
namespace {

std::optional<Error> write_all(int fd, const char* p, std::size_t n, const std::string& name) {
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) return Error{std::string("cannot write: ") + std::strerror(errno), name};
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> copy_file_to_fd(const std::string& from, int fd, const std::string& to_name) {
  const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return Error{std::string("cannot read: ") + std::strerror(errno), from};
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{in};
  // sendfile until the end of the file; a descriptor it cannot write to (EINVAL, ENOSYS) is
  // served by the loop below from where sendfile stopped.
  for (;;) {
    const ssize_t n = ::sendfile(fd, in, nullptr, 1 << 30);
    if (n > 0) continue;
    if (n == 0) return std::nullopt;
    if (errno == EINTR || errno == EAGAIN) continue;
    if (errno == EINVAL || errno == ENOSYS) break;
    return Error{std::string("cannot write: ") + std::strerror(errno), to_name};
  }
  std::vector<char> buf(1 << 20);
  for (;;) {
    const ssize_t n = ::read(in, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error{std::string("cannot read: ") + std::strerror(errno), from};
    if (n == 0) return std::nullopt;
    if (auto err = write_all(fd, buf.data(), static_cast<std::size_t>(n), to_name)) return err;
  }
}

}  // namespace cerslint::output
