// C002 duplicate-header-name: CERS-exact rule. Two header names are the same ignoring case (or two are empty), so CERS says the file is not a valid CSV.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c002 {

inline constexpr engine::RuleMeta kMeta{
    "C002", "duplicate-header-name", engine::Severity::kError, engine::FixSafety::kNone,
    "Two header names are the same ignoring case (or two are empty), so CERS says the file is not a valid CSV."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kDuplicateHeader;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c002
