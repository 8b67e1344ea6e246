// G007: a name starting with =, +, - or @ is read as a formula by Excel and other spreadsheets
// when the file, or a CERS export that contains the name, is opened (CSV/formula injection).
// A sign followed only by a number ("-5", "+1.5") is left alone: spreadsheets read it as a
// number, not a formula. Leading tab or CR (also on OWASP's list) are whitespace: G001's.
#include "rules/G007_group_name_formula_prefix/rule.hpp"

#include "engine/rule_context.hpp"

namespace cerslint::rules::g007 {
namespace {

using engine::Column;

// "-5", "+12", "-1.5": a sign, digits, at most one decimal point with digits after it.
bool signed_number(std::string_view s) {
  if (s.size() < 2 || (s[0] != '-' && s[0] != '+')) return false;
  std::size_t i = 1;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (digits == 0) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t decimals = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++decimals;
    if (decimals == 0) return false;
  }
  return i == s.size();
}

class GroupNameFormulaPrefix final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kGroupName) | engine::bit(Column::kSchool) |
                       engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view name = row.value(Column::kGroupName);
    if (name.empty()) return;
    const char c = name.front();
    if (c != '=' && c != '+' && c != '-' && c != '@') return;
    if (signed_number(name)) return;
    ctx.report(
        kMeta, row, Column::kGroupName,
        [&](std::string& out) {
          fmt::format_to(std::back_inserter(out),
                         "Group name \"{}\" starts with \"{}\": spreadsheets read it as a formula",
                         name, c);
        },
        "CERS stores the name as written, but whenever this file or a report listing the group "
        "is opened in Excel (or Google Sheets), a name starting with =, +, - or @ is treated as "
        "a formula: it shows #NAME? or a calculated value instead of the name, and a formula "
        "planted this way can run commands or send data out (\"formula injection\"). Start "
        "the name with a letter or digit, e.g. \"Grp - Period 1\" instead of \"- Period 1\". "
        "`cerslint fix --unsafe-fixes` removes the leading formula characters.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameFormulaPrefix>(); }

}  // namespace cerslint::rules::g007
