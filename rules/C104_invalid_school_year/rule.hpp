// C104 invalid-school-year: CERS-exact rule. The school year is a number CERS does not know.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c104 {

inline constexpr engine::RuleMeta kMeta{
    "C104", "invalid-school-year", engine::Severity::kError, engine::FixSafety::kNone,
    "The school year is a number CERS does not know."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kInvalidSchoolYear;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c104
