// Y002: the school year written as a range (2024-25); CERS wants its end year.
#include "rules/Y002_year_range/rule.hpp"

#include "rules/common/plain_year_fix.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::y002 {
namespace {

using engine::Column;

class YearRange final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kYear);
    const values::YearReading& r = row.year_reading();
    if (r.form != values::YearForm::kRange) return;
    ctx.report(
        kMeta, row, Column::kYear,
        [&](std::string& out) {
          engine::append_format(out,
                         "School year \"{}\" is a range; CERS wants the end year {}", raw, r.year);
        },
        "CERS stores a school year as the year it ends (2025 for 2024-25). It cannot read a "
        "range, skips the rows (\"Record does not contain a school year\") and rejects the "
        "file. `cerslint fix --unsafe-fixes` writes the end year; check that it is the school "
        "year you meant.");
  }
};


}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<YearRange>(); }

std::unique_ptr<engine::RowFix> make_fix() {
  return std::make_unique<common::PlainYearFix<values::YearForm::kRange>>(kMeta);
}

}  // namespace cerslint::rules::y002
