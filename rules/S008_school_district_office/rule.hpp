// S008 school-district-office: The school id is a district or county office code (school part 0000000), not a school.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s008 {

inline constexpr engine::RuleMeta kMeta{
    "S008", "school-district-office", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The school id is a district or county office code (school part 0000000), not a school."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s008
