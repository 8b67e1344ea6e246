// S007: a 14-digit code no snapshot knows whose district or school part fails the Luhn check
// every open public code passes: probably a mistyped or swapped digit. A warning, never a
// rejection on its own (the check digit is not documented by CDE).
#include "rules/S007_school_check_digit/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s007 {
namespace {

using engine::Column;

class SchoolCheckDigit final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kCheckDigit) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          const std::string_view district = v.code.substr(2, 5);
          const std::string_view school = v.code.substr(7);
          engine::append_format(out,
                         "School id \"{}\" is not in the CDE directory and its ", raw);
          if (v.failing_parts == (values::kDistrictPart | values::kSchoolPart)) {
            engine::append_format(out,
                           "district part {} and school part {} fail their check digits",
                           district, school);
          } else if (v.failing_parts == values::kDistrictPart) {
            engine::append_format(out, "district part {} fails its check digit",
                           district);
          } else {
            engine::append_format(out, "school part {} fails its check digit",
                           school);
          }
          out += ": probably a typo";
        },
        "The district part (digits 3-7) and the school part (digits 8-14) of every open public "
        "school's code end in a check digit, like a credit card number, and this one does not "
        "add up: a digit was probably mistyped, or two digits swapped. CERS will reject the rows "
        "unless the code is in its list of schools for your account. Compare the code with the "
        "CDE school directory (www.cde.ca.gov/SchoolDirectory).");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolCheckDigit>(); }

}  // namespace cerslint::rules::s007
