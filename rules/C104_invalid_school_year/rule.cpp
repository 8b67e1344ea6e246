// C104: the coordinator's hint for this CERS failure.
#include "rules/C104_invalid_school_year/rule.hpp"

namespace cerslint::rules::c104 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "CERS knows school years by their end year (2026 = 2025-26). Use the end year of the school year these groups are for.";
}

}  // namespace cerslint::rules::c104
