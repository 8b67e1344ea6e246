// The check pipeline for one file. CERS failures arrive through a listener and become findings
// of the C-rule registered for their kind, with the rule's plain-language hint.
#include "engine/runner.hpp"

#include <algorithm>
#include <array>
#include <system_error>

#include "engine/reading_thread.hpp"
#include "engine/row_dispatch.hpp"
#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::engine {

namespace {

// Turns validator failures into findings at the right place in the file.
class CersFindings final : public cers::FailureListener {
 public:
  CersFindings(RuleContext& ctx, const cers::Validator& validator)
      : ctx_(ctx), validator_(validator) {
    for (const RuleEntry& e : registry()) {
      if (e.cers_kind) by_kind_[static_cast<int>(*e.cers_kind)] = &e;
    }
  }

  // Where the last row that joined a group started: "too many students" points there.
  void remember(const reader::Record& r) {
    prev_row_ = r.index();
    prev_line_ = r.line();
    prev_offset_ = r.offset();
  }
  void set_header(const reader::Record& h) {
    header_ = Location{0, h.line(), 1, h.offset()};
    header_fields_.clear();
    for (std::size_t i = 0; i < h.size(); ++i) {
      header_fields_.push_back(RuleContext::locate(h, static_cast<int>(i)));
    }
  }

  // Points at the cause, not where CERS's text says: quote errors at the offending character,
  // "not a valid CSV" at the short row (CERS prints Row: 0 for it), "too many students" at the
  // group's last row (the record that revealed it is the next group's first).
  Location locate(const cers::Failure& f) const {
    using cers::FailureKind;
    const reader::Record* r = f.record;
    if (r != nullptr && r->quote_error() != reader::QuoteError::kNone &&
        (f.kind == FailureKind::kQuoteErrorCrash || f.kind == FailureKind::kHeaderUnreadable)) {
      const auto pos = r->position_of(r->quote_error_at());
      return Location{r->index(), pos.line, pos.column, r->offset() + r->quote_error_at()};
    }
    Location where = f.row == 0 ? header_ : Location{prev_row_, prev_line_, 1, prev_offset_};
    if (f.header_field >= 0 && static_cast<std::size_t>(f.header_field) < header_fields_.size()) {
      where = header_fields_[static_cast<std::size_t>(f.header_field)];
    } else if (r != nullptr &&
               (r->index() == f.row || f.kind == FailureKind::kRecordUnreadable)) {
      where = RuleContext::locate(*r, validator_.field_index(f.column));
    }
    where.row = f.row;  // always the row CERS prints, even where we point elsewhere
    return where;
  }

  void on_failure(const cers::Failure& f) override {
    const RuleEntry* entry = by_kind_[static_cast<int>(f.kind)];
    if (entry == nullptr || !ctx_.wanted(*entry->meta)) return;
    ctx_.message_buffer().assign(f.text);
    Location where = locate(f);
    hint_.clear();
    if (entry->cers_hint) entry->cers_hint(f, hint_);
    ctx_.emit(*entry->meta, where, hint_, identify(f));
  }

  // The lint engine's last run of rows, when lint runs: the group "too many students" is about.
  void set_group_source(const GroupInfo* group) { group_ = group; }

 private:
  // A failure is about the record being read, except "too many students": that is about the
  // group that just ended (the record is the next group's first, or none at the end). Lint's
  // last run is that group unless CERS skipped the rows between; without lint, no identity.
  RowIdentity identify(const cers::Failure& f) const {
    if (f.kind == cers::FailureKind::kTooManyStudents) {
      return group_ != nullptr ? engine::identify(*group_) : RowIdentity{};
    }
    return f.record != nullptr ? ctx_.identify(*f.record) : RowIdentity{};
  }

