// C109 too-many-students: CERS-exact rule. A group has more than 200 student rows.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c109 {

inline constexpr engine::RuleMeta kMeta{
    "C109", "too-many-students", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "A group has more than 200 student rows."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kTooManyStudents;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c109
