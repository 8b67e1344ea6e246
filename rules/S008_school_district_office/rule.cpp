// S008: a district or county office code (school part 0000000), from the directory or by
// pattern when no snapshot has it.
#include "rules/S008_school_district_office/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s008 {
namespace {

using engine::Column;

class SchoolDistrictOffice final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kDistrictOffice) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out, "School id \"{}\" is a district or county office code",
                         raw);
          if (!v.school.name.empty()) {
            engine::append_format(out, " ({})", v.school.name);
          } else {
            out += " (school part 0000000)";
          }
          out += ", not a school";
        },
        "Student groups belong to a school. A code ending in 0000000 is the district or county "
        "office itself; CERS takes only the schools in its list for your account, and district "
        "offices are normally not among them (then cerslint also reports C106). Use the 14-digit "
        "code of the school where the students are enrolled.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolDistrictOffice>(); }

}  // namespace cerslint::rules::s008
