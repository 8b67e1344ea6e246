// S009: a private school, an out-of-state nonpublic school (county 77) or CDE's generic
// nonpublic/private placeholder codes (school part 0000001/0000002).
#include "rules/S009_school_private_or_out_of_state/rule.hpp"

#include "directory/school_directory.hpp"
#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s009 {
namespace {

using engine::Column;

class SchoolPrivateOrOutOfState final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kPrivate) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          const std::string_view school = v.code.substr(7);
          engine::append_format(out, "School id \"{}\" ", raw);
          if (v.school.status == directory::SchoolStatus::kUnknown) {
            if (v.code.substr(0, 2) == "77") {
              out += "has county 77, CDE's code for out-of-state nonpublic schools";
            } else if (school == "0000001") {
              out += "is CDE's generic nonpublic school code";
            } else {
              out += "is CDE's private school placeholder code";
            }
            out += ", not a public school";
            return;
          }
          out += v.code.substr(0, 2) == "77" ? "is an out-of-state nonpublic school"
                                             : "is a private school";
          if (!v.school.name.empty()) engine::append_format(out, " ({})", v.school.name);
          out += " in the CDE directory, not a public school";
        },
        "CERS student groups are for public schools that test in CAASPP. Private and "
        "out-of-state schools are normally not in CERS's list of schools for your account, and "
        "then CERS rejects the rows (cerslint reports C106 too). If the students attend one of "
        "your public schools, use that school's 14-digit code.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolPrivateOrOutOfState>(); }

}  // namespace cerslint::rules::s009
