// C102: the coordinator's hint for this CERS failure.
#include "rules/C102_missing_group_name/rule.hpp"

namespace cerslint::rules::c102 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "Every row needs its group name. If this is an empty leftover row, delete it.";
}

}  // namespace cerslint::rules::c102
