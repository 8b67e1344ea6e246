// L001: several e-mail addresses in one login cell (split on ';', ',', spaces and line breaks).
// CERS stores the whole cell as one login, so none of them gets access. Takes precedence over
// L003 and L002 for the same cell; L004 may accompany it.
#include "rules/L001_multiple_logins_in_cell/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/email.hpp"
#include "values/email_fix.hpp"

namespace cerslint::rules::l001 {
namespace {

using engine::Column;

class MultipleLoginsInCell final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kLogin}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view login = row.value(Column::kLogin);
    const values::LoginAnalysis& a = row.login_analysis();  // shared by L001-L004
    if (a.kind != values::LoginKind::kMultiple) return;
    ctx.report(
        kMeta, row, Column::kLogin,
        [&](std::string& out) {
          engine::append_format(out, "Login cell \"{}\" holds {} e-mail addresses",
                         text::strip(login), a.addresses);
        },
        "CERS does not check logins: it stores the whole cell as one login, and since nobody "
        "signs in with that text, none of these people gets access to the group. Put one "
        "address per row: repeat the row (same group name, school and year) for each address. "
        "`cerslint fix` splits the cell into rows.");
  }
};

// One row per address (where L001 fires): the row keeps the first address, and a copy of it
// follows for each other one. Only the first row keeps the SSID, so a student on the row is
// still listed once. The addresses are the parts L001 counted, taken from the cell with its
// invisible characters replaced (L004's cleaning); a name or "mailto:" around an address stays
// for L003.
class SplitLogins final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    const std::string& login = row[Column::kLogin];
    if (login.empty() || values::is_plain_login_bytes(login)) return;  // the common case
    const values::LoginAnalysis a = values::analyze_login(login, scratch_);
    if (a.kind != values::LoginKind::kMultiple) return;
    parts_.clear();
    values::split_addresses(a.cleaned, parts_);
    if (parts_.size() < 2) return;
    std::vector<std::string> addresses(parts_.begin(), parts_.end());
    ctx.applied(kMeta, row, [&](std::string& out) {
      engine::append_format(out, "login \"{}\" -> {} rows:", login,
                     addresses.size());
      for (const std::string& address : addresses) out.append(" ").append(address);
    });
    for (std::size_t k = 1; k < addresses.size(); ++k) {
      engine::EditRow copy = row;
      copy[Column::kLogin] = std::move(addresses[k]);
      copy[Column::kSsid].clear();
      more.push_back(std::move(copy));
    }
    row[Column::kLogin] = std::move(addresses[0]);
  }

 private:
  std::string scratch_;
  std::vector<std::string_view> parts_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<MultipleLoginsInCell>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<SplitLogins>(); }

}  // namespace cerslint::rules::l001
