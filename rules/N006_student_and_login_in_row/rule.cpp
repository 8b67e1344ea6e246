// N006: CERS reads a row with both an SSID and a login as two memberships. Templates usually
// keep them on separate rows, so a row with both is often a paste that shifted a column.
#include "rules/N006_student_and_login_in_row/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::n006 {
namespace {

using engine::Column;

class StudentAndLoginInRow final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kLogin}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view ssid = row.value(Column::kSsid);
    const std::string_view login = row.value(Column::kLogin);
    if (ssid.empty() || login.empty() || text::is_blank(ssid) || text::is_blank(login)) return;
    ctx.report(
        kMeta, row, Column::kLogin,
        [&](std::string& out) {
          engine::append_format(out,
                         "Row adds student {} and also gives user {} access to the group",
                         text::strip(ssid), text::strip(login));
        },
        "CERS accepts this: the student joins the group and the user can see it. Most files "
        "put students and teachers on separate rows; check that the login belongs here and did "
        "not slide over from another row.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<StudentAndLoginInRow>(); }

}  // namespace cerslint::rules::n006
