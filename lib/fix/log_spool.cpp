#include "fix/log_spool.hpp"

#include <cstring>

#include "reader/input.hpp"

namespace cerslint::fix {
namespace {

constexpr std::size_t kMemoryLimit = 1 << 20;

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
  const EntryHead h{f.rule, f.row, f.line, f.description.size()};
  buffer_.append(reinterpret_cast<const char*>(&h), sizeof h);
  buffer_.append(f.description);
  if (buffer_.size() >= kMemoryLimit && !error_) error_ = spill();
}

std::optional<Error> LogSpool::spill() {
  if (!file_) {
    auto t = output::TempFile::create();
    if (!t) return t.error();
    auto w = output::FileWriter::open(t->path());
    if (!w) return w.error();
    file_.emplace(std::move(t).value());
    writer_.emplace(std::move(w).value());
  }
  writer_->write(buffer_);
  buffer_.clear();
  return std::nullopt;
}

std::optional<Error> LogSpool::replay(engine::FixLog& to) {
  if (error_) return error_;
  if (file_) {
    if (auto err = writer_->finish()) return err;
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
