// M003: more than 200 students in a group. CERS rejects the file (C109 names the failure);
// this rule names the group and explains the split `cerslint fix --unsafe-fixes` offers.
// Consecutive runs whose key CERS compares equal ignoring letter case count as one group.
#include "rules/M003_group_over_200_students/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::m003 {
namespace {

using engine::GroupInfo;

constexpr std::uint64_t kMaxStudents = 200;

class GroupOver200Students final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.groups = true}; }

  void on_group_end(const GroupInfo& g, engine::RuleContext& ctx) override {
    if (text::is_blank(g.school) || text::is_blank(g.name)) return;  // CERS skips these rows
    const auto year = text::parse_java_int(g.year);
    if (!year) return;
    // CERS counts per key compared ignoring letter case, so "Period 1" followed by "PERIOD 1"
    // is one group to it: add the runs up.
    if (open_ && g.school == school_ && *year == year_ && text::equals_ignore_case(g.name, name_)) {
      students_ += g.students;
      return;
    }
    flush(ctx);
    open_ = true;
    school_ = g.school;
    name_ = g.name;
    year_ = *year;
    first_ = g.first;
    students_ = g.students;
  }

  void on_end(engine::RuleContext& ctx) override { flush(ctx); }

 private:
  void flush(engine::RuleContext& ctx) {
    if (!open_) return;
    open_ = false;
    if (students_ <= kMaxStudents) return;
    const std::uint64_t parts = (students_ + kMaxStudents - 1) / kMaxStudents;
    ctx.report_at(
        kMeta, first_,
        [&](std::string& out) {
          fmt::format_to(std::back_inserter(out),
                         "Group \"{}\" has {} students (rows with an SSID, repeats included); "
                         "CERS allows at most {}: split it into {} groups",
                         name_, students_, kMaxStudents, parts);
        },
        "CERS rejects the whole file when a group has more than 200 students. It counts every "
        "row with an SSID, so a student listed twice counts twice: remove repeated rows first. "
        "Then split the group: `cerslint fix --unsafe-fixes` makes groups named \"<name> 1\", "
        "\"<name> 2\", ... of at most 200 students each and copies every teacher (login) row "
        "into each part so the same teachers see all of them. Or split it yourself, e.g. by "
        "class period.");
  }

  bool open_ = false;
  std::string school_;
  std::string name_;
  std::int32_t year_ = 0;
  engine::Location first_;
  std::uint64_t students_ = 0;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupOver200Students>(); }

}  // namespace cerslint::rules::m003
