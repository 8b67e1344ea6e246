// C106: the most common CERS rejection. Tells Excel damage (scientific notation, a dropped
// leading zero, spaces) apart from codes that are real but not schools CERS will take.
#include "rules/C106_unknown_school/rule.hpp"

#include <algorithm>

#include "directory/school_directory.hpp"
#include "text/java_text.hpp"
#include "values/values.hpp"

namespace cerslint::rules::c106 {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string named(const directory::SchoolInfo& info) {
  return info.name.empty() ? std::string() : " (" + std::string(info.name) + ")";
}

}  // namespace

void hint(const cers::Failure& failure, std::string& out) {
  using directory::SchoolStatus;
  const std::string value(failure.value);
  const std::string_view stripped = text::strip(value);
  // The shared scanner (S001's), not a std::regex: compiling one cost 2 ms on the first unknown
  // school of every run.
  if (values::is_scientific_notation(stripped)) {
    out += "Excel showed this 14-digit id in scientific notation and the CSV was saved that way: "
           "the digits are lost and cannot be recovered from this file. Fix it in the workbook: "
           "select the school_natural_id column, Format Cells > Text (or custom format "
           "00000000000000), re-enter the codes, then Save As \"CSV UTF-8\". "
           "`cerslint fix --reference OLD.csv` can restore ids from an earlier good file.";
    return;
  }
  if (stripped.size() != value.size()) {
    out += "The id has spaces or tabs around it; CERS compares the text exactly. Remove them";
    out += stripped.empty() ? "." : " (`cerslint fix` does).";
    return;
  }
  if (value.size() == 13 && all_digits(value)) {
    const auto info = directory::lookup_school("0" + value);
    if (info.status != SchoolStatus::kUnknown) {
      out += "Excel dropped the leading zero: the code is 0" + value + named(info) +
             ". Counties 01-09 start with 0. Format the column as Text before typing or pasting "
             "ids; `cerslint fix` pads it for you.";
      return;
    }
  }
  if (value.size() == 14 && all_digits(value)) {
    const auto info = directory::lookup_school(value);
    switch (info.status) {
      case SchoolStatus::kDistrictOffice:
        out += "This is a district or county office code" + named(info) +
               ", not a school. Use the 14-digit code of the school the group belongs to.";
        return;
      case SchoolStatus::kPrivate:
        out += "This is a private or out-of-state school" + named(info) +
               " in the CDE directory; CERS groups are for public schools.";
        return;
      case SchoolStatus::kClosed:
      case SchoolStatus::kMerged:
      case SchoolStatus::kFormerlyActive:
        out += "This school" + named(info) +
               " is closed or merged according to the CDE directory. Use the school's current "
               "code.";
        return;
      case SchoolStatus::kActivePublic:
      case SchoolStatus::kPendingPublic:
        out += "This is an open public school" + named(info) +
               ", but not in the list of schools you may upload for (--schools). CERS answers "
               "the same when your account lacks permission for a school.";
        return;
      case SchoolStatus::kUnknown:
        out += "No school has this code in the CDE directory (2026-04-06 snapshot). Check it for "
               "a typo against the CDE school directory.";
        return;
    }
  }
  out += "A school id is the 14-digit CDS code (2-digit county, 5-digit district, 7-digit "
         "school), digits only, as text.";
}

}  // namespace cerslint::rules::c106
