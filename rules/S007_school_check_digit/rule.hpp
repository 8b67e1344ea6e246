// S007 school-check-digit: The school id is unknown and its district or school part fails its check digit: probably a typo.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s007 {

inline constexpr engine::RuleMeta kMeta{
    "S007", "school-check-digit", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The school id is unknown and its district or school part fails its check digit: probably a typo."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s007
