// G004: section codes such as "5-1" that Excel turned into dates ("1-May", "5/1/2025") or, once
// the column was formatted as General, into date serial numbers ("45413"). A bare serial is
// only reported when the same school also has section-style names (or other damaged dates):
// a five-digit name alone may be a real course number. Serial names seen before any such
// neighbour wait in a small buffer (at most kMaxPending per school).
#include "rules/G004_group_name_excel_date/rule.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"

namespace cerslint::rules::g004 {
namespace {

using engine::Column;

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr std::string_view kHint =
    "Excel reads section codes such as 5-1 or 3-45 as dates when a CSV is opened or a code is "
    "typed, and saves them back as 1-May, Mar-45 or 5/1/2025 (or as a number like 45413 once "
    "the column is formatted as General). CERS stores the damaged name, so teachers looking for "
    "section 5-1 find a group called 1-May. Excel set to a day-first "
    "locale turns 1-5 into 1-May, so check which way round the code was. In Excel: select the "
    "group_name column, Format Cells > Text, retype the codes, Save As \"CSV UTF-8\"; to open a "
    "CSV safely use Data > From Text/CSV and set the column to Text. "
    "`cerslint fix --unsafe-fixes` restores the likely original.";

class GroupNameExcelDate final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::kGroupKeyColumns};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::uint64_t school = row.school_hash();
    if (!have_school_ || school != school_) {
      have_school_ = true;
      school_ = school;
      sections_seen_ = false;
      pending_count_ = 0;
    }
    const std::string_view name = row.value(Column::kGroupName);
    if (name.empty()) return;
    const std::string_view stripped = text::strip(name);  // the shapes check length first
    if (const auto date = values::excel_date_text(stripped)) {
      section_evidence(ctx);  // first the waiting serials, which come from earlier rows
      report_text_date(ctx, engine::RuleContext::locate(row, Column::kGroupName),
                       engine::identify(row), name, *date);
      return;
    }
    if (values::looks_like_section_code(stripped)) {
      section_evidence(ctx);
      return;
    }
    if (const auto serial = values::excel_date_serial(name)) {
      const auto where = engine::RuleContext::locate(row, Column::kGroupName);
      if (sections_seen_) {
        report_serial(ctx, where, engine::identify(row), name, *serial);
      } else if (pending_count_ < kMaxPending) {
        Pending& p = pending_[pending_count_++];
        p.where = where;
        p.serial = parse_serial(name);
        const engine::RowIdentity who = engine::identify(row);
        p.school.assign(who.school);
        p.year.assign(who.year);
        p.group.assign(who.group);
        p.member.assign(who.member);
      }
    }
  }

 private:
  static constexpr std::size_t kMaxPending = 32;
  struct Pending {
    engine::Location where;
    int serial;
    std::string school, year, group, member;  // the row's identity
  };

  static int parse_serial(std::string_view digits) {
    int v = 0;
    for (char ch : digits) v = v * 10 + (ch - '0');
    return v;
  }

  void section_evidence(engine::RuleContext& ctx) {
    if (sections_seen_) return;
    sections_seen_ = true;
    for (std::size_t i = 0; i < pending_count_; ++i) {
      const Pending& p = pending_[i];
      const std::string text = std::to_string(p.serial);
      report_serial(ctx, p.where, engine::RowIdentity{p.school, p.year, p.group, p.member}, text,
                    *values::excel_date_serial(text));
    }
    pending_count_ = 0;
  }

  static void report_text_date(engine::RuleContext& ctx, const engine::Location& where,
                               const engine::RowIdentity& who, std::string_view name,
                               const values::ExcelDate& date) {
    ctx.report_at(
        kMeta, where, who,
        [&](std::string& out) {
          engine::append_format(out,
                         "Group name \"{}\" looks like a section code Excel turned into a date "
                         "(probably \"{}\")",
                         name, values::excel_date_original(date));
        },
        kHint);
  }

  static void report_serial(engine::RuleContext& ctx, const engine::Location& where,
                            const engine::RowIdentity& who, std::string_view name,
                            const values::ExcelDate& date) {
    ctx.report_at(
        kMeta, where, who,
        [&](std::string& out) {
          engine::append_format(out,
                         "Group name \"{}\" is Excel's number for the date {} {} and other "
                         "groups of this school look like section codes (probably \"{}\")",
                         name, kMonthNames[static_cast<std::size_t>(date.month - 1)], date.day,
                         values::excel_date_original(date));
        },
        kHint);
  }

  bool have_school_ = false;
  std::uint64_t school_ = 0;
  bool sections_seen_ = false;
  std::array<Pending, kMaxPending> pending_{};
  std::size_t pending_count_ = 0;
};

// Restores the section code (values::excel_date_original: "1-May" -> "5-1", "45413" -> "5-1",
// "Mar-45" -> "3-45"), reading the date month first as US Excel does, only when a group of the
// same school has a section-code name ("5-2") anywhere in the file: then the school names its
// groups by section codes and the date is one of them. A date whose code the school and year
// already use keeps its name (that would merge two groups; values::RenameGuard).
class RestoreSectionCode final : public engine::RowFix {
 public:
  // After G007 and the other name repairs: `@45414` is a date serial once its `@` goes, and a
  // second run would otherwise restore it (found by fuzz_fix).
  Stage stage() const override { return Stage::kAfterValueRepairs; }
  // A section-code name in the school: anywhere in the file when the fixer read every name
  // first (a second run, after rows moved, then decides as the first did: found by fuzz_fix),
  // else in the rows so far.
  bool has_evidence(const std::string& school, const engine::FixContext& ctx) const {
    if (const engine::NamesInFile* file = ctx.file_names()) {
      return std::binary_search(file->section_schools.begin(), file->section_schools.end(),
                                values::section_evidence_school(school));
    }
    return sections_.count(hash64(school)) > 0;
  }

  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    std::string& name = row[Column::kGroupName];
    const std::string& school = row[Column::kSchool];
    const std::string* renamed = guard_.decide(
        school, row[Column::kYear], name, [&](std::string_view n, std::string& out) {
          if (n.empty()) return false;
          const std::string_view stripped = text::strip(n);
          auto date = values::excel_date_text(stripped);
          if (!date) date = values::excel_date_serial(n);
          if (!date) {
            if (values::looks_like_section_code(stripped)) sections_.insert(hash64(school));
            return false;
          }
          if (!has_evidence(school, ctx)) return true;  // keep
          const auto lead = static_cast<std::size_t>(stripped.data() - n.data());
          out.assign(n.substr(0, lead))
              .append(values::excel_date_original(*date))
              .append(n.substr(lead + stripped.size()));
          return true;
        },
        ctx.names_in_file(), &ctx.renames());
    if (renamed == nullptr) return;
    ctx.replace(kMeta, row, Column::kGroupName, *renamed);
  }

 private:
  values::RenameGuard guard_;
  std::unordered_set<std::uint64_t> sections_;  // schools with a section-code name so far
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameExcelDate>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<RestoreSectionCode>(); }

}  // namespace cerslint::rules::g004
