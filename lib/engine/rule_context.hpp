// The engine side of a rule call: where findings go. Messages are formatted lazily, only when
// the rule is selected, into a buffer reused for every finding.
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>

#include "engine/finding.hpp"
#include "engine/rule.hpp"
#include "reader/record.hpp"

namespace cerslint::engine {

class RuleContext {
 public:
  RuleContext(FindingSink& sink, std::uint64_t* counts) : sink_(sink), counts_(counts) {}

  // Reports `meta`'s problem at field `field` of `record` (-1: the record as a whole).
  // `write` receives a std::string& to append the message to; `hint` may be empty.
  template <typename WriteMessage>
  void report(const RuleMeta& meta, const reader::Record& record, int field, WriteMessage&& write,
              std::string_view hint = {}) {
    if (!enabled(meta)) return;
    message_.clear();
    std::forward<WriteMessage>(write)(message_);
    emit(meta, locate(record, field), hint);
  }

  static Location locate(const reader::Record& record, int field);
  void emit(const RuleMeta& meta, const Location& where, std::string_view hint);
  bool enabled(const RuleMeta& meta) const;
  void set_enabled(std::vector<const RuleMeta*> enabled) { enabled_ = std::move(enabled); }
  std::string& message_buffer() { return message_; }

 private:
  FindingSink& sink_;
  std::uint64_t* counts_;
  std::vector<const RuleMeta*> enabled_;  // empty: all
  std::string message_;
};

}  // namespace cerslint::engine
