// M002: a group with students but no user row. The upload replaces the group's users too, so
// after it no teacher has access to the group (teachers who had access lose it). A group is
// judged on all its rows in the school block (see school_groups.hpp).
#include "rules/M002_group_without_user/rule.hpp"

#include "engine/rule_context.hpp"
#include "rules/M001_group_emptied/school_groups.hpp"

namespace cerslint::rules::m002 {
namespace {

class GroupWithoutUser final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.groups = true}; }

  void on_group_end(const engine::GroupInfo& run, engine::RuleContext& ctx) override {
    groups_.add(run, ctx.settings().cers, [&](const membership::Group& g) { check(g, ctx); });
  }

  void on_end(engine::RuleContext& ctx) override {
    groups_.flush([&](const membership::Group& g) { check(g, ctx); });
  }

 private:
  static void check(const membership::Group& g, engine::RuleContext& ctx) {
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

  membership::SchoolGroups groups_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupWithoutUser>(); }

}  // namespace cerslint::rules::m002
