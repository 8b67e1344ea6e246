// L005 duplicate-login-in-group: the same login twice in one group.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::l005 {

inline constexpr engine::RuleMeta kMeta{
    "L005", "duplicate-login-in-group", engine::Severity::kInfo, engine::FixSafety::kSafe,
    "The same login appears twice in one group (letter case ignored)."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::l005
