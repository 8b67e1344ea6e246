// G007 group-name-formula-prefix: the group name starts with =, +, - or @: spreadsheets read it as a formula.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::g007 {

inline constexpr engine::RuleMeta kMeta{
    "G007", "group-name-formula-prefix", engine::Severity::kWarning, engine::FixSafety::kUnsafe,
    "The group name starts with =, +, - or @: spreadsheets read it as a formula."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::g007
