// S005: digits only, but not 14 of them (and not a 13-digit code S002 can pad).
#include "rules/S005_school_wrong_length/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s005 {
namespace {

using engine::Column;

class SchoolWrongLength final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kWrongLength) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out,
                         "School id \"{}\" has {} digits; a CDS code has 14", raw, v.code.size());
          if (v.code.size() == 13) {
            engine::append_format(out,
                           " (0{} with a leading zero is not a known school either)", v.code);
          }
        },
        "CERS cannot find a school with this id and rejects the rows. A CDS code is 14 digits: "
        "2 for the county, 5 for the district, 7 for the school; a shorter id is often one part "
        "alone. Copy the full code from the "
        "CDE school directory (www.cde.ca.gov/SchoolDirectory). In Excel, format the "
        "school_natural_id column as Text first so no digit is lost.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolWrongLength>(); }

}  // namespace cerslint::rules::s005
