// M003: more than 200 students in a group. CERS rejects the file (C109 names the failure);
// this rule names the group and explains the split `cerslint fix --unsafe-fixes` offers.
// A group is judged on all its rows in the school block, names compared ignoring letter case
// as CERS does (see lib/engine/school_groups.hpp): what CERS counts once the file is sorted.
#include "rules/M003_group_over_200_students/rule.hpp"

#include "engine/rule_context.hpp"

namespace cerslint::rules::m003 {
namespace {

constexpr std::uint64_t kMaxStudents = 200;

class GroupOver200Students final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.school_groups = true}; }

  void on_school_group(const engine::SchoolGroup& g, engine::RuleContext& ctx) override {
    if (g.students <= kMaxStudents) return;
    const std::uint64_t parts = (g.students + kMaxStudents - 1) / kMaxStudents;
    ctx.report_at(
        kMeta, g.first, g.identity(),
        [&](std::string& out) {
          engine::append_format(out,
                         "Group \"{}\" has {} students (rows with an SSID, repeats included); "
                         "CERS allows at most {}: split it into {} groups",
                         g.name, g.students, kMaxStudents, parts);
        },
        "CERS rejects the whole file when a group has more than 200 students. It counts every "
        "row with an SSID, so a student listed twice counts twice: remove repeated rows first. "
        "Then split the group: `cerslint fix --unsafe-fixes` makes groups named \"<name> 1\", "
        "\"<name> 2\", ... of at most 200 students each and copies every teacher (login) row "
        "into each part so the same teachers see all of them. Or split it yourself, e.g. by "
        "class period.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupOver200Students>(); }

}  // namespace cerslint::rules::m003
