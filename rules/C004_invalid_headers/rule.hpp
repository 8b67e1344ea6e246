// C004 invalid-headers: CERS-exact rule. The first six column names are not exactly the CERS names in the CERS order.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c004 {

inline constexpr engine::RuleMeta kMeta{
    "C004", "invalid-headers", engine::Severity::kError, engine::FixSafety::kSafe,
    "The first six column names are not exactly the CERS names in the CERS order."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kInvalidHeaders;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c004
