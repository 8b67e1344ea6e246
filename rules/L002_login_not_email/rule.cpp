// L002: the login is not an e-mail address (an RFC 5322 addr-spec subset; IDN domains through
// ICU). Not reported when L001 (several addresses) or L003 (display name, mailto:) describes
// the cell; invisible characters (L004) are replaced by what they look like before checking.
#include "rules/L002_login_not_email/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/email.hpp"

namespace cerslint::rules::l002 {
namespace {

using engine::Column;

class LoginNotEmail final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kLogin}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view login = row.value(Column::kLogin);
    const values::LoginAnalysis& a = row.login_analysis();
    if (a.kind != values::LoginKind::kInvalid) return;
    ctx.report(
        kMeta, row, Column::kLogin,
        [&](std::string& out) {
          engine::append_format(out, "Login \"{}\" is not an e-mail address: it ",
                         text::strip(login));
          values::describe_email_problem(a.problem, a.cleaned, out);
        },
        "CERS does not check logins: it stores this text as the login of a user who may see the "
        "group. Nobody signs in with it, so the teacher it was meant for gets no access. Replace "
        "it with the teacher's e-mail address exactly as they sign in to CERS (for example "
        "ann.lee@yourdistrict.org).");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<LoginNotEmail>(); }

}  // namespace cerslint::rules::l002
