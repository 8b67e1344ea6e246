// What a rule folder provides to the engine. CERS-exact rules (family C) report failures of the
// shared CERS validator and add a coordinator's hint; lint rules (other families) are objects
// that see every record once. Adding a rule = one folder under rules/ + one registry line.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"
#include "reader/record.hpp"

namespace cerslint::engine {

class RuleContext;

// A lint rule instance lives for one file. Views passed in are valid only during the call.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual void on_header(const reader::Record& header, RuleContext& ctx) {
    (void)header;
    (void)ctx;
  }
  virtual void on_record(const reader::Record& record, RuleContext& ctx) = 0;
  virtual void on_end(RuleContext& ctx) { (void)ctx; }
};

// Writes the plain-language "why CERS cares and what to do" for one CERS failure.
using CersHintFn = void (*)(const cers::Failure& failure, std::string& out);
using RuleFactory = std::unique_ptr<Rule> (*)();

struct RuleEntry {
  const RuleMeta* meta;
  std::optional<cers::FailureKind> cers_kind;  // set for CERS-exact rules
  CersHintFn cers_hint = nullptr;
  RuleFactory make = nullptr;  // set for lint rules
};

// The registry (rules/registry.cpp) and the rule docs embedded at build time.
std::span<const RuleEntry> registry();
const RuleEntry* find_rule(std::string_view code_or_name);
std::string_view rule_doc(std::string_view code);  // the rule's README.md; empty if none

}  // namespace cerslint::engine
