// U002: one group (run of same school, name, year) where some rows give the subject and others
// leave it blank. Reported at the first row whose subject is blank when the group's first row
// had one, or the other way round. Watches only rows where a key column or the subject changes.
#include "rules/U002_group_subject_mixed_blank/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::u002 {
namespace {

using engine::Column;

class GroupSubjectMixedBlank final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::kGroupKeyColumns | engine::bit(Column::kSubject), .groups = true};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    (void)ctx;
    const std::string_view subject = row.value(Column::kSubject);
    const bool blank = text::is_blank(subject);
    if (row.starts_group()) {
      first_blank_ = blank;
      switched_ = false;
      subject_.clear();
      // CERS skips rows without a school or group name, and rows too short to have a subject
      // are a file-level failure: no group is made from them.
      skip_ = row.field(Column::kSubject) < 0 || text::is_blank(row.value(Column::kSchool)) ||
              text::is_blank(row.value(Column::kGroupName));
    } else if (!switched_ && blank != first_blank_) {
      switched_ = true;
      where_ = engine::RuleContext::locate(row, Column::kSubject);
    }
    if (!blank && subject_.empty()) subject_.assign(text::strip(subject));
  }

  void on_group_end(const engine::GroupInfo& g, engine::RuleContext& ctx) override {
    if (skip_ || g.blank_subject_rows == 0 || g.subject_rows == 0 || !switched_) return;
    ctx.report_at(
        kMeta, where_, engine::identify(g),
        [&](std::string& out) {
          engine::append_format(out,
                         "Group \"{}\" gives subject \"{}\" on {} row{} and leaves it blank on {}",
                         g.name, subject_, g.subject_rows, g.subject_rows == 1 ? "" : "s",
                         g.blank_subject_rows);
        },
        "For a group that is new in CERS, the subject comes from whichever row the database "
        "stores first, so the group may end up as ALL instead of the subject you gave, and it "
        "can differ between uploads. (For a group that already exists, CERS keeps the subject "
        "you gave.) Give every row of the group the same subject; `cerslint fix "
        "--unsafe-fixes` copies the group's subject into the blank rows.");
  }

 private:
  bool first_blank_ = false;
  bool skip_ = false;
  bool switched_ = false;
  engine::Location where_;
  std::string subject_;  // the group's first non-blank subject, stripped
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupSubjectMixedBlank>(); }

}  // namespace cerslint::rules::u002
