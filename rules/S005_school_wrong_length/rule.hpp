// S005 school-wrong-length: The school id is digits, but not 14 of them.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s005 {

inline constexpr engine::RuleMeta kMeta{
    "S005", "school-wrong-length", engine::Severity::kError, engine::FixSafety::kNone,
    "The school id is digits, but not 14 of them."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s005
