// C105 invalid-subject: CERS-exact rule. The subject_code is not one of CERS's subject codes (Math, ELA, ELPAC) or ALL.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c105 {

inline constexpr engine::RuleMeta kMeta{
    "C105", "invalid-subject", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "The subject_code is not one of CERS's subject codes (Math, ELA, ELPAC) or ALL."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kInvalidSubject;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c105
