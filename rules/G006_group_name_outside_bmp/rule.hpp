// G006 group-name-outside-bmp: the group name holds an emoji or other character the database cannot store.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::g006 {

inline constexpr engine::RuleMeta kMeta{
    "G006", "group-name-outside-bmp", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "The group name holds an emoji or other character the database cannot store."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::g006
