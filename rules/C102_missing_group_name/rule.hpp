// C102 missing-group-name: CERS-exact rule. The group_name is empty (or only spaces).
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c102 {

inline constexpr engine::RuleMeta kMeta{
    "C102", "missing-group-name", engine::Severity::kError, engine::FixSafety::kNone,
    "The group_name is empty (or only spaces)."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kMissingGroupName;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c102
