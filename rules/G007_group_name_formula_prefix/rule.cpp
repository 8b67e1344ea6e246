// G007: a name starting with =, +, - or @ is read as a formula by Excel and other spreadsheets
// when the file, or a CERS export that contains the name, is opened (CSV/formula injection).
// A sign followed only by a number ("-5", "+1.5") is left alone: spreadsheets read it as a
// number, not a formula. Leading tab or CR (also on OWASP's list) are whitespace: G001's.
#include "rules/G007_group_name_formula_prefix/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "text/java_text.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"

namespace cerslint::rules::g007 {
namespace {

using engine::Column;

class GroupNameFormulaPrefix final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::group_starts_with_odd_name();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view name = row.value(Column::kGroupName);
    if (!values::formula_prefix(name)) return;
    const char c = name.front();
    ctx.report(
        kMeta, row, Column::kGroupName,
        [&](std::string& out) {
          engine::append_format(out,
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


// The database keeps 255 characters of a group name (G005): an apostrophe must not push a name
// past that, or the neutralized name would be cut when stored.
constexpr std::size_t kStoredLimit = 255;

// Two repairs, both renames decided once per group through values::RenameGuard, which leaves
// the name alone when the new one is already a group of this school and year (that would merge
// two groups):
//  - --unsafe-fixes: remove the formula characters. An apostrophe in front (Excel's own escape)
//    would be stored by CERS as part of the name and shown on every report; not when nothing
//    would be left ("---").
//  - --neutralize-formulas: put the apostrophe in front anyway, for districts that open these
//    files and CERS's exports in spreadsheets and want every name kept readable as written
//    (OWASP's advice for CSV injection). A leading tab or CR, also on OWASP's list, is G001's:
//    its safe fix removes it. Only the group name: it is the one free-text column. An apostrophe in
//    a school id, SSID, year or subject makes CERS reject the row or file the student under a
//    new, wrong SSID, and in a login it would silently lock the teacher out (see README.md).
class RepairFormulaPrefix final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    std::string& name = row[Column::kGroupName];
    const bool neutralize = ctx.neutralize_formulas();
    // Every name goes through the guard, which must know the names in use.
    const std::string* renamed = guard_.decide(
        row[Column::kSchool], row[Column::kYear], name,
        [neutralize](std::string_view n, std::string& out) {
          if (!neutralize) {
            if (!values::formula_prefix(n)) return false;
            out.assign(values::without_formula_prefix(n));
            return true;
          }
          if (!values::formula_prefix(n)) return false;
          out.assign("'").append(n);
          if (values::code_point_count(text::strip(out)) > kStoredLimit) out.clear();  // keep
          return true;
        },
        ctx.names_in_file(), &ctx.renames());
    if (renamed == nullptr) return;
    ctx.replace(kMeta, row, Column::kGroupName, *renamed);
  }

 private:
  values::RenameGuard guard_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameFormulaPrefix>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<RepairFormulaPrefix>(); }

}  // namespace cerslint::rules::g007
