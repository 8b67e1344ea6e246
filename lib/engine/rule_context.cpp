// Locating findings in the file and handing them to the sink.
#include "engine/rule_context.hpp"

#include <algorithm>
#include <cstdint>

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

bool RuleContext::under_limit(const RuleMeta& meta) {
  const auto address = reinterpret_cast<std::uintptr_t>(&meta);
  std::size_t slot = static_cast<std::size_t>((address >> 3) * 0x9E3779B97F4A7C15ull >> 56);
  for (std::size_t probes = 0; probes < kTallySlots; ++probes, slot = (slot + 1) % kTallySlots) {
    Tally& t = tallies_[slot];
    if (t.rule == nullptr) t.rule = &meta;
    if (t.rule != &meta) continue;
    if (t.emitted < limit_) {
      ++t.emitted;
      return true;
    }
    ++t.unreported;
    ++counts_[static_cast<int>(severity_of(meta))];  // emit() counts the others
    return false;
  }
  return true;  // more rules than slots: cannot happen (the registry has a few dozen)
}

std::vector<std::pair<const RuleMeta*, std::uint64_t>> RuleContext::unreported() const {
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> out;
  for (const Tally& t : tallies_) {
    if (t.unreported > 0) out.emplace_back(t.rule, t.unreported);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.first->code < b.first->code;
  });
  return out;
}

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
