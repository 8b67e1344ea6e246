// C108 group-out-of-order: CERS-exact rule. A group's rows appear in two separate blocks within one school.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c108 {

inline constexpr engine::RuleMeta kMeta{
    "C108", "group-out-of-order", engine::Severity::kError, engine::FixSafety::kSafe,
    "A group's rows appear in two separate blocks within one school."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kRecordOutOfOrder;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c108
