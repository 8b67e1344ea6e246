// G002: the database compares group names without regard to letter case or trailing spaces,
// so two spellings of one name in a school and year end up as one group. Per school, a map from
// the folded name (with the year) to the first exact spelling seen; cleared on a new school.
#include "rules/G002_group_names_collide/rule.hpp"

#include <string>
#include <vector>

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "util/hash_set.hpp"
#include "util/recent_answers.hpp"
#include "values/group_name.hpp"
#include "values/ssid.hpp"  // FirstRowMap

namespace cerslint::rules::g002 {
namespace {

using engine::Column;

constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;

class GroupNamesCollide final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::kGroupKeyColumns};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const auto key = engine::cers_key(row);
    if (!key) return;  // CERS skips the row
    const std::string_view name = key->name;
    const std::int32_t year = key->year;
    const std::uint64_t school_hash = row.school_hash();
    if (!have_school_ || school_hash != school_hash_) {
      have_school_ = true;
      school_hash_ = school_hash;
      // Flat tables, emptied in O(1) or nearly (a file whose every row names another group
      // spent more time in std::unordered_map's nodes and bucket clearing than in the check).
      first_index_.release_if_larger_than(values::FirstRowMap::kKeepSlots);
      if (spellings_.capacity() > values::FirstRowMap::kKeepSlots) {
        std::vector<Spelling>().swap(spellings_);  // memory bounded by one school, as the map
      } else {
        spellings_.clear();
      }
      reported_.clear();
    }
    const std::uint64_t year_mix = static_cast<std::uint64_t>(year) * kMix;
    const std::uint64_t folded =
        folded_.get(row.group_name_hash(),
                    [&] { return values::group_name_fold_hash(name, scratch_); }) ^
        year_mix;
    const std::string_view stripped = text::strip(name);  // spaces at the ends: G001's finding
    const std::uint64_t exact =
        (stripped.size() == name.size() ? row.group_name_hash() : hash64(stripped)) ^ year_mix;
    // The map holds 1 + the spelling's index (0 means "was not there").
    const std::uint64_t found = first_index_.find_or_insert(folded, spellings_.size() + 1);
    if (found == 0) {
      spellings_.push_back({exact, engine::RuleContext::locate(row, Column::kGroupName).line});
      return;
    }
    const Spelling& first = spellings_[found - 1];
    if (first.exact == exact) return;
    if (!reported_.insert(exact)) return;  // this spelling was reported already
    const std::uint64_t first_line = first.line;
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
  // group_name_fold_hash of the last few names: when a damaged value splits a group, its name
  // comes back run after run, and a non-ASCII name is folded through ICU.
  util::RecentAnswers<std::uint64_t> folded_;

  bool have_school_ = false;
  std::uint64_t school_hash_ = 0;
  // The school's first spelling of each name (folded hash ^ year -> index into spellings_).
  values::FirstRowMap first_index_;
  std::vector<Spelling> spellings_;
  util::HashSet64 reported_;
  std::string scratch_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<GroupNamesCollide>(); }

}  // namespace cerslint::rules::g002
