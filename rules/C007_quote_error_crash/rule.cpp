// C007: the coordinator's hint for this CERS failure.
#include "rules/C007_quote_error_crash/rule.hpp"

namespace cerslint::rules::c007 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "A value that starts with a quote (\") must end with a quote just before the comma or line end. The real CERS crashes here and shows only \"Failed to upload groups to server.\" with no row number. Remove or close the stray quote in a text editor.";
}

}  // namespace cerslint::rules::c007
