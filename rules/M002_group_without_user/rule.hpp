// M002 group-without-user: a group has students but no user: no teacher gets access to it.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::m002 {

inline constexpr engine::RuleMeta kMeta{
    "M002", "group-without-user", engine::Severity::kWarning, engine::FixSafety::kNone,
    "A group has students but no user: no teacher gets access to it."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::m002
