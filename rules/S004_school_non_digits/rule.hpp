// S004 school-non-digits: The school id contains something other than digits.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s004 {

inline constexpr engine::RuleMeta kMeta{
    "S004", "school-non-digits", engine::Severity::kError, engine::FixSafety::kNone,
    "The school id contains something other than digits."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s004
