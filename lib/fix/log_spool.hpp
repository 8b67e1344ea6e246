// Fix-log entries held back until the pass that made them is known to stand: the streaming
// pipeline repairs groups while it still reads rows, but the log must read as the full
// pipeline's does (every row fix first, then the group repairs). Entries stay in memory up to
// a small limit, then go to an unnamed scratch file, so memory does not grow with the file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "engine/fix_api.hpp"
#include "output/temp_file.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

class LogSpool final : public engine::FixLog {
 public:
  LogSpool() = default;
  LogSpool(const LogSpool&) = delete;
  LogSpool& operator=(const LogSpool&) = delete;
  ~LogSpool() override;
  void applied(const engine::AppliedFix& f) override;
  // Sends every entry, in order, to `to`.
  std::optional<Error> replay(engine::FixLog& to);

 private:
  std::optional<Error> spill();
  std::string buffer_;
  std::optional<output::TempFile> file_;
  int fd_ = -1;
  std::optional<Error> error_;
};

}  // namespace cerslint::fix
