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
#include <unordered_map>
#include <vector>

#include "engine/finding.hpp"

namespace cerslint::report {

class OrderedSink final : public engine::FindingSink {
 public:
  explicit OrderedSink(engine::FindingSink& inner, std::size_t capacity = 20000)
      : inner_(inner), capacity_(capacity) {}
  OrderedSink(const OrderedSink&) = delete;
  OrderedSink& operator=(const OrderedSink&) = delete;
  void on_finding(const engine::Finding& finding) override;
  // Forwards everything held; call at the end of each file.
  void flush();

 private:
  // The text of held findings lives in one growing buffer (no allocation per finding), as
  // offsets: views into it would dangle when it grows. A rule's hint is nearly always the same
  // text as its previous one (and is ten times the message), so it is kept once while it repeats.
  struct Held {  // a Finding without its views (half the size): the allowance is in bytes
    const engine::RuleMeta* rule;
    engine::Severity severity;
    std::uint32_t sizes[5];  // message, school, year, group, member
    engine::Location location;
    std::size_t text_at;     // message, then school, year, group, member, in arena_
    std::size_t hint_at;     // in arena_
    std::size_t hint_size;
  };
  engine::FindingSink& inner_;
  std::size_t capacity_;
  std::vector<Held> held_;
  std::vector<Held*> order_;  // held_ in file order, for flush()
  std::string arena_;
  struct LastHint {
    std::size_t at = 0, size = 0;
  };
  std::unordered_map<const engine::RuleMeta*, LastHint> last_hint_;  // each rule's last hint
  static constexpr std::size_t kMaxHeldBytes = 4u << 20;  // keep RSS small
};

}  // namespace cerslint::report
