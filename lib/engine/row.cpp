// Column lookup by header name and the change mask between consecutive rows.
#include "engine/row.hpp"

#include "text/java_text.hpp"

namespace cerslint::engine {

ColumnMap ColumnMap::from_header(const reader::Record& header) {
  ColumnMap map;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string_view name = header.value(i);
    if (name.substr(0, 3) == "\xEF\xBB\xBF") name.remove_prefix(3);  // a second BOM
    name = text::strip(name);
    for (int c = 0; c < kColumnCount; ++c) {
      // The first matching header cell wins, as Commons CSV's header map would keep it.
      if (map.index[c] < 0 && text::equals_ignore_case(name, kColumnNames[c])) {
        map.index[c] = static_cast<int>(i);
      }
    }
  }
  return map;
}

std::optional<CersKey> cers_key(const Row& row) {
  const std::string_view school = row.value(Column::kSchool);
  const std::string_view name = row.value(Column::kGroupName);
  if (text::is_blank(school) || text::is_blank(name)) return std::nullopt;
  const auto year = text::parse_java_int(row.value(Column::kYear));
  if (!year) return std::nullopt;
  return CersKey{school, name, *year};
}

Row RowTracker::next(const reader::Record& record, const ColumnMap& columns) {
  Row row(record, columns);
  ColumnMask changed = 0;
  for (int c = 0; c < kColumnCount; ++c) {
    const std::string_view v = row.value(static_cast<Column>(c));
    std::string& prev = previous_[c];
    if (first_ || v != prev) {
      changed |= static_cast<ColumnMask>(1u << c);
      prev.assign(v.data(), v.size());
    }
  }
  first_ = false;
  row.changed_ = changed;
  return row;
}

}  // namespace cerslint::engine
