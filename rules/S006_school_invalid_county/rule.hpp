// S006 school-invalid-county: The school id's county (first two digits) is not a California county (01-58).
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s006 {

inline constexpr engine::RuleMeta kMeta{
    "S006", "school-invalid-county", engine::Severity::kError, engine::FixSafety::kNone,
    "The school id's county (first two digits) is not a California county (01-58)."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s006
