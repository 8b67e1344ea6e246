// S006: 14 digits whose county is not 01-58 (77, the directory's out-of-state nonpublic
// schools, is S009), and that no directory snapshot knows.
#include "rules/S006_school_invalid_county/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s006 {
namespace {

using engine::Column;

class SchoolInvalidCounty final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kInvalidCounty) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out,
                         "School id \"{}\" starts with county {}, but California counties are "
                         "01-58",
                         raw, v.code.substr(0, 2));
        },
        "The first two digits of a CDS code are the county (01 Alameda to 58 Yuba). No "
        "California school has this code, so CERS rejects the rows. Check the code for a typo "
        "or digits in the wrong order against the CDE school directory "
        "(www.cde.ca.gov/SchoolDirectory).");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolInvalidCounty>(); }

}  // namespace cerslint::rules::s006
