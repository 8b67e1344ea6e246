// M002: a group with students but no user row. The upload replaces the group's users too, so
// after it no teacher has access to the group (teachers who had access lose it). A group is
// judged on all its rows in the school block (see lib/engine/school_groups.hpp).
#include "rules/M002_group_without_user/rule.hpp"

#include "engine/rule_context.hpp"

namespace cerslint::rules::m002 {
namespace {

class GroupWithoutUser final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.school_groups = true}; }

  void on_school_group(const engine::SchoolGroup& g, engine::RuleContext& ctx) override {
    if (g.students == 0 || g.users > 0) return;
    ctx.report_at(
        kMeta, g.first, g.identity(),
        [&](std::string& out) {
          engine::append_format(out,
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
