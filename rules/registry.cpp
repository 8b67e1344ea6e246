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
// end S

// Y: school year
// end Y

// U: subject
// end U

// N: student SSID
#include "rules/N006_student_and_login_in_row/rule.hpp"
// end N

// L: login (e-mail)
// end L

// G: group name
// end G

// M: group membership
// end M

namespace cerslint::engine {
namespace {

using namespace cerslint::rules;  // NOLINT: every entry names its rule's namespace

#define CERS_RULE(ns) RuleEntry{&ns::kMeta, ns::kKind, &ns::hint, nullptr}
#define LINT_RULE(ns) RuleEntry{&ns::kMeta, std::nullopt, nullptr, &ns::make}

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
    LINT_RULE(f006),
    LINT_RULE(f007),
    LINT_RULE(f008),
    LINT_RULE(f009),
    LINT_RULE(f010),
    LINT_RULE(f011),
    // end F

    // S: school id (CDS code)
    // end S

    // Y: school year
    // end Y

    // U: subject
    // end U

    // N: student SSID
    LINT_RULE(n006),
    // end N

    // L: login (e-mail)
    // end L

    // G: group name
    // end G

    // M: group membership
    // end M
};

#undef CERS_RULE
#undef LINT_RULE

}  // namespace

std::span<const RuleEntry> registry() { return kRules; }

}  // namespace cerslint::engine
