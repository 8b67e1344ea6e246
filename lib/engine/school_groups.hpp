// Groups as CERS will see them once the file is sorted, for the rules that judge a group's whole
// membership (M001-M003; see Rule::on_school_group): the runs of rows of one school block added
// up by group name ignoring letter case and year as a number. A group whose rows come back later
// in the school (M004's finding) is judged on all its rows, not per piece. The engine keeps one
// tally for all those rules and hands groups out, in order of first appearance, when the school
// changes and at the end of the file. Memory: one entry per group of the current school block.
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "engine/finding.hpp"
#include "engine/group.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "util/recent_answers.hpp"
#include "values/ssid.hpp"  // hash64_ascii_lower, FirstRowMap

namespace cerslint::engine {

struct SchoolGroup {
  Location first;  // the group's first row (group_name cell)
  std::string name;        // as spelled on that row
  std::int32_t year = 0;
  std::uint64_t rows = 0;
  std::uint64_t students = 0;  // rows with a non-blank SSID, repeats included (as CERS)
  std::uint64_t users = 0;     // rows with a non-blank login
  // The school block's id, set when the group is handed out (valid during that call).
  std::string_view school;
  // The group as a finding's identity: its school, the year as CERS reads it, its name. The
  // year's digits are written only when asked (a finding is reported), not for every group.
  RowIdentity identity() const {
    const auto size =
        std::to_chars(year_text_.data(), year_text_.data() + year_text_.size(), year).ptr -
        year_text_.data();
    return {school, std::string_view(year_text_.data(), static_cast<std::size_t>(size)), name, {}};
  }
  mutable std::array<char, 12> year_text_{};
};

class SchoolGroups {
 public:
  // Adds one run; when it starts a new school block, first hands every group of the previous
  // block to `done(const SchoolGroup&)`. Runs CERS skips (no school, group name or year) are
  // ignored, and so are runs of a school CERS does not know (C106's finding): usually one row
  // whose id Excel damaged inside another school's block, which must not split that block.
  template <typename Done>
  void add(const GroupInfo& run, const cers::Config* config, Done&& done) {
    if (text::is_blank(run.school) || text::is_blank(run.name)) return;
    const auto year = text::parse_java_int(run.year);
    if (!year) return;
    if (!known_school(run.school, config)) return;
    if (!have_school_ || run.school != school_) {
      flush(done);
      have_school_ = true;
      school_ = run.school;
    }
    const std::uint64_t key =
        folded_hash(run.name) ^
        (static_cast<std::uint64_t>(static_cast<std::uint32_t>(*year)) * 0x9E3779B97F4A7C15ull);
    // The map holds 1 + the group's index (0 means "was not there").
    std::uint64_t at = index_.find_or_insert(key, groups_.size() + 1);
    if (at == 0) {
      groups_.push_back(SchoolGroup{run.first, run.name, *year, 0, 0, 0, {}, {}});
      at = groups_.size();
    }
    SchoolGroup& g = groups_[at - 1];
    g.rows += run.rows;
    g.students += run.students;
    g.users += run.users;
  }

  // Hands out the groups of the current school block (call at the end of the file).
  template <typename Done>
  void flush(Done&& done) {
    for (SchoolGroup& g : groups_) {
      g.school = school_;
      done(static_cast<const SchoolGroup&>(g));
    }
    // Memory stays bounded by one school block: what an unusually large one took is given back.
    if (groups_.capacity() > values::FirstRowMap::kKeepSlots) {
      std::vector<SchoolGroup>().swap(groups_);
    } else {
      groups_.clear();
    }
    index_.release_if_larger_than(values::FirstRowMap::kKeepSlots);
  }

 private:
  // The directory lookup, remembered for the last few schools (see util::RecentAnswers).
  bool known_school(const std::string& school, const cers::Config* config) {
    if (config == nullptr || config->schools == nullptr) return true;
    return known_.get(hash64(school), [&] { return config->schools->contains(school); });
  }

  // The name's hash ignoring letter case: ASCII names (nearly all) hashed as they stand by
  // values::hash64_ascii_lower, others lower-cased in full first.
  std::uint64_t folded_hash(std::string_view name) {
    if (!text::is_ascii(name)) {
      scratch_ = text::to_lower(name);
      return hash64(scratch_);
    }
    return values::hash64_ascii_lower(name);
  }

  bool have_school_ = false;
  std::string school_;
  std::vector<SchoolGroup> groups_;
  // A flat table (a file whose every row starts another group spent more in std::unordered_map's
  // node allocations than in the tally): folded name ^ year -> 1 + index into groups_.
  values::FirstRowMap index_;
  std::string scratch_;
  util::RecentAnswers<bool> known_;
};

}  // namespace cerslint::engine
