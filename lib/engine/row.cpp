// Column lookup by header name and the change mask between consecutive rows.
#include "engine/row.hpp"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "directory/school_directory.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/group_name.hpp"  // ordinary_group_name

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

std::optional<std::int32_t> Row::cers_year() const {
  if (!have_cers_year_) {
    cers_year_ = text::parse_java_int(value(Column::kYear));
    have_cers_year_ = true;
  }
  return cers_year_;
}

const values::YearReading& Row::year_reading() const {
  if (!year_reading_) year_reading_ = values::read_school_year(value(Column::kYear), cers_year());
  return *year_reading_;
}

const values::LoginAnalysis& Row::login_analysis() const {
  if (!login_) login_ = values::analyze_login(value(Column::kLogin), login_scratch_);
  return *login_;
}

bool Row::odd_school(const values::CdsVerdict& v) {
  return (v.problem != values::CdsProblem::kNone && v.problem != values::CdsProblem::kBlank) ||
         v.surrounding_spaces;
}

const values::CdsVerdict& Row::school_verdict() const {
  if (!school_verdict_) {
    school_verdict_ = values::classify_cds(value(Column::kSchool), &directory::lookup_school);
  }
  return *school_verdict_;
}

const values::SsidClass& Row::ssid_class() const {
  if (!ssid_class_) ssid_class_ = values::classify_ssid(value(Column::kSsid));
  return *ssid_class_;
}

std::optional<CersKey> cers_key(const Row& row) {
  const std::string_view school = row.value(Column::kSchool);
  const std::string_view name = row.value(Column::kGroupName);
  if (text::is_blank(school) || text::is_blank(name)) return std::nullopt;
  const auto year = row.cers_year();
  if (!year) return std::nullopt;
  return CersKey{school, name, *year};
}

namespace {

// The two byte facts of a raw record. Records are ~60 bytes: inline vector loads beat a call
// into the reader's SIMD dispatch. With SSE2 (every x86-64), 16 bytes at a time, the last
// load overlapping the one before: no byte loop for the tail.
#if defined(__SSE2__)
[[gnu::always_inline]] inline RowTraits raw_traits_wide(const char* p, std::size_t n) {  // n >= 16
  const __m128i backslashes = _mm_set1_epi8('\\');
  __m128i high = _mm_setzero_si128(), hits = _mm_setzero_si128();
  auto take = [&](std::size_t at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    high = _mm_or_si128(high, v);
    hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, backslashes));
  };
  for (std::size_t at = 0; at + 16 <= n; at += 16) take(at);
  take(n - 16);
  RowTraits t = 0;
  if (_mm_movemask_epi8(high) != 0) t |= trait::kNonAscii;
  if (_mm_movemask_epi8(hits) != 0) t |= trait::kBackslash;
  return t;
}
#endif

// Otherwise (and for short records) eight bytes at a time: a zero byte in x ^ '\\'*8 marks a
// backslash (the classic "has zero byte" trick); the high bit of any byte marks non-ASCII.
// (Always inline: own_traits has two callers, and GCC then called these three from both.)
[[gnu::always_inline]] inline RowTraits raw_traits(std::string_view raw) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull,
                          kBackslashes = 0x5C5C5C5C5C5C5C5Cull;
  std::uint64_t high = 0, zero = 0;
  const char* p = raw.data();
  const std::size_t n = raw.size();
#if defined(__SSE2__)
  if (n >= 16) return raw_traits_wide(p, n);
#endif
  RowTraits t = 0;
  if (n < 8) {
    for (std::size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(p[i]);
      if (c >= 0x80) t |= trait::kNonAscii;
      if (c == '\\') t |= trait::kBackslash;
    }
    return t;
  }
  auto take = [&](std::size_t at) {
    std::uint64_t w;
    std::memcpy(&w, p + at, 8);
    high |= w;
    const std::uint64_t x = w ^ kBackslashes;
    zero |= (x - kOnes) & ~x;
  };
  for (std::size_t at = 0; at + 8 <= n; at += 8) take(at);
  take(n - 8);  // the last word again, overlapping: no byte loop for the tail
  if (high & kHigh) t |= trait::kNonAscii;
  // (x - 1) & ~x can flag a byte above a real zero byte falsely but never misses one, and a
  // false "backslash" only costs a rule call that finds nothing.
  if (zero & kHigh) t |= trait::kBackslash;
  return t;
}

