// G005: the database column for group names holds 255 characters. CERS's validator does not
// check the length, so a longer name passes validation and then fails or is cut when stored.
#include "rules/G005_group_name_too_long/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "text/java_text.hpp"
#include "values/group_name.hpp"

namespace cerslint::rules::g005 {
namespace {

using engine::Column;

constexpr std::size_t kLimit = values::kMaxGroupNameChars;
constexpr std::size_t kShown = 40;  // characters of the name quoted in the message

// The first `n` code points of `s` (whole UTF-8 sequences).
std::string_view head(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

class GroupNameTooLong final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::group_starts_with_odd_name();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view name = row.value(Column::kGroupName);
    if (name.size() <= kLimit) return;  // fast path: a code point is at least one byte
    const std::string_view stored = text::strip(name);  // the loader trims the ends
    const std::size_t length = values::code_point_count(stored);
    if (length <= kLimit) return;
    ctx.report(
        kMeta, row, Column::kGroupName,
        [&](std::string& out) {
          engine::append_format(out,
                         "Group name \"{}...\" is {} characters long; CERS can store at most {}",
                         head(name, kShown), length, kLimit);
        },
        "CERS accepts the file, but its database keeps at most 255 characters of a group name: "
        "the name is cut off or the upload fails after it was accepted. Long names are often "
        "a whole row or a note pasted into the group_name cell by mistake. Shorten the name "
        "(teachers see it in a list, so a short one such as \"Period 3 Math 7\" works best).");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameTooLong>(); }

}  // namespace cerslint::rules::g005
