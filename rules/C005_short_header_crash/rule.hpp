// C005 short-header-crash: CERS-exact rule. The header has fewer than six columns; CERS fails with no message at all.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c005 {

inline constexpr engine::RuleMeta kMeta{
    "C005", "short-header-crash", engine::Severity::kError, engine::FixSafety::kNone,
    "The header has fewer than six columns; CERS fails with no message at all."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kShortHeaderCrash;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c005