// Java isBlank for the first value, with the common visible-ASCII-first-byte answer inlined.
[[gnu::always_inline]] inline bool maybe_blank(const reader::Record& record) {
  if (record.size() == 0) return true;
  const std::string_view v = record.value(0);
  if (v.empty()) return true;
  const auto c = static_cast<unsigned char>(v[0]);
  if (c > ' ' && c < 0x80) return false;
  return text::is_blank(v);
}

}  // namespace

void RowTracker::update_key_facts(const Row& row, ColumnMask changed) {
  if (changed & bit(Column::kSchool)) {
    school_hash_ = hash64(row.value(Column::kSchool));
    if (wanted_ & trait::kOddSchool) {
      value_facts_ &= static_cast<RowTraits>(~trait::kOddSchool);
      if (odd_schools_.get(school_hash_, [&] { return Row::odd_school(row.school_verdict()); })) {
        value_facts_ |= trait::kOddSchool;
      }
    }
  }
  if (changed & bit(Column::kGroupName)) {
    group_name_hash_ = hash64(row.value(Column::kGroupName));
    if (wanted_ & trait::kOddGroupName) {
      value_facts_ &= static_cast<RowTraits>(~trait::kOddGroupName);
      if (!values::ordinary_group_name(row.value(Column::kGroupName))) {
        value_facts_ |= trait::kOddGroupName;
      }
    }
  }
}

void RowTracker::on_header(const reader::Record& header, const ColumnMap& columns) {
  header_width_ = header.size();
  first_ending_ = header.ending();
  key_prefix_layout_ = true;
  for (int c = 0; c <= static_cast<int>(Column::kSsid); ++c) {
    key_prefix_layout_ = key_prefix_layout_ && columns.index[c] == c;
  }
  have_prefix_ = false;
}

void RowTracker::track_changes(const reader::Record& record, Row& row) {
  ColumnMask changed = 0;
  int c = 0;
  if (key_prefix_layout_ && record.size() > 4) {
    const std::string_view prefix = record.raw().substr(0, record.field(4).raw_begin);
    if (have_prefix_ && prefix_.same(prefix)) {
      c = 4;  // the same bytes give the same four values: previous_[0..3] hold them already
    } else {
      prefix_.set(prefix);
      have_prefix_ = true;
    }
  } else {
    have_prefix_ = false;
  }
  for (; c < kColumnCount; ++c) {
    const std::string_view v = row.value(static_cast<Column>(c));
    PreviousValue& prev = previous_[c];
    if (first_ || !prev.same(v)) {
      changed |= static_cast<ColumnMask>(1u << c);
      prev.set(v);
    }
  }
  first_ = false;
  row.tracked_.changed = changed;
  if (changed & (bit(Column::kSchool) | bit(Column::kGroupName))) [[unlikely]] {
    update_key_facts(row, changed);
  }
  row.tracked_.school_hash = school_hash_;
  row.tracked_.group_name_hash = group_name_hash_;
}

RowTraits RowTracker::own_traits(const reader::Record& record, const Row& row) {
  RowTraits t = raw_traits(record.raw());
  if (record.has_quoted_line_break()) t |= trait::kQuotedLineBreak;
  const reader::LineEnding ending = record.ending();
  if (ending != reader::LineEnding::kNone && ending != first_ending_) {
    t |= trait::kOtherEnding;
    if (first_ending_ == reader::LineEnding::kNone) first_ending_ = ending;
  }
  if (previous_maybe_blank_) t |= trait::kAfterMaybeBlank;
  previous_maybe_blank_ = maybe_blank(record);
  if (previous_maybe_blank_) t |= trait::kMaybeBlank;
  if (record.size() != header_width_) t |= trait::kWidthDiffers;
  const std::string_view ssid = row.value(Column::kSsid);
  if (!ssid.empty()) {
    t |= trait::kSsid;
    if (!values::is_ten_ascii_digits(ssid)) t |= trait::kOddSsid;
  }
  if (!row.value(Column::kLogin).empty()) t |= trait::kLogin;
  if (row.starts_group()) t |= trait::kStartsGroup;
  return t;
}

Row RowTracker::next(const reader::Record& record, const ColumnMap& columns) {
  Row row(record, columns);
  track_changes(record, row);
  row.tracked_.traits = own_traits(record, row) | value_facts_;
  return row;
}

Row::Tracked RowTracker::changes(const reader::Record& record, const ColumnMap& columns) {
  Row row(record, columns);
  track_changes(record, row);
  row.tracked_.traits = value_facts_;
  return row.tracked_;
}

void RowTracker::add_row_traits(Row& row) { row.tracked_.traits |= own_traits(row.record(), row); }

}  // namespace cerslint::engine
