// M003 group-over-200-students: a group has more than 200 students; it must be split.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::m003 {

inline constexpr engine::RuleMeta kMeta{
    "M003", "group-over-200-students", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "A group has more than 200 students; it must be split."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::m003
