// C003: the coordinator's hint for this CERS failure.
#include "rules/C003_empty_file/rule.hpp"

namespace cerslint::rules::c003 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "CERS needs at least one data row under the header. Check that you exported the right sheet and that no filter hid the rows.";
}

}  // namespace cerslint::rules::c003
