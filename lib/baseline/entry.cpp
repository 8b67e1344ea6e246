// Keys and storable values of baseline entries.
#include "baseline/entry.hpp"

#include "text/java_text.hpp"

namespace cerslint::baseline {
namespace {

void append_part(std::string& out, std::string_view value) {
  std::string storage;
  const std::string_view v = storable(value, storage);
  const auto size = static_cast<std::uint32_t>(v.size());
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out.append(v);
}

}  // namespace

std::string_view storable(std::string_view value, std::string& storage) {
  if (text::is_valid_utf8(value)) return value;
  storage = text::to_valid_utf8(value);
  return storage;
}

void append_key(std::string& out, std::string_view rule, const engine::RowIdentity& row) {
  append_part(out, rule);
  append_part(out, row.school);
  append_part(out, row.year);
  append_part(out, row.group);
  append_part(out, row.member);
}

std::string key_of(const Entry& entry) {
  std::string key;
  append_key(key, entry.rule,
             engine::RowIdentity{entry.school, entry.year, entry.group, entry.member});
  return key;
}

Entry entry_of(std::string_view file, std::string_view rule, const engine::RowIdentity& row) {
  std::string storage;
  Entry e;
  e.file.assign(storable(file, storage));
  e.rule.assign(storable(rule, storage));
  e.school.assign(storable(row.school, storage));
  e.year.assign(storable(row.year, storage));
  e.group.assign(storable(row.group, storage));
  e.member.assign(storable(row.member, storage));
  return e;
}

}  // namespace cerslint::baseline
