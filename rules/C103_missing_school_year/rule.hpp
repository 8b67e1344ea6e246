// C103 missing-school-year: CERS-exact rule. The school_year is not a whole number (empty, `2025.0`, ` 2025`, `2024-25`).
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c103 {

inline constexpr engine::RuleMeta kMeta{
    "C103", "missing-school-year", engine::Severity::kError, engine::FixSafety::kSafe,
    "The school_year is not a whole number (empty, `2025.0`, ` 2025`, `2024-25`)."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kMissingSchoolYear;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c103
