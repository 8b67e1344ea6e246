// A finding as handed to reporters: plain data whose string views are valid only during the
// FindingSink::on_finding call (the engine formats messages into a reused buffer).
#pragma once

#include <cstdint>
#include <string_view>

#include "engine/rule_meta.hpp"

namespace cerslint::engine {

struct Location {
  std::uint64_t row = 0;     // CERS row: 0 for the header / whole file, then data record number
  std::uint64_t line = 0;    // physical line, 1-based (0 when the file has no lines)
  std::uint32_t column = 0;  // 1-based character column (0 when not tied to a column)
  std::uint64_t offset = 0;  // byte offset in the file
};

struct Finding {
  const RuleMeta* rule = nullptr;
  Severity severity = Severity::kError;
  Location location;
  std::string_view message;  // what is wrong, with the offending value quoted
  std::string_view hint;     // why CERS cares and what to do; may be empty
};

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void on_finding(const Finding& finding) = 0;
};

}  // namespace cerslint::engine
