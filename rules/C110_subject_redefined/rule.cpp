// C110: the coordinator's hint for this CERS failure.
#include "rules/C110_subject_redefined/rule.hpp"

namespace cerslint::rules::c110 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "A group has one subject: the first non-blank subject sets it. Give every row of the group the same subject (or leave later rows blank), or give the two groups different names.";
}

}  // namespace cerslint::rules::c110
