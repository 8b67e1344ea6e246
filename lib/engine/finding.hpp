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

// Which row a finding is about, by the row's values rather than its line: line numbers change
// whenever rows are added above, values do not (a baseline recognises old findings by them).
// The raw values (quotes removed, nothing trimmed). All empty for findings about the file or
// the header; a group's findings carry its school, year and name with an empty member.
struct RowIdentity {
  std::string_view school;
  std::string_view year;
  std::string_view group;
  std::string_view member;  // the student_ssid, or the group_user_login when it is empty
  bool empty() const { return school.empty() && year.empty() && group.empty() && member.empty(); }
};

struct Finding {
  const RuleMeta* rule = nullptr;
  Severity severity = Severity::kError;
  Location location;
  std::string_view message;  // what is wrong, with the offending value quoted
  std::string_view hint;     // why CERS cares and what to do; may be empty
  RowIdentity row;           // the row the finding is about (views valid as message's)
};

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void on_finding(const Finding& finding) = 0;
};

}  // namespace cerslint::engine
