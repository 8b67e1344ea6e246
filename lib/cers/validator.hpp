// A faithful offline port of CERS's student-group file validator (RDW DefaultCsvValidationService
// over Commons CSV 1.6), spec §3. It consumes the reader's records in order and produces the
// exact text CERS would store, quirks included, in memory bounded by what it must remember
// (distinct failure texts are kept as 64-bit hashes, the result as its first 100 lines).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cers/accepted_subjects.hpp"
#include "directory/school_directory.hpp"
#include "reader/record.hpp"
#include "util/hash_set.hpp"
#include "util/recent_answers.hpp"

namespace cerslint::cers {

// Every distinct failure CERS can produce; each maps to one C-rule in rules/.
enum class FailureKind : std::uint8_t {
  kHeaderUnreadable,     // Error reading file [...]
  kDuplicateHeader,      // File does not appear to be a valid CSV with a header row (header)
  kEmptyFile,            // Empty file
  kInvalidHeaders,       // Invalid headers. Headers must be in order: [...]
  kShortHeaderCrash,     // real system crashes (index out of range)
  kRecordUnreadable,     // File does not appear to be a valid CSV with a header row (record)
  kQuoteErrorCrash,      // real system crashes (IOException in a data record)
  kMissingSchool,        // Record does not contain a school
  kMissingGroupName,     // Record does not contain a group name
  kMissingSchoolYear,    // Record does not contain a school year
  kInvalidSchoolYear,    // Invalid school year: N
  kInvalidSubject,       // Invalid subject: S
  kSchoolNotFound,       // School [X] can not be found
  kSchoolOutOfOrder,     // School [X] is out-of-order: sort CSV by school, group, year
  kRecordOutOfOrder,     // Record is out-of-order: sort CSV by school, group, year
  kTooManyStudents,      // School [X] Group [G] contains N students.  Maximum ...
  kSubjectRedefined,     // Record is attempting to re-define group subject from [A] to [B]
};
inline constexpr int kFailureKindCount = 17;

// Which column of the record a failure is about (for positions in lint output).
enum class Column : std::int8_t {
  kNone = -1, kGroupName = 0, kSchool, kSchoolYear, kSubject, kStudentSsid, kLogin
};

struct Failure {
  FailureKind kind;
  std::uint64_t row;         // the CERS row number printed in "Row: N"
  std::string_view text;     // the exact CERS message (valid during the callback)
  const reader::Record* record;  // the record being processed when it fired; null at the end
  Column column;
  std::string_view value;    // the offending value as CERS decoded it (may be empty)
  int header_field = -1;     // header failures: index of the offending header name
};

class FailureListener {
 public:
  virtual ~FailureListener() = default;
  virtual void on_failure(const Failure& failure) = 0;
};

struct Config {
  const directory::PermittedSchools* schools = nullptr;  // required
  std::vector<std::int32_t> years;                        // configured school (end) years
  std::vector<std::string> subjects;                      // e.g. Math, ELA, ELPAC (ALL implied)
};

enum class Status : std::uint8_t { kAccepted, kRejected, kCrashed };

struct Verdict {
  Status status = Status::kAccepted;
  std::string text;  // exactly what CERS stores as the upload's message (no trailing newline)
};

class Validator {
 public:
  // `listener` (optional) sees every failure CERS reports, in CERS's order, as it is found.
  Validator(const Config& config, FailureListener* listener);

  void set_listener(FailureListener* listener) { listener_ = listener; }
  // Replay (see try_replay) and the repeated-failure memo (first_failure_for) are
  // optimisations with no visible effect; tests turn them off to compare against the plain
  // state machine.
  void set_shortcuts(bool on) { shortcuts_ = on; }

  void on_header(const reader::Record& header);
  // What the caller already knows about this record's key values (school, group name, year
  // byte-identical to the previous record's, and the subject too or empty): a caller that
  // compares consecutive rows anyway saves the validator doing it again.
  enum class KeyHint : std::uint8_t { kUnknown, kRepeats, kChanged };
  void on_record(const reader::Record& record, KeyHint hint = KeyHint::kUnknown);
  // Call once after the last record (also when there was no header at all).
  void finish();
  // True once CERS would have stopped reading (later records change nothing).
  bool stopped() const { return stopped_; }
  // True when the last record given to on_record became part of the current group (it was not
  // skipped), so it may be the row where that group ends.
  bool last_record_joined_group() const { return joined_group_; }
  Verdict verdict() const;
  // The record field a failure's column refers to (-1 when the header lacks it).
  int field_index(Column column) const;

 private:
  struct SchoolResult {
    std::string school;
    std::uint64_t groups;
    std::uint64_t row;
  };

