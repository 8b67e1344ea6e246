// U002's view of the whole file, for the full pipeline: for each group (school, name and year
// as written), the one subject its rows name, or that they name two. A blank subject is filled
// from this, wherever the row stands: inside its group's block or attached to another block (a
// row of a school CERS does not know, inside a known school's block). A decision per block
// changed when rows moved, so a second run filled more (found by fuzz_fix).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/fix_api.hpp"

namespace cerslint::fix {

// The subjects one group names: the first (stripped), and whether another differs from it
// (ignoring case). U002 fills blank subjects only from a group that names exactly one.
class SubjectVote {
 public:
  void add(std::string_view stripped_subject);
  // The one subject named, or nullptr (none, or two).
  const std::string* subject() const { return subject_.empty() || conflict_ ? nullptr : &subject_; }

 private:
  std::string subject_;
  bool conflict_ = false;
};

class SubjectTally {
 public:
  // Rows U002 fills at all: a school, a group name and a year that is a number (CERS skips the
  // others, so they make no group).
  static bool fillable(const engine::EditRow& row);
  void add(const engine::EditRow& row);
  // The subject for a blank subject of `row`'s group, or nullptr (none named, or two).
  const std::string* subject_for(const engine::EditRow& row);

 private:
  std::uint64_t key_of(const engine::EditRow& row);
  // By a 64-bit hash of the key: 8 bytes a group instead of its text (a collision would need
  // billions of groups to be likely).
  std::unordered_map<std::uint64_t, SubjectVote> groups_;
  std::string key_;
};

}  // namespace cerslint::fix
