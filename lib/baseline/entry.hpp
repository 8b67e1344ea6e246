// One suppression of a baseline: a rule's finding about one row (or group, or the whole file) of
// one file, recognised by the row's values, never by its line, and how many such findings there
// were. Also the lookup key filters and recorders use for it.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/finding.hpp"

namespace cerslint::baseline {

struct Entry {
  std::string file;    // relative to the baseline file's folder, '/' separators
  std::string rule;    // the rule's code ("C106")
  std::string school;  // engine::RowIdentity's values, as valid UTF-8
  std::string year;
  std::string group;
  std::string member;  // SSID or login; empty for group and file findings
  std::uint64_t count = 1;

  auto operator<=>(const Entry&) const = default;
  bool same_key(const Entry& o) const {
    return file == o.file && rule == o.rule && school == o.school && year == o.year &&
           group == o.group && member == o.member;
  }
};

// Values as the JSON file can hold them: malformed UTF-8 becomes U+FFFD (as CERS reads it).
// Returns `value` itself when it is valid, `storage` otherwise.
std::string_view storable(std::string_view value, std::string& storage);

// The lookup key of (rule, row) within one file: every part length-prefixed, so no value can
// imitate a boundary. Appends to `out`; made from storable values, so a finding's key equals
// the key of the entry written for it.
void append_key(std::string& out, std::string_view rule, const engine::RowIdentity& row);
std::string key_of(const Entry& entry);

// `entry` filled from a finding of file `file` (count 1).
Entry entry_of(std::string_view file, std::string_view rule, const engine::RowIdentity& row);

}  // namespace cerslint::baseline
