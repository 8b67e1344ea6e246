// G001: CERS's validator compares group names exactly, but the database loader trims spaces, so
// "Period 1 " and "Period 1" are two groups to the validator and one group once stored.
#include "rules/G001_group_name_spaces/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::g001 {
namespace {

using engine::Column;

// "a space", "3 spaces", "a tab", "2 tabs", "a line break", or "whitespace" for anything else.
void describe(std::string_view ws, std::string& out) {
  const auto only = [&](char c) { return ws.find_first_not_of(c) == std::string_view::npos; };
  const char* one = nullptr;
  const char* many = nullptr;
  if (only(' ')) {
    one = "a space";
    many = "spaces";
  } else if (only('\t')) {
    one = "a tab";
    many = "tabs";
  } else if (ws == "\n" || ws == "\r" || ws == "\r\n") {
    one = "a line break";
  }
  if (one == nullptr) {
    out += "whitespace";
  } else if (ws.size() == 1 || many == nullptr) {
    out += one;
  } else {
    engine::append_format(out, "{} {}", ws.size(), many);
  }
}

class GroupNameSpaces final : public engine::Rule {
 public:
  // Called once per group (a change of school, group name or year starts one).
  engine::Subscriptions subscriptions() const override {
    return common::group_starts_with_odd_name();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view name = row.value(Column::kGroupName);
    if (name.empty()) return;
    const auto first = static_cast<unsigned char>(name.front());
    const auto last = static_cast<unsigned char>(name.back());
    // Fast path: Java whitespace at the ends always starts or ends with one of these bytes.
    const bool maybe = first <= 0x20 || last <= 0x20 || first >= 0x80 || last >= 0x80;
    if (!maybe) return;
    const std::string_view stripped = text::strip(name);
    if (stripped.size() == name.size() || stripped.empty()) return;  // blank: C102
    const auto lead_len = static_cast<std::size_t>(stripped.data() - name.data());
    const std::string_view lead = name.substr(0, lead_len);
    const std::string_view trail = name.substr(lead_len + stripped.size());
    ctx.report(
        kMeta, row, Column::kGroupName,
        [&](std::string& out) {
          engine::append_format(out, "Group name \"{}\" has ", name);
          if (!lead.empty()) {
            describe(lead, out);
            out += " at the start";
          }
          if (!lead.empty() && !trail.empty()) out += " and ";
          if (!trail.empty()) {
            describe(trail, out);
            out += " at the end";
          }
        },
        "CERS checks the name exactly as written, but the database trims spaces when it stores "
        "the group: \"Period 1 \" and \"Period 1\" pass CERS as two groups but are stored as one, "
        "so the students of one can replace the other's. "
        "Remove the spaces (in Excel: Find & Replace, or =TRIM() in a helper column). "
        "`cerslint fix` removes them for you.");
  }
};

// Strips Java whitespace at both ends of the group name: the loader trims the name anyway, so
// this writes what the database will store. A blank name is C102's and left alone.
class StripGroupName final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    std::string& name = row[Column::kGroupName];
    if (name.empty()) return;
    const auto first = static_cast<unsigned char>(name.front());
    const auto last = static_cast<unsigned char>(name.back());
    if (first > 0x20 && last > 0x20 && first < 0x80 && last < 0x80) return;
    const std::string_view stripped = text::strip(name);
    if (stripped.size() == name.size() || stripped.empty()) return;
    ctx.replace(kMeta, row, Column::kGroupName, std::string(stripped));
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNameSpaces>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<StripGroupName>(); }

}  // namespace cerslint::rules::g001
