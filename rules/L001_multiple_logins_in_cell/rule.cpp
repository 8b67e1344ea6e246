// L001: several e-mail addresses in one login cell (split on ';', ',', spaces and line breaks).
// CERS stores the whole cell as one login, so none of them gets access. Takes precedence over
// L003 and L002 for the same cell; L004 may accompany it.
#include "rules/L001_multiple_logins_in_cell/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/email.hpp"

namespace cerslint::rules::l001 {
namespace {

using engine::Column;

class MultipleLoginsInCell final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.every_row = true}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view login = row.value(Column::kLogin);
    if (login.empty() || values::is_plain_login_bytes(login)) return;  // the common case
    const values::LoginAnalysis a = values::analyze_login(login, scratch_);
    if (a.kind != values::LoginKind::kMultiple) return;
    ctx.report(
        kMeta, row, Column::kLogin,
        [&](std::string& out) {
          fmt::format_to(std::back_inserter(out), "Login cell \"{}\" holds {} e-mail addresses",
                         text::strip(login), a.addresses);
        },
        "CERS does not check logins: it stores the whole cell as one login, and since nobody "
        "signs in with that text, none of these people gets access to the group. Put one "
        "address per row: repeat the row (same group name, school and year) for each address. "
        "`cerslint fix` splits the cell into rows.");
  }

 private:
  std::string scratch_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<MultipleLoginsInCell>(); }

}  // namespace cerslint::rules::l001
