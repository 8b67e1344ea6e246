// S001 school-scientific-notation: The school id is in Excel's scientific notation (1.61177E+12): its digits are lost.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s001 {

inline constexpr engine::RuleMeta kMeta{
    "S001", "school-scientific-notation", engine::Severity::kError, engine::FixSafety::kNone,
    "The school id is in Excel's scientific notation (1.61177E+12): its digits are lost."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s001
