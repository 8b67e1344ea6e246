// Repairs used by the F and G rules' fixes (`cerslint fix`): pure functions on UTF-8 values that
// write the repaired text to `out` and return true, or return false (and leave `out` alone) when
// there is nothing they may change. They never allocate when they return false on ASCII input
// without the bytes they look for.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "util/hash.hpp"
#include "values/group_name.hpp"
#include "values/rename_book.hpp"

namespace cerslint::values {

// F006: each run of line breaks (CR, LF) inside `value` becomes one space, taking the spaces and
// tabs around the run with it ("Period \n 1" -> "Period 1"); a run at the start or end of the
// value is removed with the spaces and tabs next to it. False when `value` has no CR or LF.
bool join_line_breaks(std::string_view value, std::string& out);

// F007: every backslash becomes '/'. False when `value` has none.
bool replace_backslashes(std::string_view value, std::string& out);

// The Latin letter or digit a look-alike stands for, in the letter case of the look-alike
// (Cyrillic "А" -> 'A', "а" -> 'a', Cyrillic "І" -> 'I': ICU's skeleton says 'l' for it).
char look_alike_latin(const LookAlike& l);

// G003: in the part of `name` between Java whitespace at its ends (that whitespace is G001's and
// kept), each character values::first_suspect_char finds becomes its plain form (a line break
// or other whitespace control character becomes a space, other control characters are
// deleted), then each look-alike letter values::first_look_alike finds becomes its Latin letter.
// Whitespace the replacements leave at the ends of that part is removed. False when nothing
// changes or the result would be blank.
bool plain_group_name(std::string_view name, std::string& out);
// A name is in use as written and as G003 would write it (`'=<NUL>Roster` reads as
// `'=Roster`): the fold hash (group_name_fold_hash) of that plain form, held in `plain`, or 0
// when G003 would not change the name. Used for the file's names (fix::scan_names) and for
// the names a run kept (the fixer's rerun), so both are taken alike.
std::uint64_t plain_fold_hash(std::string_view name, std::string& plain, std::string& scratch);

// G006: a code point above U+FFFF that has a compatibility form up to U+FFFF becomes that form
// (NFKC: the styled letters of Mathematical Alphanumeric Symbols, "𝐌ath" -> "Math"); any other
// is removed, with what belongs to it: variation selectors
// (U+FE0E, U+FE0F), a combining keycap (U+20E3), and a zero-width joiner with the character it
// joins ("👩‍🏫", "🏃‍♀️"). When a removed emoji stood between two spaces, one of them goes too;
// whitespace left at the ends of the name's inner part is removed (the ends themselves are
// G001's). When a compatibility form leaves a character G003 would change, in a name that had
// none, the result is G003's plain form ("𝜌ath" -> "path", not the Greek "ρath"), so a run
// that fixes both leaves nothing for the next. False when nothing changes or the result would
// be blank.
bool remove_outside_bmp(std::string_view name, std::string& out);

// G007: starts with a formula character (=, +, -, @) and is not just a signed number ("-5",
// "+1.5", which spreadsheets read as numbers).
bool formula_prefix(std::string_view name);
// What the name is without its formula characters: Excel's text formula ="5-1" gives 5-1;
// then the leading =, +, - and @ go, with the whitespace after them ("- Period 1" ->
// "Period 1"), up to a signed number ("+-5" -> "-5"). Empty when nothing would be left.
std::string_view without_formula_prefix(std::string_view name);

// Renaming a group for G004, G006 and G007 must neither split a group (renamed on some rows,
// not on others) nor merge it with another group. The guard decides once per (school, year,
// name), the first time the name is seen (the name before any rename of this run, with a
// RenameBook: see RenameBook::identity), and refuses a new name that folds
// (values::group_name_fold_hash: the database's comparison) to another group's name. Spellings
// of one group, and new names, are compared per school by its digits (the id as the fixer
// writes it), not per raw school and year: a year or an id repaired later in the run is still
// the same scope.
//
// The fixer gives it every group name of the file (`names_in_file`, read before the rows), so
// names that come later, or in a school's rows that come back after another school's (M004),
// are known too, and a second run decides as the first did. Without that list (unit tests, or
// a caller that has none), it knows only the current school's names seen so far: they are
// dropped when the school changes, and a school whose rows come back gets no new renames.
class RenameGuard {
 public:
  // The new name for `name`, or nullptr to keep it. `propose(name, out)` returns false for a
  // name the rule does not report (asked again whenever the group appears anew; rows of one
  // group in a row ask once), or true with the repaired name in `out`, or with `out` empty to
  // keep the name: that decision is final for the group.
  //
  // `names_in_file`: the fold hashes of every group name in the file, sorted (the fixer reads
  // them first). When given, a new name is refused if any group of the file has it, whatever
  // the school or year and wherever its rows are, and a school whose rows come back may still
  // be renamed: the first decision is then the one a second run would make. `book`: what every
  // renaming rule did in this run (FixContext::renames): their new names, so a G004 rename and a
  // G007 rename never meet; the renames refused for a name the file has; and whether the
  // current row was renamed.
  template <typename Propose>
  const std::string* decide(std::string_view school, std::string_view year,
                            std::string_view name, Propose&& propose,
                            std::span<const std::uint64_t> names_in_file = {},
                            RenameBook* book = nullptr) {
    if (book != nullptr && !book->has_identity) {
      book->identity.assign(name);
      book->has_identity = true;
    }
    const std::string_view group = book != nullptr ? std::string_view(book->identity) : name;
    const std::string* renamed = decide_once(school, year, name, group,
                                             std::forward<Propose>(propose), names_in_file, book);
    if (renamed != nullptr && book != nullptr) {
      book->row_renamed = true;
      if (!names_in_file.empty()) {
        const std::uint64_t scope = section_evidence_school(school);
        book->renamed_row_to(scoped(scope, *renamed), scoped(scope, group));
      }
    }
    return renamed;
  }

