// G006: the database stores text as 3-byte UTF-8 ("utf8"/utf8mb3), so characters above U+FFFF
// (emoji, some rare CJK and historic scripts) cannot be stored. CERS's validator accepts them.
#include "rules/G006_group_name_outside_bmp/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"
#include "values/values.hpp"

namespace cerslint::rules::g006 {
namespace {

using engine::Column;

class GroupNameOutsideBmp final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::group_starts_with_odd_name();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view name = row.value(Column::kGroupName);
    const auto found = values::first_outside_bmp(name);
    if (!found) return;
    ctx.report(
        kMeta, row, Column::kGroupName,
        [&](std::string& out) {
          engine::append_format(out,
                         "Group name \"{}\" contains {} at character {}, which CERS's database "
                         "cannot store",
                         name, values::code_point_label(found->code_point),
                         values::code_point_count(name.substr(0, found->byte_offset)) + 1);
        },
        "CERS accepts the file, but its database only stores characters up to U+FFFF: an "
        "emoji (or another character outside that range) makes the upload fail after it was "
        "accepted, or is stored as \"?\". Remove the emoji from the name. "
        "`cerslint fix --unsafe-fixes` deletes such characters.");
  }
};

// Removes the characters above U+FFFF with their variation selectors and joined characters
// (values::remove_outside_bmp). Not when the name would be left blank (only emoji), nor when the
// shorter name is one this school and year already use ("Math" beside "Math ⭐"): that would
// merge two groups (values::RenameGuard).
class RemoveOutsideBmp final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    std::string& name = row[Column::kGroupName];
    const std::string* renamed =
        guard_.decide(row[Column::kSchool], row[Column::kYear], name,
                      [](std::string_view n, std::string& out) {
                        if (!values::first_outside_bmp(n)) return false;
                        values::remove_outside_bmp(n, out);
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

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameOutsideBmp>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<RemoveOutsideBmp>(); }

}  // namespace cerslint::rules::g006
