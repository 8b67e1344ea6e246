// C106 unknown-school: CERS-exact rule. The school id is not a school CERS knows (or you may not upload for).
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c106 {

inline constexpr engine::RuleMeta kMeta{
    "C106", "unknown-school", engine::Severity::kError, engine::FixSafety::kSafe,
    "The school id is not a school CERS knows (or you may not upload for)."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kSchoolNotFound;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c106
