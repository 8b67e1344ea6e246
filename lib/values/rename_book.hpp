// What the renaming rules (G004, G006, G007) did in one run of the fixer. Their RenameGuards
// (text_fix.hpp) share it through engine::FixContext::renames(), and the fixer's row stage adds
// the name each row ends with.
//
// Why the fixer needs it: a guard refuses a new name that a group of the file has
// (engine::NamesInFile, read before the rows). When that group is itself renamed in the same
// run, the name is free in the output, and a second run grants the refused rename: fixing would
// take two runs (found by fuzz_fix: `=45414` could not become `45414` while the group `45414`
// was becoming `5-2`). fix::fix_file then runs the rows again with the names the run kept as the
// names in use, and keeps that run only if no rename met a kept name.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "util/hash_list.hpp"

namespace cerslint::values {

struct RenameBook {
  // ---- Written by the guards ----
  // New names given in this run, scoped to the school's digits (RenameGuard's hashes): two renames
  // never meet.
  std::unordered_set<std::uint64_t> targets;
  // A row renamed twice in one run (G007 `=45414` -> `45414`, then G004 -> `5-2`) gives the
  // first name back: no row keeps it, and holding it refused another group that name until a
  // second run (found by fuzz_fix). With the file's own names in use, every name a kept group
  // can have is refused anyway. In a rerun, the names in use are what the run before kept, and
  // a group it renamed may keep its name this time (its new name taken): a name given back can
  // then meet it (`fix/renames_rerun_meet_only_across_schools.csv`). The fixer then runs the
  // rows once more with this off.
  bool give_back_passing_names = false;
  // Whose each target is (its group: school scope and identity), and this row's last target.
  std::unordered_map<std::uint64_t, std::uint64_t> target_owner;
  std::uint64_t row_target = 0;
  // Renames refused because a group of the file had the new name: the fold hashes
  // (group_name_fold_hash) of the new name and of its G003 form (0: it has none).
  std::vector<std::pair<std::uint64_t, std::uint64_t>> refused;

  // ---- The current record, started by the row stage ----
  // Whether a guard renamed it.
  bool row_renamed = false;
  // Its group name as the first guard saw it. Every guard decides by that name, so a row an
  // earlier rule gave another group's name (G007: `=45414` -> `45414`) is not taken for that
  // group by a later rule (G004 would rename both to `5-2`: two groups would meet).
  bool has_identity = false;
  std::string identity;
  // Forget what a run did (the fixer starts the rows over), keeping how it is to run.
  void start_over() {
    const bool give_back = give_back_passing_names;
    *this = RenameBook{};
    give_back_passing_names = give_back;
  }
  void start_row() {
    row_renamed = false;
    has_identity = false;
    row_target = 0;
  }
  // The current row (of group `owner`) was renamed to `target` (RenameGuard's hashes).
  void renamed_row_to(std::uint64_t target, std::uint64_t owner) {
    if (give_back_passing_names && row_target != 0 && row_target != target) {
      const auto it = target_owner.find(row_target);
      if (it != target_owner.end() && it->second == owner) {
        targets.erase(row_target);
        target_owner.erase(it);
      }
    }
    row_target = target;
  }

  // ---- Written by the row stage: the names rows end the run with ----
  // Fold hashes of the names of rows no guard renamed: the names in use for another run.
  std::unordered_set<std::uint64_t> kept;
  // A row no guard renamed ends with the name `name_fold` (group_name_fold_hash), or
  // `scoped_name` with its school (scoped as the guards scope names: the school's digits, not
  // the year, which a later fix or a person may trim into another group's year).
  void note_kept(std::uint64_t name_fold, std::uint64_t scoped_name) {
    kept.insert(name_fold);
    util::add_hash(kept_scoped_, scoped_name);
  }
  // A row a guard renamed ends with the name `scoped_name`; its group was `identity_fold` (the
  // fold hash of `identity`).
  void note_renamed(std::uint64_t scoped_name, std::uint64_t identity_fold) {
    const auto [it, added] = renamed_.try_emplace(scoped_name, identity_fold);
    if (!added && it->second != identity_fold) renamed_groups_met_ = true;
  }

  // ---- Read by the fixer after the run ----
  // Whether a run that takes `kept` as the names in use would grant a rename this one refused.
  bool refused_a_name_nobody_kept() const {
    return std::any_of(refused.begin(), refused.end(), [&](const auto& r) {
      return !kept.contains(r.first) && (r.second == 0 || !kept.contains(r.second));
    });
  }
  // Whether two groups of one school met under one name: a renamed group and a kept one, or two
  // renamed groups. A run with the names of the file never does that (its guards
  // refuse every name the file has, in any school); a run with the names an earlier run kept
  // could, if it renamed less than that run did.
  bool groups_met() {
    if (renamed_groups_met_) return true;
    util::sort_unique(kept_scoped_);
    return std::any_of(renamed_.begin(), renamed_.end(), [&](const auto& r) {
      return std::binary_search(kept_scoped_.begin(), kept_scoped_.end(), r.first);
    });
  }

 private:
  std::vector<std::uint64_t> kept_scoped_;                     // see note_kept
  std::unordered_map<std::uint64_t, std::uint64_t> renamed_;  // scoped name -> identity fold
  bool renamed_groups_met_ = false;
};

}  // namespace cerslint::values
