// The check pipeline for one file. CERS failures arrive through a listener and become findings
// of the C-rule registered for their kind, with the rule's plain-language hint.
#include "engine/runner.hpp"

#include <algorithm>
#include <array>

#include "engine/rule_context.hpp"

namespace cerslint::engine {

Location RuleContext::locate(const reader::Record& record, int field) {
  std::uint32_t at = 0;
  if (field >= 0 && static_cast<std::size_t>(field) < record.size()) {
    at = record.field(static_cast<std::size_t>(field)).raw_begin;
  }
  const auto pos = record.position_of(at);
  return Location{record.index(), pos.line, pos.column, record.offset() + at};
}

bool RuleContext::enabled(const RuleMeta& meta) const {
  return enabled_.empty() || std::find(enabled_.begin(), enabled_.end(), &meta) != enabled_.end();
}

void RuleContext::emit(const RuleMeta& meta, const Location& where, std::string_view hint) {
  ++counts_[static_cast<int>(meta.severity)];
  sink_.on_finding(Finding{&meta, meta.severity, where, message_, hint});
}

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
    prev_ = Location{r.index(), r.line(), 1, r.offset()};
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
    Location where = f.row == 0 ? header_ : prev_;
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
    if (entry == nullptr || !ctx_.enabled(*entry->meta)) return;
    ctx_.message_buffer().assign(f.text);
    Location where = locate(f);
    hint_.clear();
    if (entry->cers_hint) entry->cers_hint(f, hint_);
    ctx_.emit(*entry->meta, where, hint_);
  }

 private:
  RuleContext& ctx_;
  const cers::Validator& validator_;
  std::array<const RuleEntry*, cers::kFailureKindCount> by_kind_{};
  Location prev_{};
  Location header_{0, 1, 1, 0};  // an empty file has no header line: point at 1:1
  std::vector<Location> header_fields_;
  std::string hint_;
};

class NullSink final : public FindingSink {
 public:
  void on_finding(const Finding&) override {}
};

}  // namespace

FileReport check(reader::CsvReader& reader, const CheckOptions& options, FindingSink& sink) {
  FileReport report;
  report.path = reader.name();
  NullSink null_sink;
  RuleContext ctx(options.collect_findings ? sink : null_sink, report.counts);
  std::vector<const RuleMeta*> enabled;
  for (const RuleEntry* e : options.selected) enabled.push_back(e->meta);
  ctx.set_enabled(std::move(enabled));

  cers::Validator validator(*options.cers, nullptr);
  CersFindings cers_findings(ctx, validator);
  if (options.collect_findings) validator.set_listener(&cers_findings);

  std::vector<std::unique_ptr<Rule>> rules;
  if (options.collect_findings) {
    for (const RuleEntry& e : registry()) {
      if (e.make && ctx.enabled(*e.meta)) rules.push_back(e.make());
    }
  }

  bool have_header = false;
  while (const reader::Record* rec = reader.next()) {
    if (!have_header) {
      have_header = true;
      cers_findings.set_header(*rec);
      validator.on_header(*rec);
      for (auto& r : rules) r->on_header(*rec, ctx);
    } else {
      ++report.records;
      validator.on_record(*rec);
      for (auto& r : rules) r->on_record(*rec, ctx);
      if (validator.last_record_joined_group()) cers_findings.remember(*rec);
    }
  }
  report.bytes = reader.bytes_read();
  if (reader.error()) {
    report.error = *reader.error();
    return report;
  }
  validator.finish();
  for (auto& r : rules) r->on_end(ctx);
  report.verdict = validator.verdict();
  return report;
}

}  // namespace cerslint::engine