  std::size_t names_tracked() const { return in_use_.size(); }  // for tests: bounded per school

 private:
  template <typename Propose>
  const std::string* decide_once(std::string_view school, std::string_view year,
                                 std::string_view name, std::string_view identity,
                                 Propose&& propose, std::span<const std::uint64_t> names_in_file,
                                 RenameBook* book) {
    if (have_last_ && name == last_name_ && identity == last_identity_ && school == last_school_ &&
        year == last_year_) {
      return last_;
    }
    have_last_ = true;
    last_school_.assign(school);
    last_year_.assign(year);
    last_name_.assign(name);
    last_identity_.assign(identity);
    last_ = nullptr;
    const bool whole_file = !names_in_file.empty();
    if (!whole_file && (!in_school_ || school != current_school_)) enter_school(school);
    // The scope in which two groups must not get one name: the school as the fixer will write
    // it (its digits; the year not at all). Raw values would let `45414` in year `<TAB>2026` and
    // `45414` in `2026` both become `5-2`, one group once the year is trimmed (found by
    // fuzz_fix). Two groups of one school in two years then never get one new name either.
    const std::uint64_t scope = section_evidence_school(school);  // the id's digits, 14 wide
    key_.assign(school).append("\x1f").append(year);
    key_.append("\x1f").append(identity).append("\x1f").append(name);
    const std::uint64_t group = hash64(key_);
    if (const auto it = decided_.find(group); it != decided_.end()) {
      last_ = it->second.empty() ? nullptr : &it->second;
      return last_;
    }
    // With the whole file's names, in_use_ holds only the new names decided (two renames must
    // not meet either); without them, the current school's names seen so far.
    if (!whole_file) in_use_.insert(scoped(scope, name));
    proposed_.clear();
    if (!propose(name, proposed_)) return nullptr;
    std::string& decision = decided_[group];
    // Spellings the database folds together (`=Lab`, `=LAB`) are one group: the first decides
    // for all, so the group is never renamed under one spelling and kept under another. (The
    // name as this rule sees it counts too: an earlier rule may have renamed the group.)
    const std::uint64_t group_fold =
        scoped(scope, identity) ^ (group_name_fold_hash(name, scratch_) * 0xC2B2AE3D27D4EB4FULL);
    const std::uint64_t target = proposed_.empty() ? 0 : scoped(scope, proposed_);
    if (const auto g = group_targets_.find(group_fold); g != group_targets_.end()) {
      if (g->second != 0 && g->second == target) decision = proposed_;
    } else {
      bool free = !reopened_;
      if (whole_file && !proposed_.empty()) {
        // Free when no group of the file has the new name, or has it as G003 would write it
        // (invisible characters out, look-alike letters plain: `'=<NUL>Roster` reads as `'=Roster`).
        const std::uint64_t new_name = group_name_fold_hash(proposed_, scratch_);
        const std::uint64_t plain = plain_fold_hash(proposed_, plain_, scratch_);
        const auto taken_in_file = [&](std::uint64_t h) {
          return std::binary_search(names_in_file.begin(), names_in_file.end(), h);
        };
        free = !taken_in_file(new_name) && !(plain != 0 && taken_in_file(plain));
        if (!free && book != nullptr) book->refused.emplace_back(new_name, plain);
      }
      // New names are shared with the other renaming rules when the caller gives a book.
      auto& taken = book != nullptr && whole_file ? book->targets : in_use_;
      if (free && !proposed_.empty() && taken.insert(target).second) {
        decision = proposed_;
        if (book != nullptr && whole_file) book->target_owner[target] = scoped(scope, identity);
      }
      group_targets_[group_fold] = decision.empty() ? 0 : target;
    }
    last_ = decision.empty() ? nullptr : &decision;
    return last_;
  }

  void enter_school(std::string_view school);
  std::uint64_t scoped(std::uint64_t scope, std::string_view name) {
    return scope ^ (group_name_fold_hash(name, scratch_) * 0x9E3779B97F4A7C15ULL);
  }

  bool have_last_ = false;
  std::string last_school_, last_year_, last_name_, last_identity_;
  const std::string* last_ = nullptr;
  std::string key_, scratch_, proposed_, plain_;
  std::unordered_map<std::uint64_t, std::string> decided_;  // "" = keep the name
  // Per group as the database sees it (scope and folded name): the folded new name, 0 = keep.
  std::unordered_map<std::uint64_t, std::uint64_t> group_targets_;
  std::unordered_set<std::uint64_t> in_use_;  // names of the current school (all its years)
  std::string current_school_;
  bool in_school_ = false;
  bool reopened_ = false;  // the current school's rows came back after another school's
  std::unordered_set<std::uint64_t> left_schools_;  // schools whose rows ended (hash of the id)
};

}  // namespace cerslint::values
