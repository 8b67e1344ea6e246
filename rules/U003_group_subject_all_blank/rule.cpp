// U003: a group whose rows all leave the subject blank. CERS accepts it and stores ALL, which
// also turns an existing ELA or Math group into ALL on re-upload.
#include "rules/U003_group_subject_all_blank/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::u003 {
namespace {

class GroupSubjectAllBlank final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    // Group starts only (a key column changes), to see whether the rows have a subject column.
    return {.columns = engine::kGroupKeyColumns, .groups = true};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    (void)ctx;
    if (!row.starts_group()) return;
    // CERS skips rows without a school or group name, and rows too short to have a subject are
    // a file-level failure: no group is made from them.
    skip_ = row.field(engine::Column::kSubject) < 0 ||
            text::is_blank(row.value(engine::Column::kSchool)) ||
            text::is_blank(row.value(engine::Column::kGroupName));
  }

  void on_group_end(const engine::GroupInfo& g, engine::RuleContext& ctx) override {
    if (skip_ || g.subject_rows != 0) return;
    ctx.report_at(
        kMeta, g.first, engine::identify(g),
        [&](std::string& out) {
          if (g.rows == 1) {
            engine::append_format(out,
                           "Group \"{}\" has no subject on its only row; CERS will file it under "
                           "ALL",
                           g.name);
          } else {
            engine::append_format(out,
                           "Group \"{}\" has no subject on any of its {} rows; CERS will file it "
                           "under ALL",
                           g.name, g.rows);
          }
        },
        "A group without a subject is stored as ALL (all subjects). That is fine for a group "
        "used for every subject. But if this group already exists in CERS as an ELA, Math or "
        "ELPAC group, this upload changes it to ALL. To keep a subject, write the subject code "
        "on every row of the group.");
  }

 private:
  bool skip_ = false;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupSubjectAllBlank>(); }

}  // namespace cerslint::rules::u003
