// N002: Excel displayed a 10-digit SSID as a number in scientific notation and the file was saved
// that way ("9.00001E+09"); the digits after the first few are gone for good.
#include "rules/N002_ssid_scientific_notation/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/ssid.hpp"

namespace cerslint::rules::n002 {
namespace {

using engine::Column;

class SsidScientificNotation final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kOddSsid}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view ssid = row.value(Column::kSsid);
    if (values::is_ten_ascii_digits(ssid)) return;  // the common case
    const values::SsidClass& c = row.ssid_class();
    if (c.shape != values::SsidShape::kScientific) return;
    ctx.report(
        kMeta, row, Column::kSsid,
        [&](std::string& out) {
          engine::append_format(out,
                         "SSID \"{}\" is in scientific notation: the real digits are lost",
                         c.trimmed);
        },
        "Excel showed the SSID as a number like 9.00001E+09 and the file was saved that way, so "
        "only the first digits are left. CERS accepts it as a new, unknown student and the real "
        "student is missing from the group. The digits cannot be recovered from this file: take "
        "the SSIDs again from your student information system. In Excel, select the "
        "student_ssid column and choose Format Cells > Text before pasting, then Save As "
        "\"CSV UTF-8\".");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SsidScientificNotation>(); }

}  // namespace cerslint::rules::n002
