// C006 record-missing-fields: CERS-exact rule. A row has too few fields (or a needed column is missing from the header); CERS rejects the file and drops every other message.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c006 {

inline constexpr engine::RuleMeta kMeta{
    "C006", "record-missing-fields", engine::Severity::kError, engine::FixSafety::kNone,
    "A row has too few fields (or a needed column is missing from the header); CERS rejects the file and drops every other message."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kRecordUnreadable;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c006