  void begin_records(const reader::Record& first);
  void check_header(const reader::Record& header);
  void add_failure(FailureKind kind, std::uint64_t row, std::string_view text,
                   const reader::Record* record, Column column, std::string_view value,
                   bool deduplicate, int header_field = -1);
  // add_failure for a failure reported on every row it happens on (never de-duplicated) whose
  // text never varies ("Record does not contain a school"): after the first, the text's hash is
  // known to be in seen_texts_, so it is not hashed again. A file of a million ",,,,," rows
  // reports three of these per row.
  void add_fixed_failure(FailureKind kind, std::uint64_t row, std::string_view text,
                         const reader::Record* record, Column column, std::string_view value);
  // Everything add_failure does after the de-duplication.
  void report_failure(FailureKind kind, std::uint64_t row, std::string_view text,
                      const reader::Record* record, Column column, std::string_view value,
                      int header_field);
  // True the first time (kind, value) comes, for a failure whose de-duplicated text is a
  // function of one value (the school, the year, the subject): on a damaged file the same
  // failure comes back on row after row, and a repeat then costs a hash, not a message built
  // and hashed only to be dropped.
  bool first_failure_for(FailureKind kind, std::string_view value);
  bool first_failure_for(FailureKind kind, std::uint64_t value_hash);
  void record_unreadable(const reader::Record* record);
  void crash(FailureKind kind, const reader::Record* record, std::string_view why);
  void check_student_count(std::uint64_t row, const reader::Record* record);
  std::string_view decoded(std::string_view raw, std::string& storage) const;

  const Config& config_;
  FailureListener* listener_;
  AcceptedSubjects subjects_;  // §3.2 c

  // Header facts.
  bool have_header_ = false;
  bool began_records_ = false;
  int idx_group_ = -1, idx_school_ = -1, idx_year_ = -1, idx_subject_ = -1, idx_ssid_ = -1;
  bool header_failed_ = false;
  std::vector<std::string> header_names_;

  // Result so far.
  bool stopped_ = false;
  bool crashed_ = false;
  bool joined_group_ = false;
  bool record_failed_ = false;
  std::uint64_t failure_count_ = 0;
  std::vector<std::string> lines_;  // first kMaxLines "Row: N Failure: ..." lines
  util::HashSet64 seen_texts_;  // hashes of failure texts (§3.2 de-duplication)
  util::HashSet64 seen_values_;  // (kind, value) hashes of first_failure_for
  // Bit k: the text of add_fixed_failure for kind k is in seen_texts_.
  std::uint32_t fixed_texts_seen_ = 0;
  std::uint64_t school_result_count_ = 0;
  std::vector<SchoolResult> school_results_;  // first kMaxLines + 1

  // The state machine of §3.2.
  std::uint64_t last_row_ = 0;
  std::optional<std::string> current_school_;
  std::optional<std::string> current_key_;
  std::string current_group_;
  std::optional<std::string> group_subject_;
  std::uint64_t student_count_ = 0;
  std::uint64_t group_count_ = 0;
  util::HashSet64 completed_schools_;  // hashes of the schools whose block ended
  // The directory's answer for the last few schools asked about (see util::RecentAnswers).
  util::RecentAnswers<bool> permitted_;
  util::HashSet64 completed_keys_;  // hashes of exact key text

  // Replay of the previous record (§3.2 is a function of the key values and the state they left
  // behind): when school, group and year are byte-identical to the previous record's and the
  // subject is too (or blank), steps a-g cannot change anything or report anything new (their
  // messages were already seen and are de-duplicated), so only step h runs. This is what makes
  // the validator O(1) string work per student row; it does not change a single output byte.
  enum class Replay : std::uint8_t { kNone, kJoined, kSkippedAtSchool };
  bool try_replay(const reader::Record& record, KeyHint hint);
  void remember_keys(const reader::Record& record, Replay outcome);
  Replay replay_ = Replay::kNone;
  bool shortcuts_ = true;
  // The last full-path record's key prefix (see key_prefix; empty without the template's
  // column order) and its school, group name, year and subject, in one buffer: a group change
  // copies them all, and the prefix holds the unquoted values already, so one copy does.
  class KeyValues {
   public:
    // `values` that lie inside `prefix` are kept as places in its copy; others are copied.
    void assign(std::string_view prefix, const std::array<std::string_view, 4>& values);
    std::string_view prefix() const { return std::string_view(bytes_.data(), prefix_size_); }
    std::string_view operator[](std::size_t i) const {
      return std::string_view(bytes_.data() + begin_[i], size_[i]);
    }

   private:
    std::string bytes_;
    std::size_t prefix_size_ = 0;
    std::array<std::size_t, 4> begin_{};
    std::array<std::size_t, 4> size_{};
  };
  KeyValues prev_keys_;  // school, group, year, subject
  // The prefix of a record that replayed by its values, not its prefix (a blank subject, a
  // quoted value): the rows after it, teachers' or students', compare with one of the two.
  std::string chained_prefix_;
  // With the template's column order the four key values are the raw bytes before the SSID:
  // a record whose prefix equals the previous (replayable) record's replays after one memcmp.
  bool prefix_layout_ = false;
  std::string_view key_prefix(const reader::Record& record) const;

  // Reused per record, so the hot path does not allocate.
  std::string key_;
  std::string msg_;
  std::string s_school_, s_group_, s_year_, s_subject_, s_ssid_;
};

// The line CERS's page shows when the validator throws instead of answering.
inline constexpr std::string_view kCrashText = "Failed to upload groups to server.";
inline constexpr std::string_view kExpectedHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login";

}  // namespace cerslint::cers
