// S002 school-leading-zero-dropped: The school id has 13 digits: Excel dropped the leading zero of a known school's code.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::s002 {

inline constexpr engine::RuleMeta kMeta{
    "S002", "school-leading-zero-dropped", engine::Severity::kError, engine::FixSafety::kSafe,
    "The school id has 13 digits: Excel dropped the leading zero of a known school's code."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::s002
