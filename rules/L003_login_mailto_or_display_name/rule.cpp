// L003: the address is wrapped the way e-mail programs show it: "mailto:ann@x.org",
// "Ann Lee <ann@x.org>", "\"Lee, Ann\" <ann@x.org>", "ann@x.org (Ann Lee)", or with a trailing
// ';' or ',' copied from an address list. Reported unless L001 (several addresses) applies.
#include "rules/L003_login_mailto_or_display_name/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/email.hpp"

namespace cerslint::rules::l003 {
namespace {

using engine::Column;

class LoginMailtoOrDisplayName final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kLogin}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view login = row.value(Column::kLogin);
    const values::LoginAnalysis& a = row.login_analysis();  // shared by L001-L004
    if (a.kind != values::LoginKind::kWrapped) return;
    ctx.report(
        kMeta, row, Column::kLogin,
        [&](std::string& out) {
          engine::append_format(out,
                         "Login \"{}\" is not a bare e-mail address: use {}",
                         text::strip(login), a.bare);
        },
        "This is how e-mail programs show an address (with a name, angle brackets, mailto: or "
        "a separator after it). CERS stores the whole text as the login, so the teacher gets "
        "no access. Keep only the address itself. `cerslint fix` does that.");
  }
};

// Keeps only the bare address (where L003 fires): no name, angle brackets, "mailto:" or
// trailing separator, and none of L004's whitespace either.
class BareAddress final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& login = row[Column::kLogin];
    if (login.empty() || values::is_plain_login_bytes(login)) return;  // the common case
    const values::LoginAnalysis a = values::analyze_login(login, scratch_);
    if (a.kind != values::LoginKind::kWrapped) return;
    ctx.replace(kMeta, row, Column::kLogin, std::string(a.bare));
  }

 private:
  std::string scratch_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<LoginMailtoOrDisplayName>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<BareAddress>(); }

}  // namespace cerslint::rules::l003
