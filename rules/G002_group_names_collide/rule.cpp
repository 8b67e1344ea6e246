// G002: the database compares group names without regard to letter case or trailing spaces,
// so two spellings of one name in a school and year end up as one group. Per school, a map from
// the folded name (with the year) to the first exact spelling seen; cleared on a new school.
#include "rules/G002_group_names_collide/rule.hpp"

#include <unordered_map>
#include <unordered_set>

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/group_name.hpp"

namespace cerslint::rules::g002 {
namespace {

using engine::Column;

constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;

class GroupNamesCollide final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kGroupName) | engine::bit(Column::kSchool) |
                       engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const auto key = engine::cers_key(row);
    if (!key) return;  // CERS skips the row
    const std::string_view school = key->school;
    const std::string_view name = key->name;
    const std::int32_t year = key->year;
    const std::uint64_t school_hash = hash64(school);
    if (!have_school_ || school_hash != school_hash_) {
      have_school_ = true;
      school_hash_ = school_hash;
      first_spelling_.clear();
      reported_.clear();
    }
    const std::uint64_t year_mix = static_cast<std::uint64_t>(year) * kMix;
    const std::uint64_t folded = values::group_name_fold_hash(name, scratch_) ^ year_mix;
    const std::uint64_t exact = hash64(text::strip(name)) ^ year_mix;  // ends: G001's finding
    const auto [it, inserted] = first_spelling_.try_emplace(
        folded, Spelling{exact, engine::RuleContext::locate(row, Column::kGroupName).line});
    if (inserted || it->second.exact == exact) return;
    if (!reported_.insert(exact).second) return;  // this spelling was reported already
    const std::uint64_t first_line = it->second.line;
    ctx.report(
        kMeta, row, Column::kGroupName,
        [&](std::string& out) {
          engine::append_format(out,
                         "Group name \"{}\" differs only in letter case or spacing from the "
                         "group name on line {} (same school and year)",
                         name, first_line);
        },
        "To a person these are the same group, and the CERS database agrees: it ignores letter "
        "case when it compares names, so both spellings are stored as one group and one "
        "block's students and teachers can replace the other's. (Names that differ by spaces "
        "inside stay separate groups, which is rarely what was meant.) Pick one spelling and "
        "use it on every row of the group; if they really are different groups, give them "
        "clearly different names. `cerslint fix --unsafe-fixes` uses the first spelling.");
  }

 private:
  struct Spelling {
    std::uint64_t exact;
    std::uint64_t line;
  };
  bool have_school_ = false;
  std::uint64_t school_hash_ = 0;
  std::unordered_map<std::uint64_t, Spelling> first_spelling_;
  std::unordered_set<std::uint64_t> reported_;
  std::string scratch_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNamesCollide>(); }

}  // namespace cerslint::rules::g002
