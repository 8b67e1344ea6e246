// Y005: a year CERS can read that is more than one year from today's school year (skipped when
// the current year is unknown). Last and next year are normal (late fixes, early rostering).
#include "rules/Y005_year_far_from_current/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::y005 {
namespace {

using engine::Column;

class YearFarFromCurrent final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::int32_t current = ctx.settings().current_year;
    if (current == 0) return;
    const values::YearReading& r = row.year_reading();
    if (r.form != values::YearForm::kPlain && r.form != values::YearForm::kOddForm) return;
    const std::int64_t diff = static_cast<std::int64_t>(r.year) - current;
    if (diff >= -1 && diff <= 1) return;
    ctx.report(
        kMeta, row, Column::kYear,
        [&](std::string& out) {
          const std::int64_t n = diff < 0 ? -diff : diff;
          engine::append_format(out,
                         "School year {} is {} years {} the current school year {} ({}-{:02})",
                         r.year, n, diff < 0 ? "before" : "after", current, current - 1,
                         current % 100);
        },
        "The school year is the year the school year ends (2027 for 2026-27). Groups are "
        "almost always for the current year; a year far from it is usually a typo or rows "
        "copied from an old file. If CERS has that year in its list it accepts the groups and "
        "files them under that year, where teachers will not look for them.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<YearFarFromCurrent>(); }

}  // namespace cerslint::rules::y005
