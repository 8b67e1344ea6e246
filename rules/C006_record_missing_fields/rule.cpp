// C006: explains the "not a valid CSV" message CERS gives for short rows and missing columns.
#include "rules/C006_record_missing_fields/rule.hpp"

#include "text/java_text.hpp"

namespace cerslint::rules::c006 {

void hint(const cers::Failure& failure, std::string& out) {
  const reader::Record* r = failure.record;
  if (r != nullptr && r->size() == 1 && text::is_blank(r->value(0))) {
    out += "This line holds only spaces or tabs, so CERS reads it as a row with one value. "
           "Delete the line. ";
  } else if (r != nullptr && r->size() < 6) {
    out += "This row has " + std::to_string(r->size()) +
           " values; CERS needs at least five (six with group_user_login). Add the missing "
           "commas. ";
  } else {
    out += "The header lacks a column CERS reads by name (school_natural_id, group_name, "
           "school_year, subject_code or student_ssid). Fix the header. ";
  }
  out += "CERS reports this as \"Row: 0\" and drops every other message, so fix this first.";
}

}  // namespace cerslint::rules::c006
