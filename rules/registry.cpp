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
// end F

// S: school id (CDS code)
// end S

// Y: school year
// end Y

// U: subject
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
    // end F

    // S: school id (CDS code)
    // end S

    // Y: school year
    // end Y

    // U: subject
    // end U

    // N: student SSID
    LINT_RULE(n001),
    LINT_RULE(n002),
    LINT_RULE(n003),
    LINT_RULE(n004),
    LINT_RULE(n005),
    LINT_RULE(n006),
    // end N

    // L: login (e-mail)
    LINT_RULE(l001),
    LINT_RULE(l002),
    LINT_RULE(l003),
    LINT_RULE(l004),
    LINT_RULE(l005),
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
