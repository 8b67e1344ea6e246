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

namespace {

// A message quotes the offending value, and a hostile file can make that value 20 MB long (one
// line without a line break). Past this size the message is cut (at a character boundary) and
// says how much is left out, so reporters and the ordered sink never hold such copies.
constexpr std::size_t kMaxMessageBytes = 2048;

void shorten_message(std::string& message) {
  if (message.size() <= kMaxMessageBytes) return;
  std::size_t cut = kMaxMessageBytes;
  while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;
  const std::size_t left_out = message.size() - cut;
  message.resize(cut);
  message += "... (" + std::to_string(left_out) + " more bytes of this message left out)";
}

// The same for the row's identity: real ids, years, group names and logins are short, and a
// finding is recognised by a prefix this long just as well (cut at a character boundary).
constexpr std::size_t kMaxIdentityBytes = 256;

std::string_view shortened(std::string_view value) {
  if (value.size() <= kMaxIdentityBytes) return value;
  std::size_t cut = kMaxIdentityBytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return value.substr(0, cut);
}

}  // namespace

void RuleContext::emit(const RuleMeta& meta, const Location& where, std::string_view hint,
                       const RowIdentity& row) {
  shorten_message(message_);
  const RowIdentity who{shortened(row.school), shortened(row.year), shortened(row.group),
                        shortened(row.member)};
  const Severity severity = severity_of(meta);
  ++counts_[static_cast<int>(severity)];
  sink_.on_finding(Finding{&meta, severity, where, message_, hint, who});
}

}  // namespace cerslint::engine
