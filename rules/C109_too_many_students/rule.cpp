// C109: the coordinator's hint for this CERS failure.
#include "rules/C109_too_many_students/rule.hpp"

namespace cerslint::rules::c109 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "CERS allows at most 200 students per group and counts every row with an SSID, duplicates included. Remove duplicate student rows or split the group in two (list the teacher on both).";
}

}  // namespace cerslint::rules::c109
