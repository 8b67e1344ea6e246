// F006 line-break-in-value: a quoted value holds a line break: the database loader splits the row there.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::f006 {

inline constexpr engine::RuleMeta kMeta{
    "F006", "line-break-in-value", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "A quoted value holds a line break: the database loader splits the row there."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::f006
