// L005: the same login (surrounding whitespace removed, letter case ignored as in the database)
// twice in one run of rows with the same school, group name and year. Memory: one hash and row
// number per distinct login of the current group, released at a school change if large.
#include "rules/L005_duplicate_login_in_group/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/email.hpp"
#include "values/ssid.hpp"

namespace cerslint::rules::l005 {
namespace {

using engine::Column;

class DuplicateLoginInGroup final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kLogin | engine::trait::kStartsGroup}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    if (row.starts_group()) seen_.start_group(row.starts_school());
    std::string_view login = row.value(Column::kLogin);
    if (login.empty()) return;
    if (!values::is_plain_login_bytes(login)) {  // not the common case
      login = text::strip(login);
      if (login.empty()) return;
    }
    std::uint64_t key;
    if (text::is_ascii(login)) {
      key = values::hash64_ascii_lower(login);
    } else {
      lowered_ = text::to_lower(login);
      key = hash64(lowered_);
    }
    const std::uint64_t first = seen_.find_or_insert(key, row.number());
    if (first == 0) return;
    ctx.report(
        kMeta, row, Column::kLogin,
        [&](std::string& out) {
          engine::append_format(out,
                         "User {} is listed again in this group (first on row {})", login, first);
        },
        "The user already has access to the group from the earlier row, so this row adds "
        "nothing (letter case does not matter in logins). It usually means rows were copied "
        "twice. Delete the repeated row (keep any student that is only on it). `cerslint fix` "
        "removes the row when it is an exact copy of the earlier one.");
  }

 private:
  values::FirstRowMap seen_;
  std::string lowered_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<DuplicateLoginInGroup>(); }

}  // namespace cerslint::rules::l005
