// N003: exactly 9 ASCII digits (after the spaces the loader trims). SSIDs have 10 digits; Excel
// drops a leading zero when the column is a number, so this is most likely a damaged SSID.
#include "rules/N003_ssid_nine_digits/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/ssid.hpp"

namespace cerslint::rules::n003 {
namespace {

using engine::Column;

class SsidNineDigits final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kOddSsid}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view ssid = row.value(Column::kSsid);
    if (values::is_ten_ascii_digits(ssid)) return;  // the common case
    const values::SsidClass& c = row.ssid_class();
    if (c.shape != values::SsidShape::kNineDigits) return;
    ctx.report(
        kMeta, row, Column::kSsid,
        [&](std::string& out) {
          engine::append_format(out,
                         "SSID \"{}\" has 9 digits: a leading zero may have been dropped",
                         c.trimmed);
        },
        "SSIDs have 10 digits. Excel removes leading zeros from numbers, so this is probably an "
        "SSID that started with 0. CERS accepts it as a new, unknown student and the real "
        "student is missing from the group. Check the SSID in your student information system. "
        "In Excel, select the student_ssid column, Format Cells > Text, paste the SSIDs again, "
        "then Save As \"CSV UTF-8\".");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SsidNineDigits>(); }

}  // namespace cerslint::rules::n003
