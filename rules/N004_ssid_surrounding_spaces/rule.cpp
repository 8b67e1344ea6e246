// N004: spaces before or after the SSID. The validator counts the student and the loader trims
// the spaces, so nothing is lost; the value after trimming is still checked by N001-N003.
// Tabs and line breaks are not trimmed by the loader: N001 reports those.
#include "rules/N004_ssid_surrounding_spaces/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/ssid.hpp"

namespace cerslint::rules::n004 {
namespace {

using engine::Column;

class SsidSurroundingSpaces final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kOddSsid}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view ssid = row.value(Column::kSsid);
    if (ssid.empty() || (ssid.front() != ' ' && ssid.back() != ' ')) return;  // the common case
    const values::SsidClass& c = row.ssid_class();
    if (c.shape == values::SsidShape::kBlank || !c.surrounding_spaces) return;
    ctx.report(
        kMeta, row, Column::kSsid,
        [&](std::string& out) {
          engine::append_format(out, "SSID \"{}\" has spaces before or after it",
                         ssid);
        },
        "CERS counts this student and its loader removes the spaces, so the student is added "
        "as usual. Spaces usually mean the SSID was typed or pasted by hand: check it. "
        "`cerslint fix` removes the spaces.");
  }
};

// Removes the ASCII spaces around the SSID (where N004 fires; what the loader would do).
class StripSsid final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& ssid = row[Column::kSsid];
    if (ssid.empty() || (ssid.front() != ' ' && ssid.back() != ' ')) return;  // the common case
    const values::SsidClass c = values::classify_ssid(ssid);
    if (c.shape == values::SsidShape::kBlank || !c.surrounding_spaces) return;
    ctx.replace(kMeta, row, Column::kSsid, std::string(c.trimmed));
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SsidSurroundingSpaces>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<StripSsid>(); }

}  // namespace cerslint::rules::n004
