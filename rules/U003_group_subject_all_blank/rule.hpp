// U003 group-subject-all-blank: A group gives no subject on any row: CERS files it under ALL.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::u003 {

inline constexpr engine::RuleMeta kMeta{
    "U003", "group-subject-all-blank", engine::Severity::kInfo, engine::FixSafety::kNone,
    "A group gives no subject on any row: CERS files it under ALL."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::u003
