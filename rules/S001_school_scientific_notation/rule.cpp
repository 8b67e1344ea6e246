// S001: Excel wrote a 14-digit code as 1.61177E+12; the digits are gone from the file.
#include "rules/S001_school_scientific_notation/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s001 {
namespace {

using engine::Column;

class SchoolScientificNotation final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kScientific) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out,
                         "School id \"{}\" is in scientific notation: Excel has lost its digits",
                         raw);
        },
        "Excel showed the 14-digit CDS code as a number in scientific notation and the CSV was "
        "saved that way. The real digits are gone and cannot be recovered from this file, so "
        "CERS cannot find the school and rejects the rows. In the workbook: select the "
        "school_natural_id column, Format Cells > Text, paste the codes again (from the CDE "
        "school directory or an older good file), then Save As \"CSV UTF-8\".");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolScientificNotation>(); }

}  // namespace cerslint::rules::s001
