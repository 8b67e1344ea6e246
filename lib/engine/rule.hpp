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
#include "engine/group.hpp"
#include "engine/row.hpp"
#include "engine/rule_meta.hpp"
#include "engine/school_groups.hpp"
#include "reader/record.hpp"

namespace cerslint::engine {

class RuleContext;

// What a lint rule wants to see. The engine calls on_row only for rows where one of `columns`
// changed since the previous row (or for every row with `every_row`), so a rule that checks the
// school id runs once per school block, not once per student.
struct Subscriptions {
  ColumnMask columns = 0;
  bool every_row = false;
  bool groups = false;  // on_group_end for every run of (school, group name, year)
  bool school_groups = false;  // on_school_group for every group of a school block
  // Also call on_row for rows with any of these traits (see engine::trait). A rule that only
  // looks at, say, non-ASCII rows says so here instead of asking for every row; its on_row
  // must then find nothing on rows without the traits.
  RowTraits rows = 0;
  // And then only for rows that have one of these traits, when not 0. For value facts the
  // tracker works out cheaply (trait::kOddSchool, trait::kOddGroupName): the eleven S rules
  // find nothing on a school id the directory knows, so they ask for a changed school id that
  // is also odd. A damaged file, where nearly every row starts a group, then skips most calls.
  RowTraits only_with = 0;
};

// A lint rule instance lives for one file. Views passed in are valid only during the call.
// Rules keep O(1) work per row and memory bounded by one school's groups, never by file size.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual Subscriptions subscriptions() const = 0;
  // The first record (whatever it holds) and where the CERS columns were found in it.
  virtual void on_header(const reader::Record& header, const ColumnMap& columns,
                         RuleContext& ctx) {
    (void)header;
    (void)columns;
    (void)ctx;
  }
  virtual void on_row(const Row& row, RuleContext& ctx) {
    (void)row;
    (void)ctx;
  }
  // Called when a group's run of rows ends (before the next group's first on_row, or at the
  // end of the file).
  virtual void on_group_end(const GroupInfo& group, RuleContext& ctx) {
    (void)group;
    (void)ctx;
  }
  // Called for each group of a school block as CERS will see it once the file is sorted (its
  // runs added up: see school_groups.hpp), when the block ends; the last block's before on_end.
  virtual void on_school_group(const SchoolGroup& group, RuleContext& ctx) {
    (void)group;
    (void)ctx;
  }
  // After the last record; not called when reading failed.
  virtual void on_end(RuleContext& ctx) { (void)ctx; }
};

class RowFix;
using RowFixFactory = std::unique_ptr<RowFix> (*)();

// Writes the plain-language "why CERS cares and what to do" for one CERS failure.
using CersHintFn = void (*)(const cers::Failure& failure, std::string& out);
using RuleFactory = std::unique_ptr<Rule> (*)();

struct RuleEntry {
  const RuleMeta* meta;
  std::optional<cers::FailureKind> cers_kind;  // set for CERS-exact rules
  CersHintFn cers_hint = nullptr;
  RuleFactory make = nullptr;  // set for lint rules
  RowFixFactory make_fix = nullptr;  // set for rules whose repair is row by row
};

// The registry (rules/registry.cpp) and the rule docs embedded at build time.
std::span<const RuleEntry> registry();
const RuleEntry* find_rule(std::string_view code_or_name);
std::string_view rule_doc(std::string_view code);  // the rule's README.md; empty if none

}  // namespace cerslint::engine
