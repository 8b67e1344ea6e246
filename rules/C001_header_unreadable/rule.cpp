// C001: the coordinator's hint for this CERS failure.
#include "rules/C001_header_unreadable/rule.hpp"

namespace cerslint::rules::c001 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "Fix the quotes on the first line in a text editor (not Excel) so it reads exactly: ";
  out += cers::kExpectedHeader;
}

}  // namespace cerslint::rules::c001
