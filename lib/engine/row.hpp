// A data record seen through the header: the six CERS columns by name, and what changed since
// the previous record. Lint rules read values through Row so they never depend on column order,
// and watch only the columns they check (most values repeat for every row of a group).
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "reader/record.hpp"
#include "util/recent_answers.hpp"
#include "values/cds.hpp"
#include "values/email.hpp"
#include "values/school_year.hpp"
#include "values/ssid.hpp"

namespace cerslint::engine {

enum class Column : std::uint8_t { kGroupName, kSchool, kYear, kSubject, kSsid, kLogin };
inline constexpr int kColumnCount = 6;
inline constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "group_name", "school_natural_id", "school_year",
    "subject_code", "student_ssid", "group_user_login"};

using ColumnMask = std::uint8_t;
constexpr ColumnMask bit(Column c) { return static_cast<ColumnMask>(1u << static_cast<int>(c)); }
inline constexpr ColumnMask kAllColumns = 0x3F;
// A change in any of these starts another run of (school, group name, year): a new group for
// lint (Row::starts_group). Rules that look at each group once watch these columns.
inline constexpr ColumnMask kGroupKeyColumns =
    bit(Column::kSchool) | bit(Column::kGroupName) | bit(Column::kYear);

// Where each CERS column is in the file. Found leniently (letter case, surrounding whitespace and
// a stray BOM ignored) so lint rules still run when CERS rejects the header for those reasons.
struct ColumnMap {
  std::array<int, kColumnCount> index = {-1, -1, -1, -1, -1, -1};
  static ColumnMap from_header(const reader::Record& header);
  int operator[](Column c) const { return index[static_cast<int>(c)]; }
};

// Cheap facts about a row that the engine works out once, so a rule looking for something
// unusual (a non-ASCII byte, an odd SSID, a login) is called only for rows that have it. Most
// rows of a real file have none of these, which keeps the per-row cost of 69 rules near zero.
using RowTraits = std::uint16_t;
namespace trait {
inline constexpr RowTraits kNonAscii = 1u << 0;         // a byte >= 0x80 in the raw record
inline constexpr RowTraits kBackslash = 1u << 1;        // a '\' in the raw record
inline constexpr RowTraits kQuotedLineBreak = 1u << 2;  // a quoted value holds CR or LF
inline constexpr RowTraits kOtherEnding = 1u << 3;  // ends unlike the first line that has an end
inline constexpr RowTraits kMaybeBlank = 1u << 4;   // first value blank (every empty row has it)
inline constexpr RowTraits kAfterMaybeBlank = 1u << 5;  // the previous row had kMaybeBlank
inline constexpr RowTraits kWidthDiffers = 1u << 6;  // field count differs from the header's
inline constexpr RowTraits kSsid = 1u << 7;          // student_ssid not empty
inline constexpr RowTraits kOddSsid = 1u << 8;       // not empty and not ten ASCII digits
inline constexpr RowTraits kLogin = 1u << 9;         // group_user_login not empty
inline constexpr RowTraits kStartsGroup = 1u << 10;  // Row::starts_group()
// Facts about a key value, worked out when the value changes and kept while it repeats, so
// that rules which find nothing on an ordinary value can skip it (Subscriptions::only_with):
// school_natural_id has something for the S rules to say (Row::school_verdict() has a problem
// other than a blank id, or the id has spaces around it).
inline constexpr RowTraits kOddSchool = 1u << 11;
// group_name is not values::ordinary_group_name (which G001, G003, G005, G006 and G007 pass).
inline constexpr RowTraits kOddGroupName = 1u << 12;
}  // namespace trait

class Row {
 public:
  Row(const reader::Record& record, const ColumnMap& columns) : record_(record), columns_(columns) {}
  // What RowTracker::changes worked out for a row, to rebuild the Row on another thread over a
  // copy of its record (engine::check with a reading thread); RowTracker::add_row_traits then
  // adds the row's own traits there.
  struct Tracked {
    ColumnMask changed = kAllColumns;
    RowTraits traits = 0;
    std::uint64_t school_hash = 0, group_name_hash = 0;
  };
  Row(const reader::Record& record, const ColumnMap& columns, const Tracked& t)
      : record_(record), columns_(columns), tracked_(t) {}
  const Tracked& tracked() const { return tracked_; }

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
  ColumnMask changed() const { return tracked_.changed; }
  bool changed(Column c) const { return (tracked_.changed & bit(c)) != 0; }
  // This row starts a new run of (school, group name, year), exact text: a new group for lint.
  bool starts_group() const { return (tracked_.changed & kGroupKeyColumns) != 0; }
  bool starts_school() const { return changed(Column::kSchool); }
  RowTraits traits() const { return tracked_.traits; }

