// The rule registry: one line per rule folder. Order is the order of `cerslint rules`.
// A test (rules_registry_test) fails when folders, this list and the docs disagree.
#include "engine/rule.hpp"

#include "rules/C001_header_unreadable/rule.hpp"
#include "rules/C002_duplicate_header_name/rule.hpp"
#include "rules/C003_empty_file/rule.hpp"
#include "rules/C004_invalid_headers/rule.hpp"
#include "rules/C005_short_header_crash/rule.hpp"
#include "rules/C006_record_missing_fields/rule.hpp"
#include "rules/C007_quote_error_crash/rule.hpp"
#include "rules/C101_missing_school/rule.hpp"
#include "rules/C102_missing_group_name/rule.hpp"
#include "rules/C103_missing_school_year/rule.hpp"
#include "rules/C104_invalid_school_year/rule.hpp"
#include "rules/C105_invalid_subject/rule.hpp"
#include "rules/C106_unknown_school/rule.hpp"
#include "rules/C107_school_out_of_order/rule.hpp"
#include "rules/C108_group_out_of_order/rule.hpp"
#include "rules/C109_too_many_students/rule.hpp"
#include "rules/C110_subject_redefined/rule.hpp"

// F: file and encoding
#include "rules/F001_not_utf8/rule.hpp"
#include "rules/F002_utf16_file/rule.hpp"
#include "rules/F003_wrong_delimiter/rule.hpp"
#include "rules/F004_mixed_line_endings/rule.hpp"
#include "rules/F005_blank_lines_before_header/rule.hpp"
#include "rules/F006_line_break_in_value/rule.hpp"
#include "rules/F007_backslash_in_value/rule.hpp"
#include "rules/F008_empty_row/rule.hpp"
#include "rules/F009_extra_columns/rule.hpp"
#include "rules/F010_header_case_or_spaces/rule.hpp"
#include "rules/F011_too_many_rows/rule.hpp"
// end F

// S: school id (CDS code)
#include "rules/S001_school_scientific_notation/rule.hpp"
#include "rules/S002_school_leading_zero_dropped/rule.hpp"
#include "rules/S003_school_surrounding_spaces/rule.hpp"
#include "rules/S004_school_non_digits/rule.hpp"
#include "rules/S005_school_wrong_length/rule.hpp"
#include "rules/S006_school_invalid_county/rule.hpp"
#include "rules/S007_school_check_digit/rule.hpp"
#include "rules/S008_school_district_office/rule.hpp"
#include "rules/S009_school_private_or_out_of_state/rule.hpp"
#include "rules/S010_school_closed_or_merged/rule.hpp"
#include "rules/S011_school_not_in_directory/rule.hpp"
// end S

// Y: school year
#include "rules/Y001_year_excel_decimal/rule.hpp"
#include "rules/Y002_year_range/rule.hpp"
#include "rules/Y003_year_odd_form/rule.hpp"
#include "rules/Y004_multiple_years/rule.hpp"
#include "rules/Y005_year_far_from_current/rule.hpp"
// end Y

// U: subject
#include "rules/U001_subject_synonym/rule.hpp"
#include "rules/U002_group_subject_mixed_blank/rule.hpp"
#include "rules/U003_group_subject_all_blank/rule.hpp"
// end U

// N: student SSID
#include "rules/N001_ssid_not_10_digits/rule.hpp"
#include "rules/N002_ssid_scientific_notation/rule.hpp"
#include "rules/N003_ssid_nine_digits/rule.hpp"
#include "rules/N004_ssid_surrounding_spaces/rule.hpp"
#include "rules/N005_duplicate_student_in_group/rule.hpp"
#include "rules/N006_student_and_login_in_row/rule.hpp"
// end N

// L: login (e-mail)
#include "rules/L001_multiple_logins_in_cell/rule.hpp"
#include "rules/L002_login_not_email/rule.hpp"
#include "rules/L003_login_mailto_or_display_name/rule.hpp"
#include "rules/L004_login_whitespace/rule.hpp"
#include "rules/L005_duplicate_login_in_group/rule.hpp"
// end L

