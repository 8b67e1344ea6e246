// S003 school-surrounding-spaces: The school id has spaces or invisible characters around it; CERS compares it exactly.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::s003 {

inline constexpr engine::RuleMeta kMeta{
    "S003", "school-surrounding-spaces", engine::Severity::kError, engine::FixSafety::kSafe,
    "The school id has spaces or invisible characters around it; CERS compares it exactly."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::s003
