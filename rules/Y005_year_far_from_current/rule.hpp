// Y005 year-far-from-current: The school year is more than one year away from the current school year.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::y005 {

inline constexpr engine::RuleMeta kMeta{
    "Y005", "year-far-from-current", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The school year is more than one year away from the current school year."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::y005
