// S011 school-not-in-directory: The school id is not in any CDE directory snapshot cerslint knows.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s011 {

inline constexpr engine::RuleMeta kMeta{
    "S011", "school-not-in-directory", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The school id is not in any CDE directory snapshot cerslint knows."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s011
