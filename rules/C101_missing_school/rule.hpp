// C101 missing-school: CERS-exact rule. The school_natural_id is empty (or only spaces).
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c101 {

inline constexpr engine::RuleMeta kMeta{
    "C101", "missing-school", engine::Severity::kError, engine::FixSafety::kNone,
    "The school_natural_id is empty (or only spaces)."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kMissingSchool;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c101
