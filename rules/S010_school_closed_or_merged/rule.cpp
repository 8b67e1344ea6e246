// S010: the directory says the school closed, merged, or was open in an older snapshot only.
#include "rules/S010_school_closed_or_merged/rule.hpp"

#include "directory/school_directory.hpp"
#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s010 {
namespace {

using directory::SchoolStatus;
using engine::Column;

class SchoolClosedOrMerged final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kClosedOrMerged) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out, "School id \"{}\"", raw);
          if (!v.school.name.empty()) engine::append_format(out, " ({})", v.school.name);
          switch (v.school.status) {
            case SchoolStatus::kClosed:
              out += " is a closed school in the CDE directory";
              break;
            case SchoolStatus::kMerged:
              out += " is a school the CDE directory lists as merged into another";
              break;
            default:
              out += " was open in an older CDE directory but is not open now";
              break;
          }
        },
        "CERS takes only schools in its current list for your account; a closed or merged "
        "school is normally not there, and then CERS rejects the rows (cerslint reports C106 "
        "too). Its students now belong to another school code: use the current school's code "
        "(the CDE school directory shows what a merged school became). If you know the school "
        "is open, ask your district's CALPADS administrator which code CERS uses.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolClosedOrMerged>(); }

}  // namespace cerslint::rules::s010
