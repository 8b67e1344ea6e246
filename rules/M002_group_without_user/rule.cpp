// M002: a group with students but no user row. The upload replaces the group's users too, so
// after it no teacher has access to the group (teachers who had access lose it).
#include "rules/M002_group_without_user/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::m002 {
namespace {

using engine::GroupInfo;

class GroupWithoutUser final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.groups = true}; }

  void on_group_end(const GroupInfo& g, engine::RuleContext& ctx) override {
    if (g.students == 0 || g.users > 0) return;
    if (text::is_blank(g.school) || text::is_blank(g.name) || !text::parse_java_int(g.year)) {
      return;  // CERS skips rows without a school, group name or year
    }
    ctx.report_at(
        kMeta, g.first,
        [&](std::string& out) {
          fmt::format_to(std::back_inserter(out),
                         "Group \"{}\" has {} {} but no user (no row with a group_user_login)",
                         g.name, g.students, g.students == 1 ? "student" : "students");
        },
        "An upload replaces the whole membership of every group it lists, users included. With "
        "no group_user_login row, no teacher is given access to this group, and teachers who "
        "could see it before lose access. Add a row for each teacher: the same group_name, "
        "school_natural_id and school_year, an empty student_ssid and the teacher's CERS login "
        "(e-mail) in group_user_login.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupWithoutUser>(); }

}  // namespace cerslint::rules::m002
