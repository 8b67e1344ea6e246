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

// `part` (a view into `cell`) with a lone "mailto:" that stands before it, across spaces:
// `a@x.org, mailto: b@x.org?subject=Hi` names b@x.org, which L003 unwraps from the row's
// `mailto: b@x.org?subject=Hi`. Split off alone, the address would keep its query (found by
// fuzz_fix: the login became `b@x.org?subject=Hi`).
std::string_view with_mailto_before(std::string_view cell, std::string_view part) {
  const std::size_t begin = static_cast<std::size_t>(part.data() - cell.data());
  std::size_t i = begin;
  while (i > 0 && (cell[i - 1] == ' ' || cell[i - 1] == '\t')) --i;
  constexpr std::string_view kMailto = "mailto:";
  if (i == begin || i < kMailto.size()) return part;
  const std::string_view before = cell.substr(i - kMailto.size(), kMailto.size());
  if (!text::ascii_lowered_equals(before, kMailto)) return part;
  // Only a "mailto:" of its own, not the end of a longer word (`xmailto: a@x.org`).
  const std::size_t start = i - kMailto.size();
  if (start > 0 && cell[start - 1] != ' ' && cell[start - 1] != '\t' && cell[start - 1] != ',' &&
      cell[start - 1] != ';') {
    return part;
  }
  return cell.substr(start, begin + part.size() - start);
}

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
    for (std::string_view& part : parts_) part = with_mailto_before(a.cleaned, part);
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
