// C107: the coordinator's hint for this CERS failure.
#include "rules/C107_school_out_of_order/rule.hpp"

namespace cerslint::rules::c107 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "All rows of one school must be together. Sort by school_natural_id, group_name, school_year (Excel: Data > Sort) before saving.";
}

}  // namespace cerslint::rules::c107
