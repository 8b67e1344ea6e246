// The engine side of a rule call: what the rule may know about the run (configuration, file
// facts) and where findings go. Messages are formatted lazily, only when the rule is selected,
// into a buffer reused for every finding.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cers/validator.hpp"
#include "engine/finding.hpp"
#include "engine/group.hpp"
#include "engine/per_rule_limit.hpp"
#include "engine/row.hpp"
#include "engine/rule.hpp"
#include "reader/csv_reader.hpp"
#include "reader/record.hpp"

namespace cerslint::engine {

// What lint rules know beyond the file: CERS's configuration and today's school year.
struct LintSettings {
  const cers::Config* cers = nullptr;
  std::int32_t current_year = 0;  // end year of the current school year (2027 for 2026-27)
};

// Facts about the file that are not in any record.
struct FileFacts {
  reader::Bom bom = reader::Bom::kNone;
  std::uint64_t records = 0;  // data records so far (all of them by on_end)
};

// fmt::format_to(std::back_inserter(out), ...) on a std::string grows the string (and zero-fills
// it) for every piece of the format; formatting into fmt's stack buffer and appending once is
// several times cheaper, which matters on files where most rows have a finding.
template <typename... T>
void append_format(std::string& out, fmt::format_string<T...> format, T&&... args) {
  fmt::memory_buffer buffer;
  fmt::format_to(std::back_inserter(buffer), format, std::forward<T>(args)...);
  out.append(buffer.data(), buffer.size());
}

// The identity of the row or group a finding is about (see RowIdentity). Computed only when a
// finding is reported, never per row.
inline RowIdentity identify(const Row& row) {
  const std::string_view ssid = row.value(Column::kSsid);
  return RowIdentity{row.value(Column::kSchool), row.value(Column::kYear),
                     row.value(Column::kGroupName),
                     ssid.empty() ? row.value(Column::kLogin) : ssid};
}
inline RowIdentity identify(const GroupInfo& group) {
  return RowIdentity{group.school, group.year, group.name, {}};
}

class RuleContext {
 public:
  RuleContext(FindingSink& sink, std::uint64_t* counts, LintSettings settings)
      : sink_(sink), counts_(counts), settings_(settings) {}

  const LintSettings& settings() const { return settings_; }
  const FileFacts& file() const { return file_; }
  FileFacts& mutable_file() { return file_; }

  // Reports `meta`'s problem at field `field` of `record` (-1: the record's start).
  // `write` receives a std::string& to append the message to; `hint` may be empty.
  template <typename WriteMessage>
  void report(const RuleMeta& meta, const reader::Record& record, int field, WriteMessage&& write,
              std::string_view hint = {}) {
    if (!wanted(meta)) return;
    message_.clear();
    std::forward<WriteMessage>(write)(message_);
    emit(meta, locate(record, field), hint, identify(record));
  }
  // The same at a column of a row.
  template <typename WriteMessage>
  void report(const RuleMeta& meta, const Row& row, Column column, WriteMessage&& write,
              std::string_view hint = {}) {
    report(meta, row.record(), row.field(column), std::forward<WriteMessage>(write), hint);
  }
  // The same at a location computed earlier: end-of-file summaries, about no row in particular.
  template <typename WriteMessage>
  void report_at(const RuleMeta& meta, const Location& where, WriteMessage&& write,
                 std::string_view hint = {}) {
    report_at(meta, where, RowIdentity{}, std::forward<WriteMessage>(write), hint);
  }
  // The same about a given row or group (`who`: see identify()), e.g. a group's findings.
  template <typename WriteMessage>
  void report_at(const RuleMeta& meta, const Location& where, const RowIdentity& who,
                 WriteMessage&& write, std::string_view hint = {}) {
    if (!wanted(meta)) return;
    message_.clear();
    std::forward<WriteMessage>(write)(message_);
    emit(meta, where, hint, who);
  }

  static Location locate(const reader::Record& record, int field);
  static Location locate(const Row& row, Column column) {
    const reader::Record& record = row.record();
    const int field = row.field(column);
    // The first field starts the record: no need to count lines and characters (the engine
    // locates every row's group name this way, so this stays inline).
    if (field <= 0) return Location{record.index(), record.line(), 1, record.offset()};
    return locate(record, field);
  }
  void emit(const RuleMeta& meta, const Location& where, std::string_view hint,
            const RowIdentity& who = {});
  // A data record's identity through the header's column map; empty for the header itself.
  RowIdentity identify(const reader::Record& record) const {
    if (record.index() == 0) return {};
    return engine::identify(Row(record, columns_));
  }
  // Where the CERS columns are (set once from the header), for identify().
  void set_columns(const ColumnMap& columns) { columns_ = columns; }
  bool enabled(const RuleMeta& meta) const {
    return all_enabled_ || std::binary_search(enabled_.begin(), enabled_.end(), &meta);
  }
  // `enabled` lists the rules whose findings are reported; nullopt-like `all` reports every rule.
  void set_enabled(std::vector<const RuleMeta*> enabled, bool all) {
    std::sort(enabled.begin(), enabled.end());
    enabled_ = std::move(enabled);
    all_enabled_ = all;
  }
  // Whether a finding of `meta` is to be formatted and emitted: its rule is enabled, and under
  // the report limit (set_report_limit). A finding past the limit is counted here instead.
  bool wanted(const RuleMeta& meta) {
    if (!enabled(meta)) return false;
    if (limit_.take(meta)) return true;
    ++counts_[static_cast<int>(severity_of(meta))];  // emit() counts the others
    return false;
  }
  // Each rule's first `limit` findings are emitted, the rest only counted (0: no limit).
  void set_report_limit(std::uint64_t limit) { limit_.reset(limit); }
  // Per rule, the findings counted but not emitted, in code order; empty without a limit.
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> unreported() const {
    return limit_.left_out();
  }
  std::string& message_buffer() { return message_; }
  // Severity per rule where the configuration changes it (see CheckOptions).
  void set_severity_overrides(std::vector<std::pair<const RuleMeta*, Severity>> overrides) {
    std::sort(overrides.begin(), overrides.end());
    severity_overrides_ = std::move(overrides);
  }
  Severity severity_of(const RuleMeta& meta) const {
    if (severity_overrides_.empty()) return meta.severity;  // the usual case: no lookup
    const auto it = std::lower_bound(severity_overrides_.begin(), severity_overrides_.end(),
                                     std::pair<const RuleMeta*, Severity>{&meta, Severity::kInfo});
    return it != severity_overrides_.end() && it->first == &meta ? it->second : meta.severity;
  }

 private:
  FindingSink& sink_;
  std::uint64_t* counts_;
  LintSettings settings_;
  FileFacts file_;
  ColumnMap columns_;
  std::vector<const RuleMeta*> enabled_;  // sorted
  bool all_enabled_ = true;
  std::vector<std::pair<const RuleMeta*, Severity>> severity_overrides_;  // sorted
  std::string message_;
  PerRuleLimit limit_;
};

}  // namespace cerslint::engine
