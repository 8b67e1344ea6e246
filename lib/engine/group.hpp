// One group as lint sees it: a run of consecutive rows with the same school, group name and
// year (exact text). The engine counts its members while rows pass by and hands the summary to
// rules when the run ends, so membership rules need no state of their own.
#pragma once

#include <cstdint>
#include <string>

#include "engine/finding.hpp"

namespace cerslint::engine {

struct GroupInfo {
  std::string school;  // exact text of the run's first row
  std::string name;
  std::string year;
  Location first;  // the first row, pointing at its group_name cell
  Location last;   // the last row, pointing at its group_name cell
  std::uint64_t rows = 0;
  std::uint64_t students = 0;  // rows with a non-blank SSID (duplicates count, as in CERS)
  std::uint64_t users = 0;     // rows with a non-blank login
  std::uint64_t blank_subject_rows = 0;  // subject blank (Java isBlank)
  std::uint64_t subject_rows = 0;        // subject not blank
};

}  // namespace cerslint::engine
