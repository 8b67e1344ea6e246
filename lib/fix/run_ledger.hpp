// The full pipeline's proof that nobody was lost: memberships of a row sequence, counted the
// same way for what the fixer meant to write and for what a fresh reading of the output says.
// Per run of rows with one (school, group name, year): the sum of the distinct member hashes
// (blank SSIDs and logins are no members); and the number of runs. Two ledgers are equal when
// both agree, so a student or user lost, added, or moved to another group shows.
//
// Every row of the file passes twice, so the cost per row matters: the run's three values are
// compared in place and hashed once per run, and each distinct member's hash joins the sum as
// it is first seen (a flat table, no allocation per member).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fix/member_hash.hpp"
#include "text/java_text.hpp"
#include "values/ssid.hpp"  // FirstRowMap

namespace cerslint::fix {

class RunLedger {
 public:
  void add(std::string_view school, std::string_view name, std::string_view year,
           std::string_view ssid, std::string_view login) {
    if (runs_ == 0 || school != school_ || name != name_ || year != year_) {
      school_.assign(school);
      name_.assign(name);
      year_.assign(year);
      run_ = MemberHasher(school, name, year);
      members_.release_if_larger_than(values::FirstRowMap::kKeepSlots);  // empties it
      ++runs_;
    }
    if (!text::is_blank(ssid)) note(run_.member('S', ssid));
    if (!text::is_blank(login)) note(run_.member('L', login));
  }
  bool operator==(const RunLedger& o) const { return sum_ == o.sum_ && runs_ == o.runs_; }
  std::uint64_t runs() const { return runs_; }

 private:
  void note(std::uint64_t member) {
    if (members_.find_or_insert(member, 1) == 0) sum_ += member;  // 0: not in this run yet
  }

  std::string school_, name_, year_;  // the current run's
  MemberHasher run_{{}, {}, {}};
  values::FirstRowMap members_;  // the current run's member hashes, as a set
  std::uint64_t sum_ = 0;
  std::uint64_t runs_ = 0;
};

}  // namespace cerslint::fix
