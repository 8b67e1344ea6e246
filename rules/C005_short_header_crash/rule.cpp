// C005: the coordinator's hint for this CERS failure.
#include "rules/C005_short_header_crash/rule.hpp"

namespace cerslint::rules::c005 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "The header has fewer than the six CERS columns; the real CERS crashes on this and shows only \"Failed to upload groups to server.\" Add the missing names: ";
  out += cers::kExpectedHeader;
}

}  // namespace cerslint::rules::c005
