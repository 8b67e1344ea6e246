// C110 subject-redefined: CERS-exact rule. Rows of one group give different subjects.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c110 {

inline constexpr engine::RuleMeta kMeta{
    "C110", "subject-redefined", engine::Severity::kError, engine::FixSafety::kNone,
    "Rows of one group give different subjects."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kSubjectRedefined;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c110
