// Locating findings in the file and handing them to the sink.
#include "engine/rule_context.hpp"

namespace cerslint::engine {

Location RuleContext::locate(const reader::Record& record, int field) {
  std::uint32_t at = 0;
  if (field >= 0 && static_cast<std::size_t>(field) < record.size()) {
    at = record.field(static_cast<std::size_t>(field)).raw_begin;
  }
  if (at == 0) return Location{record.index(), record.line(), 1, record.offset()};  // the usual
  const auto pos = record.position_of(at);
  return Location{record.index(), pos.line, pos.column, record.offset() + at};
}

void RuleContext::emit(const RuleMeta& meta, const Location& where, std::string_view hint,
                       const RowIdentity& who) {
  const Severity severity = severity_of(meta);
  ++counts_[static_cast<int>(severity)];
  sink_.on_finding(Finding{&meta, severity, where, message_, hint, who});
}

}  // namespace cerslint::engine
