// C107 school-out-of-order: CERS-exact rule. A school's rows appear in two separate blocks.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c107 {

inline constexpr engine::RuleMeta kMeta{
    "C107", "school-out-of-order", engine::Severity::kError, engine::FixSafety::kSafe,
    "A school's rows appear in two separate blocks."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kSchoolOutOfOrder;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c107
