// C007 quote-error-crash: CERS-exact rule. A data row has a quote error; CERS fails with no message at all.
// The check itself is the shared CERS validator (lib/cers); this folder adds the metadata, the
// coordinator's hint and the documentation.
#pragma once

#include <string>

#include "cers/validator.hpp"
#include "engine/rule_meta.hpp"

namespace cerslint::rules::c007 {

inline constexpr engine::RuleMeta kMeta{
    "C007", "quote-error-crash", engine::Severity::kError, engine::FixSafety::kNone,
    "A data row has a quote error; CERS fails with no message at all."};
inline constexpr cers::FailureKind kKind = cers::FailureKind::kQuoteErrorCrash;

void hint(const cers::Failure& failure, std::string& out);

}  // namespace cerslint::rules::c007