  RuleContext& ctx_;
  const cers::Validator& validator_;
  std::array<const RuleEntry*, cers::kFailureKindCount> by_kind_{};
  std::uint64_t prev_row_ = 0, prev_line_ = 0, prev_offset_ = 0;  // scalars: see count()
  Location header_{0, 1, 1, 0};  // an empty file has no header line: point at 1:1
  std::vector<Location> header_fields_;
  std::string hint_;
  const GroupInfo* group_ = nullptr;
};

// Java isBlank, answering the common cases (empty; a visible ASCII first byte) inline.
inline bool blank(std::string_view v) {
  if (v.empty()) return true;
  const auto c = static_cast<unsigned char>(v[0]);
  if (c > ' ' && c < 0x80) return false;
  return text::is_blank(v);
}

class NullSink final : public FindingSink {
 public:
  void on_finding(const Finding&) override {}
};


// Drives the lint rules: computes each row's change mask, tracks runs of (school, group, year)
// and calls each rule only for what it subscribed to.
class LintDriver {
 public:
  explicit LintDriver(RuleContext& ctx) : ctx_(ctx) {
    std::vector<Watch> row_watches, value_watches;
    RowTraits wanted = 0;
    for (const RuleEntry& e : registry()) {
      if (!e.make || !ctx.enabled(*e.meta)) continue;
      rules_.push_back(e.make());
      Rule* r = rules_.back().get();
      const Subscriptions s = r->subscriptions();
      if (s.every_row) {
        every_row_.push_back(r);
      } else if (s.rows != 0) {
        row_watches.push_back({r, s.columns, s.rows, s.only_with});
      } else if (s.columns != 0) {
        value_watches.push_back({r, s.columns, s.rows, s.only_with});
      }
      wanted |= static_cast<RowTraits>(s.rows | s.only_with);
      if (s.groups) group_rules_.push_back(r);
      if (s.school_groups) school_group_rules_.push_back(r);
    }
    // Row-level rules (they once ran on every row) report before value-level ones within a
    // row, so findings on one line keep their order.
    for (const Watch& w : row_watches) dispatch_.add(w.rule, w.columns, w.traits, w.only_with);
    for (const Watch& w : value_watches) dispatch_.add(w.rule, w.columns, w.traits, w.only_with);
    tracker_.want(wanted);
  }

  bool empty() const { return rules_.empty(); }
  RowTraits wanted() const { return tracker_.wanted(); }  // by some rule: RowTracker::want
  const ColumnMap& columns() const { return columns_; }

  void on_header(const reader::Record& header) {
    columns_ = ColumnMap::from_header(header);
    tracker_.on_header(header, columns_);
    for (auto& r : rules_) r->on_header(header, columns_, ctx_);
  }

  // What the CERS validator may skip for this row (see Validator::KeyHint): known only when
  // lint found the key columns where the validator did.
  cers::Validator::KeyHint cers_hint(const Row& row) const {
    using Hint = cers::Validator::KeyHint;
    if (!same_key_columns_) return Hint::kUnknown;
    const ColumnMask changed = row.changed();
    if (changed & kGroupKeyColumns) {
      return Hint::kChanged;
    }
    if ((changed & bit(Column::kSubject)) && !row.value(Column::kSubject).empty()) {
      return Hint::kChanged;
    }
    return Hint::kRepeats;
  }
  void compare_key_columns(const cers::Validator& validator) {
    same_key_columns_ =
        columns_[Column::kSchool] == validator.field_index(cers::Column::kSchool) &&
        columns_[Column::kGroupName] == validator.field_index(cers::Column::kGroupName) &&
        columns_[Column::kYear] == validator.field_index(cers::Column::kSchoolYear) &&
        columns_[Column::kSubject] == validator.field_index(cers::Column::kSubject);
  }

  Row track(const reader::Record& record) { return tracker_.next(record, columns_); }
  // The second half of track() for a row whose changes the reading thread worked out.
  void add_row_traits(Row& row) { tracker_.add_row_traits(row); }
  const GroupInfo& last_group() const { return group_; }

  // Inlined into the record loop (both of them): a call here cost about 40 instructions a row.
  [[gnu::always_inline]] void on_row(const Row& row) {
    ++ctx_.mutable_file().records;
    if (row.starts_group()) {
      end_group();
      start_group(row);
    }
    count(row);
    const ColumnMask changed = row.changed();
    const RowTraits traits = row.traits();
    for (Rule* r : every_row_) r->on_row(row, ctx_);
    dispatch_.for_each(changed, traits, [&](Rule* r) { r->on_row(row, ctx_); });
  }

  void on_end() {
    end_group();
    school_groups_.flush([&](const SchoolGroup& g) { hand_out(g); });
    for (auto& r : rules_) r->on_end(ctx_);
  }

