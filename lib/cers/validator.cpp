// CERS validator port. Each step is labelled with its paragraph in
// docs/spec/cers-upload-reference.md so the code can be read side by side with the reference.
#include "cers/validator.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <unordered_set>

#include "text/java_text.hpp"
#include "util/hash.hpp"

namespace cerslint::cers {
namespace {

constexpr std::size_t kMaxLines = 100;
constexpr std::uint64_t kMaxStudents = 200;
constexpr std::array<std::string_view, 6> kHeaderNames = {
    "group_name", "school_natural_id", "school_year", "subject_code", "student_ssid",
    "group_user_login"};
// Spreads a failure kind over the bits of a value's hash (first_failure_for).
constexpr std::uint64_t kMixKind = 0x9E3779B97F4A7C15ull;
constexpr std::string_view kNotValidCsv = "File does not appear to be a valid CSV with a header row";

// Key under which two header names collide in Commons CSV's case-insensitive header map:
// equalsIgnoreCase(a, b) holds exactly when lower(upper(c)) agrees code point by code point.
std::string case_fold_key(std::string_view utf8) {
  std::string out(utf8);
  if (text::is_ascii(utf8)) {
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(utf8);
  icu::UnicodeString folded;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    folded.append(static_cast<UChar32>(u_tolower(u_toupper(c))));
    i += U16_LENGTH(c);
  }
  out.clear();
  folded.toUTF8String(out);
  return out;
}

int find_column(const std::vector<std::string>& names, std::string_view wanted) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (text::equals_ignore_case(names[i], wanted)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

bool Validator::try_replay(const reader::Record& record, KeyHint hint) {
  if (replay_ == Replay::kNone || hint == KeyHint::kChanged || !shortcuts_) return false;
  const int n = static_cast<int>(record.size());
  if (std::max({idx_school_, idx_group_, idx_year_, idx_subject_}) >= n) return false;
  if (hint == KeyHint::kUnknown) {
    // Replays chain: a record equal to a replayed one is equal to the last full-path record,
    // except for a blank subject, which that comparison allows too.
    const std::string_view prefix = key_prefix(record);
    if (prefix.empty() || (prefix != prev_keys_.prefix() && prefix != chained_prefix_)) {
      const std::string_view subject = record.value(idx_subject_);
      if (record.value(idx_school_) != prev_keys_[0] || record.value(idx_group_) != prev_keys_[1] ||
          record.value(idx_year_) != prev_keys_[2] ||
          (!subject.empty() && subject != prev_keys_[3])) {
        return false;
      }
      chained_prefix_.assign(prefix);  // the next record of the run may compare with this one
    }
  }
  last_row_ = record.index();
  joined_group_ = replay_ == Replay::kJoined;
  if (!joined_group_) return true;
  // h, as below.
  if (idx_ssid_ < 0 || idx_ssid_ >= n) {
    record_unreadable(&record);
    return true;
  }
  const std::string_view ssid = record.value(idx_ssid_);
  if (!ssid.empty() && (static_cast<unsigned char>(ssid[0]) > ' ' &&
                        static_cast<unsigned char>(ssid[0]) < 0x80)) {
    ++student_count_;  // starts with a visible ASCII character: not blank, valid UTF-8 so far
  } else if (!text::is_blank(decoded(ssid, s_ssid_))) {
    ++student_count_;
  }
  return true;
}

std::string_view Validator::key_prefix(const reader::Record& record) const {
  if (!prefix_layout_ || record.size() <= 4) return {};
  return record.raw().substr(0, record.field(4).raw_begin);
}

void Validator::remember_keys(const reader::Record& record, Replay outcome) {
  replay_ = outcome;
  chained_prefix_.clear();  // it replayed against the keys being replaced
  prev_keys_.assign(key_prefix(record),
                    {record.value(idx_school_), record.value(idx_group_), record.value(idx_year_),
                     record.value(idx_subject_)});
}

void Validator::KeyValues::assign(std::string_view prefix,
                                  const std::array<std::string_view, 4>& values) {
  // Within capacity after the first few rows: no allocation.
  bytes_.assign(prefix.data(), prefix.size());
  prefix_size_ = prefix.size();
  const auto start = reinterpret_cast<std::uintptr_t>(prefix.data());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string_view v = values[i];
    size_[i] = v.size();
    // Compared as addresses: a value is usually a slice of the raw prefix; one whose doubled
    // quotes were undone lives elsewhere and is copied after it.
    const auto at = reinterpret_cast<std::uintptr_t>(v.data());
    if (v.empty()) {
      begin_[i] = 0;
    } else if (at >= start && at + v.size() <= start + prefix.size()) {
      begin_[i] = at - start;
    } else {
      begin_[i] = bytes_.size();
      bytes_.append(v);
    }
  }
}

Validator::Validator(const Config& config, FailureListener* listener)
    : config_(config), listener_(listener), subjects_(config.subjects) {}

std::string_view Validator::decoded(std::string_view raw, std::string& storage) const {
  if (text::is_valid_utf8(raw)) return raw;
  storage = text::to_valid_utf8(raw);  // Java's decoder: malformed bytes become U+FFFD
  return storage;
}

void Validator::add_failure(FailureKind kind, std::uint64_t row, std::string_view message,
                            const reader::Record* record, Column column, std::string_view value,
                            bool deduplicate, int header_field) {
  const std::uint64_t h = hash64(message);
  if (!seen_texts_.insert(h) && deduplicate) return;
  report_failure(kind, row, message, record, column, value, header_field);
}

void Validator::add_fixed_failure(FailureKind kind, std::uint64_t row, std::string_view message,
                                  const reader::Record* record, Column column,
                                  std::string_view value) {
  static_assert(kFailureKindCount <= 32, "fixed_texts_seen_ has one bit per kind");
  const std::uint32_t bit = 1u << static_cast<unsigned>(kind);
  if (!shortcuts_ || (fixed_texts_seen_ & bit) == 0) {
    fixed_texts_seen_ |= bit;
    add_failure(kind, row, message, record, column, value, false);
    return;
  }
  report_failure(kind, row, message, record, column, value, -1);
}

void Validator::report_failure(FailureKind kind, std::uint64_t row, std::string_view message,
                               const reader::Record* record, Column column,
                               std::string_view value, int header_field) {
  ++failure_count_;
  if (lines_.size() < kMaxLines) {
    lines_.push_back("Row: " + std::to_string(row) + " Failure: " + std::string(message));
  }
  if (listener_) {
    listener_->on_failure(Failure{kind, row, message, record, column, value, header_field});
  }
}

bool Validator::first_failure_for(FailureKind kind, std::uint64_t value_hash) {
  if (!shortcuts_) return true;  // add_failure de-duplicates by the text
  return seen_values_.insert(value_hash ^ ((static_cast<std::uint64_t>(kind) + 1) * kMixKind));
}

bool Validator::first_failure_for(FailureKind kind, std::string_view value) {
  return first_failure_for(kind, hash64(value));
}

void Validator::crash(FailureKind kind, const reader::Record* record, std::string_view why) {
  crashed_ = stopped_ = true;
  if (listener_) listener_->on_failure(Failure{kind, record ? record->index() : 0, why, record,
                                               Column::kNone, {}});
}

// §3.1.1 and §3.1.2: what Commons CSV does while reading the header record.
void Validator::on_header(const reader::Record& header) {
  have_header_ = true;
  if (header.quote_error() != reader::QuoteError::kNone) {
    const auto pos = header.position_of(header.quote_error_at());
    std::string message =
        header.quote_error() == reader::QuoteError::kCharAfterClosingQuote
            ? "Error reading file [(line " + std::to_string(pos.line) +
                  ") invalid char between encapsulated token and delimiter]"
            : "Error reading file [(startline " + std::to_string(pos.line) +
                  ") EOF reached before encapsulated token finished]";
    add_failure(FailureKind::kHeaderUnreadable, 0, message, &header, Column::kNone, {}, false);
    stopped_ = true;
    return;
  }
  std::vector<std::string> names;
  std::unordered_set<std::string> folded;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string storage;
    names.emplace_back(decoded(header.value(i), storage));
    if (!folded.insert(case_fold_key(names.back())).second) {
      add_failure(FailureKind::kDuplicateHeader, 0, kNotValidCsv, &header, Column::kNone,
                  names.back(), false, static_cast<int>(i));
      stopped_ = true;
      return;
    }
  }
  idx_group_ = find_column(names, kHeaderNames[0]);
  idx_school_ = find_column(names, kHeaderNames[1]);
  idx_year_ = find_column(names, kHeaderNames[2]);
  idx_subject_ = find_column(names, kHeaderNames[3]);
  idx_ssid_ = find_column(names, kHeaderNames[4]);
  prefix_layout_ = idx_group_ == 0 && idx_school_ == 1 && idx_year_ == 2 && idx_subject_ == 3 &&
                   idx_ssid_ == 4;
  header_names_ = std::move(names);
}

// §3.1.4: the header check runs only once a data record exists (§3.1.3 comes first).
void Validator::begin_records(const reader::Record& first) {
  began_records_ = true;
  if (first.quote_error() != reader::QuoteError::kNone) return;  // on_record crashes on it
  for (std::size_t i = 0; i < kHeaderNames.size(); ++i) {
    if (i >= header_names_.size()) {
      crash(FailureKind::kShortHeaderCrash, nullptr, kCrashText);
      return;
    }
    if (!text::equals_ignore_case(kHeaderNames[i], header_names_[i])) {
      header_failed_ = true;
      add_failure(FailureKind::kInvalidHeaders, 0,
                  "Invalid headers. Headers must be in order: [" + std::string(kExpectedHeader) +
                      "]",
                  nullptr, static_cast<Column>(i), header_names_[i], false, static_cast<int>(i));
      return;
    }
  }
}

// §3.1.5: a record without a value the validator asks for by name.
void Validator::record_unreadable(const reader::Record* record) {
  lines_.clear();
  failure_count_ = 0;
  if (header_failed_) {
    lines_.push_back("Row: 0 Failure: Invalid headers. Headers must be in order: [" +
                     std::string(kExpectedHeader) + "]");
    failure_count_ = 1;
  }
  record_failed_ = true;
  add_failure(FailureKind::kRecordUnreadable, 0, kNotValidCsv, record, Column::kNone, {}, false);
  stopped_ = true;
}

// §3.2 f.
void Validator::check_student_count(std::uint64_t row, const reader::Record* record) {
  if (student_count_ <= kMaxStudents) return;
  msg_ = "School [" + (current_school_ ? *current_school_ : std::string("null")) + "] Group [" +
         current_group_ + "] contains " + std::to_string(student_count_) +
         " students.  Maximum students allowed per group is 200";
  record_failed_ = true;
  add_failure(FailureKind::kTooManyStudents, row, msg_, record, Column::kStudentSsid, {}, true);
}

void Validator::on_record(const reader::Record& record, KeyHint hint) {
  if (stopped_) return;
  if (!began_records_) {
    begin_records(record);
    if (stopped_) return;
  }
  // §3.1.6: Commons CSV throws while parsing this record; the services do not catch it.
  if (record.quote_error() != reader::QuoteError::kNone) {
    crash(FailureKind::kQuoteErrorCrash, &record, kCrashText);
    return;
  }
  if (try_replay(record, hint)) return;
  const std::uint64_t row = record.index();
  last_row_ = row;
  joined_group_ = false;
  replay_ = Replay::kNone;

  // §3.1.5: the four key columns are read by name before anything is checked.
  const int n = static_cast<int>(record.size());
  if (idx_school_ < 0 || idx_group_ < 0 || idx_year_ < 0 || idx_subject_ < 0 ||
      std::max({idx_school_, idx_group_, idx_year_, idx_subject_}) >= n) {
    record_unreadable(&record);
    return;
  }
  // One look at the record's bytes answers the UTF-8 question for all four values.
  const bool ascii = text::is_ascii(record.raw());
  auto java_text = [&](int field, std::string& storage) {
    const std::string_view v = record.value(static_cast<std::size_t>(field));
    return ascii ? v : decoded(v, storage);
  };
  const std::string_view school = java_text(idx_school_, s_school_);
  const std::string_view group = java_text(idx_group_, s_group_);
  const std::string_view year_text = java_text(idx_year_, s_year_);
  const std::string_view subject_raw = java_text(idx_subject_, s_subject_);

  // a. Key fields: each reported (never de-duplicated), then the record is skipped.
  bool skip = false;
  if (text::is_blank(school)) {
    record_failed_ = true;
    add_fixed_failure(FailureKind::kMissingSchool, row, "Record does not contain a school", &record,
                      Column::kSchool, school);
    skip = true;
  }
  if (text::is_blank(group)) {
    record_failed_ = true;
    add_fixed_failure(FailureKind::kMissingGroupName, row, "Record does not contain a group name",
                      &record, Column::kGroupName, group);
    skip = true;
  }
  const std::optional<std::int32_t> year = text::parse_java_int(year_text);
  if (!year) {
    record_failed_ = true;
    add_fixed_failure(FailureKind::kMissingSchoolYear, row, "Record does not contain a school year",
                      &record, Column::kSchoolYear, year_text);
    skip = true;
  }
  if (skip) return;

  // b. Year in the configured table.
  if (std::find(config_.years.begin(), config_.years.end(), *year) == config_.years.end()) {
    record_failed_ = true;
    if (first_failure_for(FailureKind::kInvalidSchoolYear,
                          static_cast<std::uint64_t>(static_cast<std::uint32_t>(*year)))) {
      msg_ = "Invalid school year: " + std::to_string(*year);
      add_failure(FailureKind::kInvalidSchoolYear, row, msg_, &record, Column::kSchoolYear,
                  year_text, true);
    }
  }

  // c. Subject, stripped, compared lower-cased.
  const std::optional<std::string_view> subject = text::strip_to_null(subject_raw);
  if (subject && !subjects_.contains(*subject)) {
    record_failed_ = true;
    if (first_failure_for(FailureKind::kInvalidSubject, *subject)) {
      msg_.assign("Invalid subject: ").append(*subject);
      add_failure(FailureKind::kInvalidSubject, row, msg_, &record, Column::kSubject,
                  subject_raw, true);
    }
  }

  // d. School changes (exact, case-sensitive, untrimmed comparison).
  if (!current_school_ || school != *current_school_) {
    if (current_school_) {
      completed_schools_.insert(hash64(*current_school_));
      ++school_result_count_;
      if (school_results_.size() <= kMaxLines) {
        school_results_.push_back({*current_school_, group_count_, row});
      }
    }
    completed_keys_.clear();
    current_key_.reset();
    group_count_ = 0;
    current_school_.reset();
    const std::uint64_t school_hash = hash64(school);
    if (!permitted_.get(school_hash, [&] { return config_.schools->contains(school); })) {
      record_failed_ = true;
      if (first_failure_for(FailureKind::kSchoolNotFound, school_hash)) {
        msg_.assign("School [").append(school).append("] can not be found");
        add_failure(FailureKind::kSchoolNotFound, row, msg_, &record, Column::kSchool, school,
                    true);
      }
      remember_keys(record, Replay::kSkippedAtSchool);
      return;
    }
    if (completed_schools_.contains(school_hash)) {
      record_failed_ = true;
      if (first_failure_for(FailureKind::kSchoolOutOfOrder, school_hash)) {
        msg_.assign("School [").append(school).append(
            "] is out-of-order: sort CSV by school, group, year");
        add_failure(FailureKind::kSchoolOutOfOrder, row, msg_, &record, Column::kSchool, school,
                    true);
      }
      remember_keys(record, Replay::kSkippedAtSchool);
      return;
    }
    current_school_ = std::string(school);
  }

  // e. Group key changes (ignoring case); f. the finished group's student count.
  key_.assign(school);
  key_.append(group);
  char digits[16];
  key_.append(digits, std::to_chars(digits, digits + sizeof digits, *year).ptr);
  if (!current_key_ || !text::equals_ignore_case(key_, *current_key_)) {
    if (current_key_) completed_keys_.insert(hash64(*current_key_));
    check_student_count(row - 1, &record);
    student_count_ = 0;
    ++group_count_;
    if (completed_keys_.contains(hash64(key_))) {
      record_failed_ = true;
      // One text for every such record: the first is the only one CERS lists.
      if (first_failure_for(FailureKind::kRecordOutOfOrder, std::uint64_t{0})) {
        add_failure(FailureKind::kRecordOutOfOrder, row,
                    "Record is out-of-order: sort CSV by school, group, year", &record,
                    Column::kGroupName, group, true);
      }
    }
    current_key_ = key_;
    current_group_.assign(group);
    group_subject_ = subject ? std::optional<std::string>(*subject) : std::nullopt;
  } else if (subject) {
    // g. Subject continuity: blank never conflicts; a differing subject re-defines it.
    if (!group_subject_) {
      group_subject_ = std::string(*subject);
    } else if (!text::equals_ignore_case(*group_subject_, *subject)) {
      msg_.assign("Record is attempting to re-define group subject from [")
          .append(*group_subject_)
          .append("] to [")
          .append(*subject)
          .append("]");
      record_failed_ = true;
      add_failure(FailureKind::kSubjectRedefined, row, msg_, &record, Column::kSubject,
                  subject_raw, true);
      group_subject_ = std::string(*subject);
    }
  }

  joined_group_ = true;
  remember_keys(record, Replay::kJoined);

  // h. Student count: student_ssid is read by name only here.
  if (idx_ssid_ < 0 || idx_ssid_ >= n) {
    record_unreadable(&record);
    return;
  }
  if (!text::is_blank(decoded(record.value(idx_ssid_), s_ssid_))) ++student_count_;
}

void Validator::finish() {
  if (stopped_) return;
  if (!began_records_) {
    // §3.1.3: no data record (empty file, header only, header plus empty lines).
    add_failure(FailureKind::kEmptyFile, 0, "Empty file", nullptr, Column::kNone, {}, false);
    stopped_ = true;
    return;
  }
  check_student_count(last_row_, nullptr);
  if (current_school_) {
    ++school_result_count_;
    if (school_results_.size() <= kMaxLines) {
      school_results_.push_back({*current_school_, group_count_, last_row_});
    }
  }
  stopped_ = true;
}

int Validator::field_index(Column column) const {
  switch (column) {
    case Column::kGroupName: return idx_group_;
    case Column::kSchool: return idx_school_;
    case Column::kSchoolYear: return idx_year_;
    case Column::kSubject: return idx_subject_;
    case Column::kStudentSsid: return idx_ssid_;
    default: return -1;
  }
}

Verdict Validator::verdict() const {
  Verdict v;
  if (crashed_) {
    v.status = Status::kCrashed;
    v.text = kCrashText;
    return v;
  }
  auto school_line = [](const SchoolResult& s) {
    return std::to_string(s.groups) + (s.groups == 1 ? " group" : " groups") +
           " accepted for " + s.school + ".";
  };
  std::vector<std::string> lines = lines_;
  std::uint64_t total = failure_count_;
  if (failure_count_ > 0 && header_failed_ && !record_failed_) {
    // §3.3 quirk: with only the header failure, the success lines go out as failures.
    total += school_result_count_;
    for (const SchoolResult& s : school_results_) {
      if (lines.size() >= kMaxLines) break;
      lines.push_back("Row: " + std::to_string(s.row) + " Failure: " + school_line(s));
    }
  }
  if (total > 0) {
    v.status = Status::kRejected;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i) v.text += '\n';
      v.text += lines[i];
    }
    if (total > kMaxLines) {
      v.text += "\nWith " + std::to_string(total - kMaxLines) + " additional validation failures";
    }
    return v;
  }
  v.status = Status::kAccepted;
  for (std::size_t i = 0; i < school_results_.size() && i < kMaxLines; ++i) {
    if (i) v.text += '\n';
    v.text += school_line(school_results_[i]);
  }
  if (school_result_count_ > kMaxLines) {
    v.text += "\nWith " + std::to_string(school_result_count_ - kMaxLines) + " additional schools";
  }
  return v;
}

}  // namespace cerslint::cers
