// Replacing a file so that a crash, a full disk or a kill at any moment leaves either the old
// file or the new one, never a mix: write a temporary file (mode 0600) in the same directory,
// fsync it, check the original did not change since it was read, keep a backup if asked (a hard
// link, so the original bytes stay where they were), rename over the original, fsync the
// directory. Used by `cerslint fix --in-place`.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace cerslint::output {

// What identifies a file's content for "has it changed since we read it?".
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  mode_t mode = 0;
  bool operator==(const FileIdentity&) const = default;
};
Result<FileIdentity> identify(const std::string& path);

// Steps where tests inject failures (write error, rename error, a kill between steps).
enum class Step : std::uint8_t { kCreate, kWrite, kSync, kBackup, kRename, kSyncDir };
// When set, called before each step; returning true makes that step fail as if with EIO.
using FaultHook = bool (*)(Step step);
void set_fault_hook(FaultHook hook);

using Status = std::optional<Error>;  // nullopt = success

class AtomicFile {
 public:
  // Creates the temporary file beside `target` (which need not exist yet).
  static Result<AtomicFile> create(const std::string& target);

  Status write(std::string_view bytes);
  // Makes the new content the file at `target`. `expected` (when given) is the original's
  // identity when it was read: a different identity now means someone else changed it, and
  // nothing is replaced. `backup_path` (when not empty) receives the original; an existing
  // backup is never overwritten.
  Status commit(const std::optional<FileIdentity>& expected, const std::string& backup_path);

  const std::string& temp_path() const { return temp_; }

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();  // removes the temporary file unless committed

 private:
  AtomicFile(int fd, std::string target, std::string temp, bool named)
      : fd_(fd), target_(std::move(target)), temp_(std::move(temp)), named_(named) {}
  Status fail(Step step, const std::string& what);
  int fd_ = -1;
  std::string target_;
  std::string temp_;   // /proc/self/fd/N while unnamed, then the real name
  bool named_ = false;  // false: an O_TMPFILE file that vanishes if the process dies
  bool committed_ = false;
};

}  // namespace cerslint::output
