// G003: characters a coordinator cannot see or tell apart from plain ones (no-break and other
// Unicode spaces, zero-width characters, smart quotes and dashes, control characters), and
// letters of another script that look like Latin ones inside a Latin word. The same name typed
// again later is then a different group, and nobody can see why.
#include "rules/G003_group_name_invisible_characters/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "text/java_text.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"
#include "values/values.hpp"

namespace cerslint::rules::g003 {
namespace {

using engine::Column;

std::string_view article(std::string_view noun) {
  return !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos
             ? "an"
             : "a";
}

class GroupNameInvisibleCharacters final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::group_starts_with_odd_name();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view name = row.value(Column::kGroupName);
    // Whitespace at the ends is G001's; what is left is checked here.
    const std::string_view inner = text::strip(name);
    if (inner.empty()) return;
    const auto offset = static_cast<std::size_t>(inner.data() - name.data());
    const auto position = [&](std::uint32_t at) {
      return values::code_point_count(name.substr(0, offset + at)) + 1;
    };
    if (const auto s = values::first_suspect_char(inner)) {
      ctx.report(
          kMeta, row, Column::kGroupName,
          [&](std::string& out) {
            engine::append_format(out,
                           "Group name \"{}\" contains {} {} ({}) at character {}", name,
                           article(s->name), s->name,
                           values::code_point_label(s->code_point), position(s->byte_offset));
          },
          "This character looks like a plain space, quote or dash (or like nothing at all), "
          "but CERS compares names character by character: the next upload that types the "
          "name normally creates a second group instead of updating this one, and teachers "
          "cannot find the group by typing its name. It usually comes from copying the name "
          "out of Word, a web page or an e-mail. Retype the name in the cell. "
          "`cerslint fix --unsafe-fixes` replaces it with the plain character (or deletes it).");
      return;
    }
    if (const auto l = values::first_look_alike(inner)) {
      ctx.report(
          kMeta, row, Column::kGroupName,
          [&](std::string& out) {
            engine::append_format(out,
                           "Group name \"{}\" contains {} ({}) at character {}, which looks like "
                           "the Latin \"{}\"",
                           name, l->name, values::code_point_label(l->code_point),
                           position(l->byte_offset), l->looks_like);
          },
          "The letter comes from another alphabet (usually a Russian or Greek keyboard layout "
          "or a copied name) and only looks like the Latin one. CERS compares names character "
          "by character: the next upload that types the name on an English keyboard creates "
          "a second group, and nobody can find this one by typing its name. Retype the name "
          "with the English keyboard layout. `cerslint fix --unsafe-fixes` replaces the letter "
          "with the Latin one.");
    }
  }
};

// Each suspect character becomes its plain form and each look-alike letter its Latin letter
// (values::plain_group_name, which uses the rule's two classifiers). A name that would be left
// blank (only invisible characters) is left alone.
class PlainGroupName final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    std::string& name = row[Column::kGroupName];
    if (name == last_in_) {  // rows of one group repeat the name
      if (!last_out_.empty()) apply(row, name, ctx);
      return;
    }
    last_in_ = name;
    last_out_.clear();
    if (!values::plain_group_name(name, last_out_)) return;
    apply(row, name, ctx);
  }

 private:
  void apply(const engine::EditRow& row, std::string& name, engine::FixContext& ctx) {
    ctx.applied(kMeta, row, [&](std::string& out) {
      engine::append_format(out, "group name \"{}\" -> \"{}\"", name, last_out_);
    });
    name = last_out_;
  }

  std::string last_in_, last_out_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameInvisibleCharacters>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<PlainGroupName>(); }

}  // namespace cerslint::rules::g003
