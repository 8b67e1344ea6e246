// G001 group-name-spaces: the group name has spaces or other whitespace at its start or end.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::g001 {

inline constexpr engine::RuleMeta kMeta{
    "G001", "group-name-spaces", engine::Severity::kWarning, engine::FixSafety::kSafe,
    "The group name has spaces or other whitespace at its start or end."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::g001
