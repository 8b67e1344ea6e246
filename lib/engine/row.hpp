// A data record seen through the header: the six CERS columns by name, and what changed since
// the previous record. Lint rules read values through Row so they never depend on column order,
// and watch only the columns they check (most values repeat for every row of a group).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "reader/record.hpp"

namespace cerslint::engine {

enum class Column : std::uint8_t { kGroupName, kSchool, kYear, kSubject, kSsid, kLogin };
inline constexpr int kColumnCount = 6;
inline constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "group_name", "school_natural_id", "school_year",
    "subject_code", "student_ssid", "group_user_login"};

using ColumnMask = std::uint8_t;
constexpr ColumnMask bit(Column c) { return static_cast<ColumnMask>(1u << static_cast<int>(c)); }
inline constexpr ColumnMask kAllColumns = 0x3F;

// Where each CERS column is in the file. Found leniently (letter case, surrounding whitespace and
// a stray BOM ignored) so lint rules still run when CERS rejects the header for those reasons.
struct ColumnMap {
  std::array<int, kColumnCount> index = {-1, -1, -1, -1, -1, -1};
  static ColumnMap from_header(const reader::Record& header);
  int operator[](Column c) const { return index[static_cast<int>(c)]; }
};

class Row {
 public:
  Row(const reader::Record& record, const ColumnMap& columns) : record_(record), columns_(columns) {}

  const reader::Record& record() const { return record_; }
  std::uint64_t number() const { return record_.index(); }  // the CERS row number
  // The field index of a column in this record, or -1 when the header lacks it or the record
  // is too short.
  int field(Column c) const {
    const int i = columns_[c];
    return i >= 0 && static_cast<std::size_t>(i) < record_.size() ? i : -1;
  }
  // The column's value (quotes removed, nothing trimmed); empty when field(c) is -1.
  std::string_view value(Column c) const {
    const int i = field(c);
    return i >= 0 ? record_.value(static_cast<std::size_t>(i)) : std::string_view{};
  }
  // Columns whose value differs (exact bytes) from the previous data record's; all on row 1.
  ColumnMask changed() const { return changed_; }
  bool changed(Column c) const { return (changed_ & bit(c)) != 0; }
  // This row starts a new run of (school, group name, year), exact text: a new group for lint.
  bool starts_group() const { return changed_ & (bit(Column::kSchool) | bit(Column::kGroupName) |
                                                 bit(Column::kYear)); }
  bool starts_school() const { return changed(Column::kSchool); }

 private:
  friend class RowTracker;
  const reader::Record& record_;
  const ColumnMap& columns_;
  ColumnMask changed_ = kAllColumns;
};

// A row's group key as the CERS validator reads it; nullopt for rows CERS skips (blank school
// or group name, or a year that is not a whole number: spec §3.2a).
struct CersKey {
  std::string_view school;
  std::string_view name;
  std::int32_t year;
};
std::optional<CersKey> cers_key(const Row& row);

// Remembers the previous record's values to compute Row::changed(). Capacity is reused, so
// there is no allocation per row once the longest value has been seen.
class RowTracker {
 public:
  void reset() { first_ = true; }
  Row next(const reader::Record& record, const ColumnMap& columns);

 private:
  std::array<std::string, kColumnCount> previous_;
  bool first_ = true;
};

}  // namespace cerslint::engine
