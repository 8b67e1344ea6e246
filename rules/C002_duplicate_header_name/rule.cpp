// C002: the coordinator's hint for this CERS failure.
#include "rules/C002_duplicate_header_name/rule.hpp"

namespace cerslint::rules::c002 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "Two columns have the same name (ignoring case) or two or more are unnamed, so CERS cannot tell them apart. Delete the extra or empty columns (Excel: select the columns right of group_user_login, right-click > Delete) and save as CSV again.";
}

}  // namespace cerslint::rules::c002