  // Readings that several rules take of the same cell (five year rules, five login rules, the
  // group-key rules), worked out on the first call for this row and kept with it.
  // school_year as CERS reads it: Integer.valueOf, nullopt when that throws.
  std::optional<std::int32_t> cers_year() const;
  // school_year's form (plain, Excel decimal, range...) and the year meant.
  const values::YearReading& year_reading() const;
  // group_user_login analysed (values::analyze_login); views valid while the row is. (Rules
  // get rows by reference: a copy made after this call would point into this row's scratch.)
  const values::LoginAnalysis& login_analysis() const;
  // school_natural_id classified against the embedded CDE directory (values::classify_cds):
  // eleven S rules read it whenever the school changes.
  const values::CdsVerdict& school_verdict() const;
  // student_ssid's shape (values::classify_ssid): N001-N005 read it on a row whose SSID is not
  // ten digits. Its `trimmed` views this row's value.
  const values::SsidClass& ssid_class() const;
  // True when the verdict gives the S rules something to report (see trait::kOddSchool).
  static bool odd_school(const values::CdsVerdict& v);
  // hash64 of the school_natural_id and group_name values, worked out by RowTracker when the
  // value changes: on a damaged file nearly every row starts a group, and the rules and engine
  // parts that key tables by these values then share one hash of each.
  std::uint64_t school_hash() const { return tracked_.school_hash; }
  std::uint64_t group_name_hash() const { return tracked_.group_name_hash; }

 private:
  friend class RowTracker;
  const reader::Record& record_;
  const ColumnMap& columns_;
  Tracked tracked_;  // what RowTracker worked out (set by it, or copied from a reading thread)
  // The readings, empty until asked for (optional: a row costs a flag each, not their size).
  mutable bool have_cers_year_ = false;
  mutable std::optional<std::int32_t> cers_year_;
  mutable std::optional<values::YearReading> year_reading_;
  mutable std::optional<values::LoginAnalysis> login_;
  mutable std::optional<values::CdsVerdict> school_verdict_;
  mutable std::optional<values::SsidClass> ssid_class_;
  mutable std::string login_scratch_;  // the cleaned login when invisible characters went
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
// One column's value in the previous row. Values are short (ids, names, e-mail addresses), so
// they are kept in an inline buffer; only a longer one goes to the heap. Comparing and copying
// them is most of what the engine does per row, hence no std::string on the common path.
class PreviousValue {
 public:
  bool same(std::string_view v) const {
    if (v.size() != size_) return false;
    if (size_ == 0) return true;
    const char* d = data();
    // Consecutive values (SSIDs above all) mostly differ in their last characters, while
    // the first ones are often shared (a district's SSIDs, a school's e-mail domain): decide
    // most rows by the last byte, without a call.
    return v[size_ - 1] == d[size_ - 1] && std::memcmp(v.data(), d, size_) == 0;
  }
  void set(std::string_view v) {
    size_ = v.size();
    if (size_ <= sizeof inline_) {
      if (size_ != 0) std::memcpy(inline_, v.data(), size_);  // an empty view may be null
    } else {
      long_.assign(v.data(), v.size());
    }
  }

 private:
  const char* data() const { return size_ <= sizeof inline_ ? inline_ : long_.data(); }
  char inline_[64];
  std::size_t size_ = 0;
  std::string long_;
};

class RowTracker {
 public:
  void reset() {
    first_ = true;
    have_prefix_ = false;
    value_facts_ = 0;
  }
  // The traits some rule asks for: kOddSchool costs a directory lookup per new school id, so
  // it is worked out only when wanted (default: every trait).
  void want(RowTraits traits) { wanted_ = traits; }
  RowTraits wanted() const { return wanted_; }
  // The header record: its width and line ending are what rows are compared with.
  void on_header(const reader::Record& header, const ColumnMap& columns);
  Row next(const reader::Record& record, const ColumnMap& columns);

  // next() in two halves, for engine::check's reading thread, which is the busier of its two
  // threads: what changed since the previous row, with the facts and hashes of the key values
  // (Tracked::traits holds only kOddSchool and kOddGroupName), worked out where the records are
  // read; then the row's own traits, worked out where the row is checked. Each half keeps
  // its own state, so each tracker must see every data record, in order.
  Row::Tracked changes(const reader::Record& record, const ColumnMap& columns);
  void add_row_traits(Row& row);

 private:
  // The two halves, inlined into next() (one thread checks most files).
  // (The record is passed next to its row: reading it through the row cost a load per use.)
  [[gnu::always_inline]] inline void track_changes(const reader::Record& record, Row& row);
  // The traits of the row itself: all but the key values' facts.
  [[gnu::always_inline]] inline RowTraits own_traits(const reader::Record& record, const Row& row);
  void update_key_facts(const Row& row, ColumnMask changed);

  std::array<PreviousValue, kColumnCount> previous_;
  // With the header's column order, the four key values are the raw bytes before the SSID: one
  // comparison of that prefix answers all four for a student row of the same group.
  bool key_prefix_layout_ = false;
  bool have_prefix_ = false;
  PreviousValue prefix_;
  bool first_ = true;
  std::size_t header_width_ = 0;
  reader::LineEnding first_ending_ = reader::LineEnding::kNone;
  bool previous_maybe_blank_ = false;
  RowTraits wanted_ = static_cast<RowTraits>(~0u);
  RowTraits value_facts_ = 0;  // kOddSchool and kOddGroupName of the current key values
  std::uint64_t school_hash_ = 0, group_name_hash_ = 0;  // of the current key values
  // kOddSchool of the last few school ids: a damaged id inside a block makes the block's own
  // id come back on every other row, and each verdict costs a directory lookup.
  util::RecentAnswers<bool> odd_schools_;
};

}  // namespace cerslint::engine