// G: group name
#include "rules/G001_group_name_spaces/rule.hpp"
#include "rules/G002_group_names_collide/rule.hpp"
#include "rules/G003_group_name_invisible_characters/rule.hpp"
#include "rules/G004_group_name_excel_date/rule.hpp"
#include "rules/G005_group_name_too_long/rule.hpp"
#include "rules/G006_group_name_outside_bmp/rule.hpp"
#include "rules/G007_group_name_formula_prefix/rule.hpp"
// end G

// M: group membership
#include "rules/M001_group_emptied/rule.hpp"
#include "rules/M002_group_without_user/rule.hpp"
#include "rules/M003_group_over_200_students/rule.hpp"
#include "rules/M004_rows_not_contiguous/rule.hpp"
// end M

namespace cerslint::engine {
namespace {

using namespace cerslint::rules;  // NOLINT: every entry names its rule's namespace

#define CERS_RULE(ns) RuleEntry{&ns::kMeta, ns::kKind, &ns::hint, nullptr, nullptr}
#define LINT_RULE(ns) RuleEntry{&ns::kMeta, std::nullopt, nullptr, &ns::make, nullptr}
// A lint rule whose folder also provides `make_fix()` (a row-level repair for `cerslint fix`).
#define FIXABLE_RULE(ns) RuleEntry{&ns::kMeta, std::nullopt, nullptr, &ns::make, &ns::make_fix}

const RuleEntry kRules[] = {
    CERS_RULE(c001),
    CERS_RULE(c002),
    CERS_RULE(c003),
    CERS_RULE(c004),
    CERS_RULE(c005),
    CERS_RULE(c006),
    CERS_RULE(c007),
    CERS_RULE(c101),
    CERS_RULE(c102),
    CERS_RULE(c103),
    CERS_RULE(c104),
    CERS_RULE(c105),
    CERS_RULE(c106),
    CERS_RULE(c107),
    CERS_RULE(c108),
    CERS_RULE(c109),
    CERS_RULE(c110),

    // F: file and encoding
    LINT_RULE(f001),
    LINT_RULE(f002),
    LINT_RULE(f003),
    LINT_RULE(f004),
    LINT_RULE(f005),
    FIXABLE_RULE(f006),
    FIXABLE_RULE(f007),
    FIXABLE_RULE(f008),
    LINT_RULE(f009),
    LINT_RULE(f010),
    LINT_RULE(f011),
    // end F

    // S: school id (CDS code)
    LINT_RULE(s001),
    FIXABLE_RULE(s002),
    FIXABLE_RULE(s003),
    LINT_RULE(s004),
    LINT_RULE(s005),
    LINT_RULE(s006),
    LINT_RULE(s007),
    LINT_RULE(s008),
    LINT_RULE(s009),
    LINT_RULE(s010),
    LINT_RULE(s011),
    // end S

    // Y: school year
    FIXABLE_RULE(y001),
    FIXABLE_RULE(y002),
    FIXABLE_RULE(y003),
    LINT_RULE(y004),
    LINT_RULE(y005),
    // end Y

    // U: subject
    FIXABLE_RULE(u001),
    LINT_RULE(u002),
    LINT_RULE(u003),
    // end U

    // N: student SSID
    LINT_RULE(n001),
    LINT_RULE(n002),
    LINT_RULE(n003),
    FIXABLE_RULE(n004),
    LINT_RULE(n005),
    LINT_RULE(n006),
    // end N

    // L: login (e-mail)
    FIXABLE_RULE(l001),
    LINT_RULE(l002),
    FIXABLE_RULE(l003),
    FIXABLE_RULE(l004),
    LINT_RULE(l005),
    // end L

    // G: group name
    FIXABLE_RULE(g001),
    LINT_RULE(g002),
    FIXABLE_RULE(g003),
    FIXABLE_RULE(g004),
    LINT_RULE(g005),
    FIXABLE_RULE(g006),
    FIXABLE_RULE(g007),
    // end G

    // M: group membership
    LINT_RULE(m001),
    LINT_RULE(m002),
    LINT_RULE(m003),
    LINT_RULE(m004),
    // end M
};

#undef CERS_RULE
#undef LINT_RULE
#undef FIXABLE_RULE

}  // namespace

std::span<const RuleEntry> registry() { return kRules; }

}  // namespace cerslint::engine
