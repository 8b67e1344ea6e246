// M001: a group listed only by rows with neither an SSID nor a login. An upload replaces each
// listed group's membership, so this empties the group: the CERS guide's way to delete one.
// A file where every group is like that is a deletion file: one summary finding at the end
// instead of one per group. Until the first group with members appears, empty groups wait in a
// buffer of at most kMaxPending; later ones are counted and reported as one finding. A group
// is judged on all its rows in the school block (see lib/engine/school_groups.hpp).
#include "rules/M001_group_emptied/rule.hpp"

#include <vector>

#include "engine/rule_context.hpp"

namespace cerslint::rules::m001 {
namespace {

using engine::Location;

constexpr std::string_view kGroupHint =
    "An upload replaces the whole membership of every group it lists. No row of this group "
    "adds a student (student_ssid) or a user (group_user_login), so after the upload the group "
    "is empty: every student and teacher is removed from it. That is how the CERS guide says to "
    "delete a group; if you meant it, nothing needs to change. Otherwise add the group's "
    "students and teachers, or leave the group out of the file to keep it as it is.";

constexpr std::string_view kFileHint =
    "An upload replaces the whole membership of every group it lists, and no row of this file "
    "adds a student or a user: every group in it ends up with no students and no teachers. "
    "That is how the CERS guide says to delete groups. If you meant to delete them, go ahead. "
    "If not, the student_ssid and group_user_login columns are empty or were lost (deleted, "
    "or moved past the sixth column): do not upload this file.";

class GroupEmptied final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.school_groups = true}; }

  void on_school_group(const engine::SchoolGroup& g, engine::RuleContext& ctx) override {
    consider(g, ctx);
  }

  void on_end(engine::RuleContext& ctx) override {
    if (members_seen_ || empty_groups_ == 0) return;
    ctx.report_at(
        kMeta, first_empty_,
        [&](std::string& out) {
          if (empty_groups_ == 1) {
            out += "No row of this file adds a student or a user: the upload empties the one "
                   "group it lists";
          } else {
            engine::append_format(out,
                           "No row of this file adds a student or a user: the upload empties "
                           "all {} groups it lists",
                           empty_groups_);
          }
        },
        kFileHint);
  }

 private:
  static constexpr std::size_t kMaxPending = 100;

  void consider(const engine::SchoolGroup& g, engine::RuleContext& ctx) {
    if (g.students > 0 || g.users > 0) {
      if (!members_seen_) {
        members_seen_ = true;
        flush(ctx);
      }
      return;
    }
    if (++empty_groups_ == 1) first_empty_ = g.first;
    if (members_seen_) {
      report_group(ctx, g);
    } else if (pending_.size() < kMaxPending) {
      pending_.push_back(Pending{g, std::string(g.school)});
    } else {
      if (overflow_ == 0) overflow_first_ = g.first;
      ++overflow_;
      overflow_last_ = g.first;
    }
  }

  static void report_group(engine::RuleContext& ctx, const engine::SchoolGroup& g) {
    ctx.report_at(
        kMeta, g.first, g.identity(),
        [&](std::string& out) {
          engine::append_format(out,
                         "Group \"{}\" has no students and no users ({} {} without an SSID or a "
                         "login): this upload empties it",
                         g.name, g.rows, g.rows == 1 ? "row" : "rows");
        },
        kGroupHint);
  }

  void flush(engine::RuleContext& ctx) {
    for (Pending& p : pending_) {
      p.group.school = p.school;
      report_group(ctx, p.group);
    }
    pending_.clear();
    pending_.shrink_to_fit();
    if (overflow_ == 0) return;
    ctx.report_at(
        kMeta, overflow_first_,
        [&](std::string& out) {
          engine::append_format(out,
                         "{} more {} from here to line {} {} no students and no users: "
                         "this upload empties {}",
                         overflow_, overflow_ == 1 ? "group" : "groups", overflow_last_.line,
                         overflow_ == 1 ? "has" : "have", overflow_ == 1 ? "it" : "them");
        },
        kGroupHint);
  }

  bool members_seen_ = false;
  std::uint64_t empty_groups_ = 0;
  Location first_empty_;
  struct Pending {
    engine::SchoolGroup group;
    std::string school;  // group.school is a view valid only while the group is handed out
  };
  std::vector<Pending> pending_;
  std::uint64_t overflow_ = 0;
  Location overflow_first_;
  Location overflow_last_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupEmptied>(); }

}  // namespace cerslint::rules::m001
