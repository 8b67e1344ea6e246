// One record per finding: a fixed header (rule by registry index, severity, location, text
// sizes) followed by the message and hint bytes; a hint equal to the rule's previous one is not
// written again (kSameHint), which halves the spool of a file with one mistake on every row. Rules
// are stored by index because RuleMeta pointers are what reporters compare, and the registry is the
// same in every thread.
#include "report/finding_spool.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "engine/rule.hpp"

namespace cerslint::report {
namespace {

constexpr std::uint32_t kSameHint = 0xFFFFFFFFu;

struct Header {
  std::uint32_t rule;
  std::uint32_t column;
  std::uint64_t row;
  std::uint64_t line;
  std::uint64_t offset;
  std::uint32_t message_size;
  std::uint32_t hint_size;
  std::uint8_t severity;
};

const std::unordered_map<const engine::RuleMeta*, std::uint32_t>& rule_numbers() {
  static const auto numbers = [] {
    std::unordered_map<const engine::RuleMeta*, std::uint32_t> m;
    const auto reg = engine::registry();
    for (std::uint32_t i = 0; i < reg.size(); ++i) m.emplace(reg[i].meta, i);
    return m;
  }();
  return numbers;
}

}  // namespace

FindingSpool::FindingSpool() : file_(std::tmpfile()), last_hint_(engine::registry().size()) {
  failed_ = file_ == nullptr;
}

FindingSpool::~FindingSpool() {
  if (file_ != nullptr) std::fclose(file_);
}

void FindingSpool::on_finding(const engine::Finding& f) {
  if (failed_) return;
  const auto& numbers = rule_numbers();
  const auto it = numbers.find(f.rule);
  Header h{};
  // Every finding's rule comes from the registry; anything else is a programming error, and is
  // recorded as a spool failure rather than a wrong rule.
  if (it == numbers.end()) {
    failed_ = true;
    return;
  }
  h.rule = it->second;
  h.column = f.location.column;
  h.row = f.location.row;
  h.line = f.location.line;
  h.offset = f.location.offset;
  h.message_size = static_cast<std::uint32_t>(f.message.size());
  std::string& last = last_hint_[h.rule];
  const bool same = !f.hint.empty() && last == f.hint;
  if (!same) last.assign(f.hint);
  const std::string_view hint = same ? std::string_view() : f.hint;
  h.hint_size = same ? kSameHint : static_cast<std::uint32_t>(hint.size());
  h.severity = static_cast<std::uint8_t>(f.severity);
  if (std::fwrite(&h, sizeof h, 1, file_) != 1 ||
      std::fwrite(f.message.data(), 1, f.message.size(), file_) != f.message.size() ||
      std::fwrite(hint.data(), 1, hint.size(), file_) != hint.size()) {
    failed_ = true;
  }
}

std::optional<Error> FindingSpool::replay(engine::FindingSink& sink) {
  const auto fail = [](const char* what) {
    return Error{std::string(what) + " the temporary file of findings: " + std::strerror(errno),
                 ""};
  };
  if (file_ == nullptr) return fail("cannot create");
  if (failed_ || std::fflush(file_) != 0) return fail("cannot write");
  std::rewind(file_);
  const auto reg = engine::registry();
  // The writer's last_hint_ is rebuilt while reading, so replay starts it afresh.
  std::vector<std::string> hints(reg.size());
  Header h;
  while (std::fread(&h, sizeof h, 1, file_) == 1) {
    if (h.rule >= reg.size()) return fail("cannot read back");
    message_.resize(h.message_size);
    std::string& hint = hints[h.rule];
    if (h.hint_size != kSameHint) hint.resize(h.hint_size);
    if (std::fread(message_.data(), 1, message_.size(), file_) != message_.size() ||
        (h.hint_size != kSameHint &&
         std::fread(hint.data(), 1, hint.size(), file_) != hint.size())) {
      return fail("cannot read back");
    }
    engine::Finding f;
    f.rule = reg[h.rule].meta;
    f.severity = static_cast<engine::Severity>(h.severity);
    f.location = {h.row, h.line, h.column, h.offset};
    f.message = message_;
    f.hint = hint;
    sink.on_finding(f);
  }
  if (std::ferror(file_)) return fail("cannot read back");
  return std::nullopt;
}

}  // namespace cerslint::report
