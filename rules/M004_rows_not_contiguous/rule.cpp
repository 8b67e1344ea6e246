// M004: a school whose rows come back after another school's, or a group (same name and year)
// whose rows come back after another group of the same school. CERS rejects both but names no
// group and reports "out-of-order" once per file; this rule reports every block that comes
// back, naming the line where the earlier block started. Rows CERS skips (no school, group
// name or year) and rows of schools CERS does not know do not interrupt a block. Memory: one hash per school block seen and one per
// group of the current school (cleared when the school changes), as in CERS.
#include "rules/M004_rows_not_contiguous/rule.hpp"

#include "directory/school_directory.hpp"
#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "util/recent_answers.hpp"
#include "values/ssid.hpp"  // FirstRowMap

namespace cerslint::rules::m004 {
namespace {

using engine::Column;

constexpr std::string_view kSortHint =
    "CERS needs each school's rows together, and within a school each group's rows together "
    "(same group name and year); otherwise it rejects the file with \"sort CSV by school, group, "
    "year\". In Excel: select all the data, Data > Sort, My data has headers, sort by "
    "school_natural_id, then by group_name, then by school_year, OK, then Save As \"CSV "
    "UTF-8\". `cerslint fix` moves the rows together for you, keeping their order otherwise.";

class RowsNotContiguous final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::kGroupKeyColumns};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const auto key = engine::cers_key(row);
    if (!key) return;  // CERS skips the row
    const std::string_view school = key->school;
    const std::string_view name = key->name;
    const std::int32_t year = key->year;
    // A school CERS does not know (C106) is usually one row whose id Excel damaged inside
    // another school's block: once the id is repaired, nothing needs sorting.
    const std::uint64_t school_hash = row.school_hash();
    const bool known = known_.get(school_hash, [&] {
      const cers::Config* config = ctx.settings().cers;
      return config == nullptr || config->schools == nullptr || config->schools->contains(school);
    });
    if (!known) return;

    if (!have_school_ || school_hash != school_) {
      if (have_school_) finished_schools_.find_or_insert(school_, school_line_);
      have_school_ = true;
      school_ = school_hash;
      school_line_ = line(row);
      finished_groups_.release_if_larger_than(values::FirstRowMap::kKeepSlots);
      have_group_ = false;
      if (const std::uint64_t earlier = finished_schools_.find(school_hash); earlier != 0) {
        ctx.report(
            kMeta, row, Column::kSchool,
            [&](std::string& out) {
              engine::append_format(out,
                             "School {} comes back here after other schools; its earlier rows "
                             "start on line {}",
                             school, earlier);
            },
            kSortHint);
      }
    }
    // The group key as CERS builds it: exact name, year as a number. Names that differ only by
    // letter case are G002's.
    const std::uint64_t group =
        row.group_name_hash() ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(year)) *
                        0x9E3779B97F4A7C15ull);
    if (have_group_ && group == group_) return;
    if (have_group_) finished_groups_.find_or_insert(group_, group_line_);
    have_group_ = true;
    group_ = group;
    group_line_ = line(row);
    if (const std::uint64_t earlier = finished_groups_.find(group); earlier != 0) {
      const std::int32_t y = year;
      ctx.report(
          kMeta, row, Column::kGroupName,
          [&](std::string& out) {
            engine::append_format(out,
                           "Group \"{}\" ({}) comes back here after other groups of this "
                           "school; its earlier rows start on line {}",
                           name, y, earlier);
          },
          kSortHint);
    }
  }

 private:
  static std::uint64_t line(const engine::Row& row) {
    return engine::RuleContext::locate(row, Column::kGroupName).line;
  }

  bool have_school_ = false;
  std::uint64_t school_ = 0;
  std::uint64_t school_line_ = 0;
  util::RecentAnswers<bool> known_;  // whether CERS knows the school (C106's finding if not)
  bool have_group_ = false;
  std::uint64_t group_ = 0;
  std::uint64_t group_line_ = 0;
  // Hash -> first line (lines start at 1, so FirstRowMap's 0 means "not seen"). Flat tables: a
  // file whose every row starts another group spent most of this rule in std::unordered_map.
  values::FirstRowMap finished_schools_;
  values::FirstRowMap finished_groups_;  // of the current school
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<RowsNotContiguous>(); }

}  // namespace cerslint::rules::m004