 private:
  void start_group(const Row& row) {
    // Field by field, not `group_ = GroupInfo{}`: a temporary zeroed with `rep stos` and three
    // string moves on every group, that is on every row of a damaged file.
    group_.rows = group_.students = group_.users = 0;
    group_.blank_subject_rows = group_.subject_rows = 0;
    group_.last = Location{};
    static_assert(sizeof(GroupInfo) ==
                      3 * sizeof(std::string) + 2 * sizeof(Location) + 5 * sizeof(std::uint64_t),
                  "a field was added to GroupInfo: reset it here too");
    group_.school.assign(row.value(Column::kSchool));
    group_.name.assign(row.value(Column::kGroupName));
    group_.year.assign(row.value(Column::kYear));
    group_.first = RuleContext::locate(row, Column::kGroupName);
    in_group_ = true;
  }

  [[gnu::always_inline]] void count(const Row& row) {
    ++group_.rows;
    // Only the record's place is kept per row; the Location is built when the group ends.
    // (Storing a whole Location on every row cost a store-forwarding stall per row.)
    const reader::Record& rec = row.record();
    if (row.field(Column::kGroupName) <= 0) {
      last_row_ = rec.index();
      last_line_ = rec.line();
      last_offset_ = rec.offset();
      last_located_ = false;
    } else {
      group_.last = RuleContext::locate(row, Column::kGroupName);
      last_located_ = true;
    }
    if (!blank(row.value(Column::kSsid))) ++group_.students;
    if (!blank(row.value(Column::kLogin))) ++group_.users;
    if (blank(row.value(Column::kSubject))) {
      ++group_.blank_subject_rows;
    } else {
      ++group_.subject_rows;
    }
  }

  void end_group() {
    if (!in_group_) return;
    if (!last_located_) group_.last = Location{last_row_, last_line_, 1, last_offset_};
    if (!school_group_rules_.empty()) {
      school_groups_.add(group_, ctx_.settings().cers, [&](const SchoolGroup& g) { hand_out(g); });
    }
    for (Rule* r : group_rules_) r->on_group_end(group_, ctx_);
    in_group_ = false;
  }

  void hand_out(const SchoolGroup& g) {
    for (Rule* r : school_group_rules_) r->on_school_group(g, ctx_);
  }

  RuleContext& ctx_;
  std::vector<std::unique_ptr<Rule>> rules_;
  std::vector<Rule*> every_row_;
  struct Watch {
    Rule* rule;
    ColumnMask columns;
    RowTraits traits;
    RowTraits only_with;
  };
  RowDispatch dispatch_;  // row-level rules first, then value-level ones
  std::vector<Rule*> group_rules_;
  // One tally of a school block's groups for every rule that judges whole groups.
  std::vector<Rule*> school_group_rules_;
  SchoolGroups school_groups_;
  ColumnMap columns_;
  RowTracker tracker_;
  GroupInfo group_;
  bool in_group_ = false;
  bool same_key_columns_ = false;
  std::uint64_t last_row_ = 0, last_line_ = 0, last_offset_ = 0;  // the group's last row so far
  bool last_located_ = false;
};

// One file's check, record by record: the header, then each data record through the CERS
// validator and the lint rules. The records come from the reader on this thread, or in batches
// from a ReadingThread; either way this object sees the same calls in the same order.
class FileCheck {
 public:
  FileCheck(const CheckOptions& options, FindingSink& sink, FileReport& report)
      : options_(options),
        report_(report),
        ctx_(options.collect_findings ? sink : null_sink_, report.counts,
             LintSettings{options.cers, options.current_year}),
        validator_(*options.cers, nullptr),
        cers_findings_(ctx_, validator_) {
    std::vector<const RuleMeta*> enabled;
    if (options.selected) {
      for (const RuleEntry* e : *options.selected) enabled.push_back(e->meta);
    }
    ctx_.set_enabled(std::move(enabled), !options.selected.has_value());
    ctx_.set_severity_overrides(options.severity_overrides);
    ctx_.set_report_limit(options.report_limit);
    if (options.collect_findings) validator_.set_listener(&cers_findings_);
    if (options.collect_findings) lint_.emplace(ctx_);
    if (lint_ && lint_->empty()) lint_.reset();
    if (lint_) cers_findings_.set_group_source(&lint_->last_group());
  }

