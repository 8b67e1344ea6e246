// Puts findings in file order before they reach a reporter. Rules report when they know:
// per-row rules at once, group and school rules when the block ends, summaries at the end of the
// file, so the engine's stream is only roughly ordered. This adapter keeps up to `capacity`
// findings (and at most 4 MiB of their text) (owned copies), and on flush() forwards them sorted by line (stable: CERS's own
// order is kept within a line). Past the capacity it forwards what it holds,
// sorted, and passes the rest straight through, so memory stays bounded on files where every
// row is bad; output is then in order only per chunk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/finding.hpp"

namespace cerslint::report {

class OrderedSink final : public engine::FindingSink {
 public:
  explicit OrderedSink(engine::FindingSink& inner, std::size_t capacity = 20000)
      : inner_(inner), capacity_(capacity) {}
  void on_finding(const engine::Finding& finding) override;
  // Forwards everything held; call at the end of each file.
  void flush();

 private:
  struct Held {
    engine::Finding finding;  // message, hint and row views point into `text`
    std::string text;
    std::size_t message_size;
    std::uint32_t row_sizes[4];  // school, year, group, member after the hint
  };
  engine::FindingSink& inner_;
  std::size_t capacity_;
  std::vector<Held> held_;
  std::vector<Held*> order_;  // held_ in file order, for flush()
  std::size_t held_bytes_ = 0;
  static constexpr std::size_t kMaxHeldBytes = 4u << 20;  // hints are long; keep RSS small
};

}  // namespace cerslint::report
