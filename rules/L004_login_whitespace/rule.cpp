// L004: whitespace around the login, or invisible characters anywhere in it. Spaces at the ends
// are trimmed by the loader (a mild warning); tabs and line breaks at the ends, and no-break or
// zero-width characters anywhere, are kept and the teacher gets no access. May accompany
// L001-L003, which judge the value with these characters removed.
#include "rules/L004_login_whitespace/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/email.hpp"

namespace cerslint::rules::l004 {
namespace {

using engine::Column;

class LoginWhitespace final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kLogin}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view login = row.value(Column::kLogin);
    const values::LoginAnalysis& a = row.login_analysis();  // shared by L001-L004
    if (a.kind == values::LoginKind::kBlank) return;
    if (a.invisible) {
      ctx.report(
          kMeta, row, Column::kLogin,
          [&](std::string& out) {
            engine::append_format(out, "Login \"{}\" contains a {} ({})", login,
                           a.invisible->name, values::code_point_label(a.invisible->code_point));
          },
          "This character is invisible in Excel, but CERS keeps it as part of the login, so the "
          "login does not match the teacher's sign-in and the teacher gets no access. It usually "
          "comes from copying an address out of a web page or an e-mail. Re-type the address, "
          "or run `cerslint fix`, which removes it.");
    } else if (a.other_edge_whitespace) {
      ctx.report(
          kMeta, row, Column::kLogin,
          [&](std::string& out) {
            engine::append_format(out,
                           "Login \"{}\" has a tab or line break before or after it", login);
          },
          "CERS keeps tabs and line breaks as part of the login, so the login does not match "
          "the teacher's sign-in and the teacher gets no access. Re-type the cell, or run "
          "`cerslint fix`, which removes them.");
    } else if (a.leading_or_trailing_space) {
      ctx.report(
          kMeta, row, Column::kLogin,
          [&](std::string& out) {
            engine::append_format(out, "Login \"{}\" has spaces before or after it",
                           login);
          },
          "CERS's loader removes spaces around the login, so the teacher still gets access. "
          "Spaces usually mean the address was typed or pasted by hand: check it. "
          "`cerslint fix` removes the spaces.");
    }
  }
};

// Removes whitespace around the login and invisible characters in it (where L004 fires): the
// value L001-L003 judge. An invisible space between two words becomes an ordinary space
// (it looked like one), a zero-width character or BOM disappears. A cell of invisible
// characters only is left alone: it is not an address, and emptying it would drop a user.
class CleanLogin final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& login = row[Column::kLogin];
    if (login.empty() || values::is_plain_login_bytes(login)) return;  // the common case
    const values::LoginAnalysis a = values::analyze_login(login, scratch_);
    if (a.kind == values::LoginKind::kBlank) return;
    if (!a.invisible && !a.other_edge_whitespace && !a.leading_or_trailing_space) return;
    // A cell of invisible characters only names nobody (no one can sign in as it): emptying
    // it keeps every real member and the row, which still lists its group.
    ctx.replace(kMeta, row, Column::kLogin, std::string(a.cleaned));
  }

 private:
  std::string scratch_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<LoginWhitespace>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<CleanLogin>(); }

}  // namespace cerslint::rules::l004
