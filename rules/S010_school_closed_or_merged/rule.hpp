// S010 school-closed-or-merged: The school id is a school the CDE directory lists as closed or merged.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s010 {

inline constexpr engine::RuleMeta kMeta{
    "S010", "school-closed-or-merged", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The school id is a school the CDE directory lists as closed or merged."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s010
