// --redact: findings with student and staff identifiers masked, for sharing a report with a help
// desk. An SSID keeps only its last two characters (`********07`), an e-mail address only its
// domain (`***@example.org`). Applied to every finding's message, hint and row identity before
// any reporter sees it, and to the CERS verdict, so every output format is covered at once.
#pragma once

#include <string>
#include <string_view>

#include "engine/finding.hpp"

namespace cerslint::report {

// `text` with `member` (the row's SSID or login, may be empty), every e-mail local part and every
// run of exactly ten digits (an SSID's shape; school ids have 14) masked.
std::string redact_text(std::string_view text, std::string_view member = {});

// The masked form of one identifier.
std::string mask_identifier(std::string_view id);

class RedactingSink final : public engine::FindingSink {
 public:
  explicit RedactingSink(engine::FindingSink& next) : next_(next) {}
  void on_finding(const engine::Finding& finding) override;

 private:
  engine::FindingSink& next_;
  std::string message_, hint_, member_;  // own the masked text during next_.on_finding
};

}  // namespace cerslint::report
