// C101: the coordinator's hint for this CERS failure.
#include "rules/C101_missing_school/rule.hpp"

namespace cerslint::rules::c101 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "Every row needs the school's 14-digit CDS code. If this is an empty leftover row (Excel saves \",,,,,\" rows when cells below the data were touched), delete it.";
}

}  // namespace cerslint::rules::c101
