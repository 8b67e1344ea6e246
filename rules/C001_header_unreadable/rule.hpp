// C001 header-unreadable: CERS-exact rule. The header line has a quote error, so CERS cannot read the file at all.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c001 {

inline constexpr engine::RuleMeta kMeta{
    "C001", "header-unreadable", engine::Severity::kError, engine::FixSafety::kNone,
    "The header line has a quote error, so CERS cannot read the file at all."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kHeaderUnreadable;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c001
