// M001 group-emptied: a group has no students and no users: this upload empties it.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::m001 {

inline constexpr engine::RuleMeta kMeta{
    "M001", "group-emptied", engine::Severity::kWarning, engine::FixSafety::kNone,
    "A group has no students and no users: this upload empties it."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::m001
