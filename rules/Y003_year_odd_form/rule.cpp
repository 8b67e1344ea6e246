// Y003: CERS's Integer.valueOf reads "+2025", "02025" and non-ASCII digits as 2025, but
// nothing else in a district's tool chain is sure to. Spaces around the year are not this rule:
// CERS does not strip the year, so " 2025" is already a rejection (C103).
#include "rules/Y003_year_odd_form/rule.hpp"

#include "rules/common/plain_year_fix.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::y003 {
namespace {

using engine::Column;

class YearOddForm final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kYear);
    const values::YearReading& r = row.year_reading();
    if (r.form != values::YearForm::kOddForm) return;
    ctx.report(
        kMeta, row, Column::kYear,
        [&](std::string& out) {
          std::string_view what = "non-ASCII digits";
          if (raw[0] == '+') {
            what = "a plus sign";
          } else if (raw[0] == '0') {
            what = "a leading zero";
          }
          engine::append_format(out,
                         "School year \"{}\" has {}; CERS reads it as {}", raw, what, r.year);
        },
        "CERS accepts this year, but it is not written the usual way, and other programs (and "
        "people) reading the file may not read it the same. Write the plain 4-digit end year; "
        "`cerslint fix` does.");
  }
};


}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<YearOddForm>(); }

std::unique_ptr<engine::RowFix> make_fix() {
  return std::make_unique<common::PlainYearFix<values::YearForm::kOddForm>>(kMeta);
}

}  // namespace cerslint::rules::y003
