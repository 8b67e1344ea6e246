// Masking works on bytes: e-mail local parts are ASCII in practice (an address with other
// characters is masked up to the first non-ASCII byte before '@', which still hides the name).
#include "report/redact.hpp"

#include <cstring>

namespace cerslint::report {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters of an e-mail local part (RFC 5322 atext and '.').
bool is_local_part_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
         std::strchr("!#$%&'*+/=?^_`{|}~.-", c) != nullptr;
}

void replace_all(std::string& text, std::string_view what, std::string_view with) {
  if (what.empty()) return;
  for (std::size_t at = text.find(what); at != std::string::npos;
       at = text.find(what, at + with.size())) {
    text.replace(at, what.size(), with);
  }
}

void mask_email_local_parts(std::string& text) {
  for (std::size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    std::size_t start = at;
    while (start > 0 && is_local_part_char(text[start - 1])) --start;
    if (start == at) continue;  // "@" with nothing before it: not an address
    if (at - start == 3 && text.compare(start, 3, "***") == 0) continue;  // masked already
    text.replace(start, at - start, "***");
    at = start + 3;
  }
}

void mask_ten_digit_runs(std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end - i == 10) text.replace(i, 8, "********");
    i = end;
  }
}

}  // namespace

std::string mask_identifier(std::string_view id) {
  if (const auto at = id.find('@'); at != std::string_view::npos) {
    return "***" + std::string(id.substr(at));
  }
  if (id.size() <= 4) return "****";
  return std::string(id.size() - 2, '*') + std::string(id.substr(id.size() - 2));
}

std::string redact_text(std::string_view text, std::string_view member) {
  std::string out(text);
  if (!member.empty()) replace_all(out, member, mask_identifier(member));
  mask_email_local_parts(out);
  mask_ten_digit_runs(out);
  return out;
}

void RedactingSink::on_finding(const engine::Finding& finding) {
  message_ = redact_text(finding.message, finding.row.member);
  hint_ = redact_text(finding.hint, finding.row.member);
  member_ = finding.row.member.empty() ? std::string() : mask_identifier(finding.row.member);
  engine::Finding masked = finding;
  masked.message = message_;
  masked.hint = hint_;
  masked.row.member = member_;
  next_.on_finding(masked);
}

}  // namespace cerslint::report