  // The traits the lint rules want tracked; nullopt when no lint rule runs.
  std::optional<RowTraits> wanted_traits() const {
    return lint_ ? std::optional<RowTraits>(lint_->wanted()) : std::nullopt;
  }

  void on_header(const reader::Record& rec, reader::Bom bom) {
    ctx_.mutable_file().bom = bom;
    cers_findings_.set_header(rec);
    ctx_.set_columns(ColumnMap::from_header(rec));
    validator_.on_header(rec);
    if (lint_) {
      lint_->on_header(rec);
      lint_->compare_key_columns(validator_);
    }
  }

  // True when this record completes another kProgressEvery: the caller reports progress.
  bool count_record() {
    ++report_.records;
    return (report_.records & (CheckOptions::kProgressEvery - 1)) == 0 && options_.progress;
  }

  std::uint64_t records() const { return report_.records; }

  // A data record read on this thread.
  [[gnu::always_inline]] void on_record(const reader::Record& rec) {
    if (lint_) {
      on_row(lint_->track(rec));
    } else {
      validator_.on_record(rec);
      after_record(rec);
    }
  }
  // A data record tracked on the reading thread (lint runs).
  [[gnu::always_inline]] void on_tracked(const reader::Record& rec, const Row::Tracked& tracked) {
    Row row(rec, lint_->columns(), tracked);
    lint_->add_row_traits(row);
    on_row(row);
  }

  void finish(const reader::CsvReader& reader) {
    report_.bytes = reader.bytes_read();
    if (reader.error()) {
      report_.error = *reader.error();
      return;
    }
    validator_.finish();
    if (lint_) lint_->on_end();
    report_.verdict = validator_.verdict();
    report_.unreported = ctx_.unreported();
  }

 private:
  [[gnu::always_inline]] void on_row(const Row& row) {
    validator_.on_record(row.record(), lint_->cers_hint(row));
    lint_->on_row(row);
    after_record(row.record());
  }
  void after_record(const reader::Record& rec) {
    if (validator_.last_record_joined_group()) cers_findings_.remember(rec);
  }

  const CheckOptions& options_;
  FileReport& report_;
  NullSink null_sink_;
  RuleContext ctx_;
  cers::Validator validator_;
  CersFindings cers_findings_;
  std::optional<LintDriver> lint_;
};

// Everything on this thread.
void check_here(reader::CsvReader& reader, const CheckOptions& options, FileCheck& file) {
  bool have_header = false;
  while (const reader::Record* rec = reader.next()) {
    if (!have_header) {
      have_header = true;
      file.on_header(*rec, reader.bom());
    } else {
      if (file.count_record()) options.progress(reader.bytes_read(), file.records());
      file.on_record(*rec);
    }
  }
}

// Reading and row tracking on a second thread (see ReadingThread).
void check_with_reading_thread(reader::CsvReader& reader, const CheckOptions& options,
                               FileCheck& file, RowTraits wanted) {
  std::optional<ReadingThread> reading;
  try {
    reading.emplace(reader, wanted, CheckOptions::kProgressEvery, options.reading_batch_bytes);
  } catch (const std::system_error&) {
    // No thread to be had (a process limit): nothing has been read yet, so check on this one.
    check_here(reader, options, file);
    return;
  }
  bool have_header = false;
  while (const TrackedBatch* batch = reading->next()) {
    std::size_t progress_at = 0;
    for (std::size_t i = 0; i < batch->records.size(); ++i) {
      const reader::Record& rec = batch->records[i];
      if (!have_header) {
        have_header = true;
        file.on_header(rec, batch->bom);
      } else {
        if (file.count_record()) options.progress(batch->progress_bytes[progress_at++], file.records());
        file.on_tracked(rec, batch->tracked[i]);
      }
    }
  }
}

}  // namespace

FileReport check(reader::CsvReader& reader, const CheckOptions& options, FindingSink& sink) {
  FileReport report;
  report.path = reader.name();
  FileCheck file(options, sink, report);
  const std::optional<RowTraits> wanted = file.wanted_traits();
  if (options.reading_thread && wanted) {
    check_with_reading_thread(reader, options, file, *wanted);
  } else {
    check_here(reader, options, file);
  }
  file.finish(reader);
  return report;
}

}  // namespace cerslint::engine
