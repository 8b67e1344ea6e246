// N001: an SSID that is not 10 ASCII digits (after the spaces the loader trims). CERS never
// checks SSIDs, so the value is stored as a new, unknown student. Scientific notation (N002)
// and exactly 9 digits (N003) have their own rules and are not reported here.
#include "rules/N001_ssid_not_10_digits/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/ssid.hpp"

namespace cerslint::rules::n001 {
namespace {

using engine::Column;

class SsidNot10Digits final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kOddSsid}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view ssid = row.value(Column::kSsid);
    if (values::is_ten_ascii_digits(ssid)) return;  // the common case
    const values::SsidClass& c = row.ssid_class();
    if (c.shape != values::SsidShape::kOther) return;
    ctx.report(
        kMeta, row, Column::kSsid,
        [&](std::string& out) {
          engine::append_format(out, "SSID \"{}\" is not 10 digits: it ", c.trimmed);
          values::describe_ssid_problem(c.trimmed, out);
        },
        "CERS does not check SSIDs: it stores this value as a new, unknown student, and the "
        "real student is missing from the group. Use the student's 10-digit SSID from your "
        "student information system. If Excel changed the ids: select the student_ssid column, "
        "Format Cells > Text, paste the ids again, then Save As \"CSV UTF-8\".");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SsidNot10Digits>(); }

}  // namespace cerslint::rules::n001
