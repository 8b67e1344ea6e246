// G004 group-name-excel-date: the group name looks like a section code Excel turned into a date (1-May, 45413).
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::g004 {

inline constexpr engine::RuleMeta kMeta{
    "G004", "group-name-excel-date", engine::Severity::kWarning, engine::FixSafety::kUnsafe,
    "The group name looks like a section code Excel turned into a date (1-May, 45413)."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::g004
