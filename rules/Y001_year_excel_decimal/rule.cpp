// Y001: Excel wrote the year as a decimal (2025.0) or with a thousands separator (2,025);
// CERS's Integer.valueOf cannot read it and skips the row.
#include "rules/Y001_year_excel_decimal/rule.hpp"

#include "rules/common/plain_year_fix.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::y001 {
namespace {

using engine::Column;

class YearExcelDecimal final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kYear);
    const values::YearReading& r = row.year_reading();
    if (r.form != values::YearForm::kExcelDecimal) return;
    ctx.report(
        kMeta, row, Column::kYear,
        [&](std::string& out) {
          engine::append_format(out,
                         "School year \"{}\" is an Excel-formatted number; CERS needs {}", raw,
                         r.year);
        },
        "CERS reads the school year as a whole number. With decimals or a thousands separator "
        "it finds no year and skips the rows (\"Record does not contain a school year\"), so "
        "the file is rejected. `cerslint fix` writes the whole number. In Excel: select the "
        "school_year column, Format Cells > Number with 0 decimal places and no 1000 separator "
        "(or Text), then Save As \"CSV UTF-8\".");
  }
};


}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<YearExcelDecimal>(); }

std::unique_ptr<engine::RowFix> make_fix() {
  return std::make_unique<common::PlainYearFix<values::YearForm::kExcelDecimal>>(kMeta);
}

}  // namespace cerslint::rules::y001
