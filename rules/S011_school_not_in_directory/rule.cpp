// S011: 14 digits, a valid county, check digits fine, and still in no directory snapshot.
#include "rules/S011_school_not_in_directory/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s011 {
namespace {

using engine::Column;

class SchoolNotInDirectory final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kNotInDirectory) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out,
                         "School id \"{}\" is not in the CDE school directory", raw);
        },
        "No California school has had this code in the CDE directory copies cerslint knows "
        "(2018, 2021 and 2026). CERS rejects the rows unless the code is in its own list of "
        "schools for your account. Check the code against the CDE school directory "
        "(www.cde.ca.gov/SchoolDirectory); a school that opened very recently may be missing "
        "from cerslint's copy.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolNotInDirectory>(); }

}  // namespace cerslint::rules::s011
