// S003: spaces, tabs, no-break or zero-width spaces before or after the code. CERS compares
// the id exactly, so it rejects it; the value inside is classified by the other S rules.
#include "rules/S003_school_surrounding_spaces/rule.hpp"

#include "directory/school_directory.hpp"
#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s003 {
namespace {

using engine::Column;

class SchoolSurroundingSpaces final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (!v.surrounding_spaces || v.problem == values::CdsProblem::kBlank) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out,
                         "School id \"{}\" has spaces or invisible characters around \"{}\"", raw,
                         v.code);
        },
        "CERS compares the school id exactly as written, so with the extra characters it is "
        "not the school's code: CERS cannot find the school and rejects the rows. `cerslint "
        "fix` removes them. They often come from copying codes out of a web page or an e-mail "
        "(no-break spaces, which Excel's TRIM does not remove); use Find & Replace in Excel.");
  }
};

// Removes the spaces and invisible characters around the id (where S003 fires). Remembers the
// last value that needed nothing, so a school block costs one classification.
class StripSchoolId final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& value = row[Column::kSchool];
    if (value == fine_) return;
    const values::CdsVerdict v = values::classify_cds(value, &directory::lookup_school);
    if (!v.surrounding_spaces || v.problem == values::CdsProblem::kBlank) {
      fine_.assign(value);
      return;
    }
    after_.assign(v.code);
    ctx.applied(kMeta, row, [&](std::string& out) {
      engine::append_format(out, "school id \"{}\" -> \"{}\"", value, after_);
    });
    value.assign(after_);
  }

 private:
  std::string fine_;
  std::string after_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolSurroundingSpaces>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<StripSchoolId>(); }

}  // namespace cerslint::rules::s003
