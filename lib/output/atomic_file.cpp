// POSIX implementation of the atomic replace. Every failure leaves the original untouched and
// the temporary file removed; messages say which step failed and what to check.
#include "output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace cerslint::output {
namespace {

FaultHook g_fault_hook = nullptr;

bool injected(Step step) { return g_fault_hook != nullptr && g_fault_hook(step); }

std::string directory_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string base_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::int64_t ns(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

}  // namespace

void set_fault_hook(FaultHook hook) { g_fault_hook = hook; }

Result<FileIdentity> identify(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return Error{std::string("cannot stat: ") + std::strerror(errno), path};
  }
  return FileIdentity{st.st_dev, st.st_ino, st.st_size, ns(st.st_mtim), ns(st.st_ctim),
                      st.st_mode};
}

Result<AtomicFile> AtomicFile::create(const std::string& target) {
  if (injected(Step::kCreate)) {
    return Error{"cannot create a temporary file in its directory (injected failure); the "
                 "original file is unchanged",
                 target};
  }
  // An unnamed file (O_TMPFILE) in the same directory: if the process is killed before the
  // commit, the kernel frees it and no copy of the data is left behind. It gets a name only
  // for the instant between link and rename. rename(2) is atomic only within one file system.
  const std::string dir = directory_of(target);
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0) return AtomicFile(fd, target, "/proc/self/fd/" + std::to_string(fd), false);
  std::string temp = dir + "/." + base_of(target) + ".cerslint-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  fd = ::mkstemp(name.data());  // mode 0600: student data stays private
  if (fd < 0) {
    const int err = errno;
    return Error{std::string("cannot create a temporary file in its directory (") +
                     std::strerror(err) + "); check that the directory is writable; the "
                     "original file is unchanged",
                 target};
  }
  return AtomicFile(fd, target, std::string(name.data()), true);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : fd_(other.fd_),
      target_(std::move(other.target_)),
      temp_(std::move(other.temp_)),
      named_(other.named_),
      committed_(other.committed_) {
  other.fd_ = -1;
  other.committed_ = true;  // the moved-from object owns nothing to clean up
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && named_ && !temp_.empty()) ::unlink(temp_.c_str());
}

Status AtomicFile::fail(Step step, const std::string& what) {
  (void)step;
  const int err = errno;
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (named_) ::unlink(temp_.c_str());
  committed_ = true;  // nothing left to clean up
  return Error{what + " (" + std::strerror(err) + "); the original file is unchanged", target_};
}

Status AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0) return Error{"internal error: write after failure", target_};
  while (!bytes.empty()) {
    if (injected(Step::kWrite)) {
      errno = EIO;
      return fail(Step::kWrite, "cannot write the new file");
    }
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(Step::kWrite, "cannot write the new file");
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return std::nullopt;
}

Status AtomicFile::commit(const std::optional<FileIdentity>& expected,
                          const std::string& backup_path) {
  if (fd_ < 0) return Error{"internal error: commit after failure", target_};
  if (expected) {
    // The new file keeps the original's permissions (minus nothing: it is the same file to the
    // user), set before it becomes visible under the real name.
    if (::fchmod(fd_, expected->mode & 07777) != 0) {
      return fail(Step::kWrite, "cannot set the new file's permissions");
    }
  }
  if (injected(Step::kSync)) {
    errno = EIO;
    return fail(Step::kSync, "cannot flush the new file to disk");
  }
  if (::fsync(fd_) != 0) return fail(Step::kSync, "cannot flush the new file to disk");
  if (expected) {
    auto now = identify(target_);
    if (!now || !(*now == *expected)) {
      errno = EAGAIN;
      return fail(Step::kRename,
                  "the file changed on disk while cerslint was fixing it; run cerslint again");
    }
  }
  if (!backup_path.empty()) {
    if (injected(Step::kBackup)) {
      errno = EIO;
      return fail(Step::kBackup, "cannot write the backup " + backup_path);
    }
    if (::link(target_.c_str(), backup_path.c_str()) != 0) {
      if (errno == EEXIST) {
        return fail(Step::kBackup, "the backup " + backup_path +
                                       " already exists and is never overwritten; move it away "
                                       "or use --no-backup");
      }
      return fail(Step::kBackup, "cannot write the backup " + backup_path);
    }
  }
  if (!named_) {
    // Give the unnamed file a name beside the target, then rename it over the target.
    const std::string fd_path = temp_;
    for (int attempt = 0; attempt < 100 && !named_; ++attempt) {
      std::string name = directory_of(target_) + "/." + base_of(target_) + ".cerslint-" +
                         std::to_string(::getpid()) + "-" + std::to_string(attempt);
      if (::linkat(AT_FDCWD, fd_path.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        temp_ = std::move(name);
        named_ = true;
      } else if (errno != EEXIST) {
        break;
      }
    }
    if (!named_) return fail(Step::kRename, "cannot name the new file");
  }
  ::close(fd_);
  fd_ = -1;
  const bool rename_failed = injected(Step::kRename)
                                 ? (errno = EIO, true)
                                 : ::rename(temp_.c_str(), target_.c_str()) != 0;
  if (rename_failed) {
    const int err = errno;
    if (!backup_path.empty()) ::unlink(backup_path.c_str());
    errno = err;
    return fail(Step::kRename, "cannot replace the file");
  }
  committed_ = true;
  // Make the rename itself durable. Failure here cannot undo the replace; report it.
  const int dir = ::open(directory_of(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  const bool sync_failed =
      injected(Step::kSyncDir) ? (errno = EIO, true) : dir < 0 || ::fsync(dir) != 0;
  if (sync_failed) {
    const int err = errno;
    if (dir >= 0) ::close(dir);
    return Error{std::string("the file was replaced, but flushing its directory failed (") +
                     std::strerror(err) + ")",
                 target_};
  }
  ::close(dir);
  return std::nullopt;
}

}  // namespace cerslint::output
