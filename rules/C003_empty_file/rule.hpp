// C003 empty-file: CERS-exact rule. The file has no data rows after the header.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c003 {

inline constexpr engine::RuleMeta kMeta{
    "C003", "empty-file", engine::Severity::kError, engine::FixSafety::kNone,
    "The file has no data rows after the header."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kEmptyFile;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c003
