#include "fix/log_spool.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "reader/input.hpp"

namespace cerslint::fix {
namespace {

constexpr std::size_t kMemoryLimit = 256 << 10;

// One entry: rule pointer, row, line, description size, description bytes. Pointers are only
// read back by the process that wrote them.
struct EntryHead {
  const engine::RuleMeta* rule;
  std::uint64_t row;
  std::uint64_t line;
  std::uint64_t size;
};

// Replays the entries in `data`; returns the bytes used (a cut entry stays for the next chunk).
std::size_t replay_chunk(std::string_view data, engine::FixLog& to) {
  std::size_t pos = 0;
  while (data.size() - pos >= sizeof(EntryHead)) {
    EntryHead h;
    std::memcpy(&h, data.data() + pos, sizeof h);
    if (data.size() - pos - sizeof h < h.size) break;
    to.applied(engine::AppliedFix{h.rule, h.row, h.line, data.substr(pos + sizeof h, h.size)});
    pos += sizeof h + h.size;
  }
  return pos;
}

}  // namespace

void LogSpool::applied(const engine::AppliedFix& f) {
  if (buffer_.capacity() < kMemoryLimit) buffer_.reserve(kMemoryLimit + 4096);
  const EntryHead h{f.rule, f.row, f.line, f.description.size()};
  buffer_.append(reinterpret_cast<const char*>(&h), sizeof h);
  buffer_.append(f.description);
  if (buffer_.size() >= kMemoryLimit && !error_) error_ = spill();
}

std::optional<Error> LogSpool::spill() {
  if (!file_) {
    auto t = output::TempFile::create();
    if (!t) return t.error();
    fd_ = ::open(t->path().c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) return Error{std::string("cannot write scratch file: ") + std::strerror(errno), t->path()};
    file_.emplace(std::move(t).value());
  }
  // Straight to the file: a buffered writer would hold a second copy of the buffer.
  std::string_view rest = buffer_;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd_, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error{std::string("cannot write scratch file: ") + std::strerror(errno), file_->path()};
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  buffer_.clear();
  return std::nullopt;
}

LogSpool::~LogSpool() {
  if (fd_ >= 0) ::close(fd_);
}

std::optional<Error> LogSpool::replay(engine::FixLog& to) {
  if (error_) return error_;
  if (file_) {
    auto in = reader::Input::open(file_->path());
    if (!in) return in.error();
    std::string chunk;
    std::string block(1 << 16, '\0');
    for (;;) {
      auto got = in->read(block.data(), block.size());
      if (!got) return got.error();
      if (got.value() == 0) break;
      chunk.append(block.data(), got.value());
      chunk.erase(0, replay_chunk(chunk, to));
    }
  }
  replay_chunk(buffer_, to);
  return std::nullopt;
}

}  // namespace cerslint::fix
