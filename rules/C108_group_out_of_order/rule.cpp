// C108: the coordinator's hint for this CERS failure.
#include "rules/C108_group_out_of_order/rule.hpp"

namespace cerslint::rules::c108 {

void hint(const cers::Failure& /*failure*/, std::string& out) {
  out += "All rows of one group (same name and year) must be together within its school. CERS reports only the first such place. Sort by school_natural_id, group_name, school_year (Excel: Data > Sort).";
}

}  // namespace cerslint::rules::c108
