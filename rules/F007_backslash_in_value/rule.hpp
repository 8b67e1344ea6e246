// F007 backslash-in-value: a value holds a backslash, which the database loader reads as an escape character.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::f007 {

inline constexpr engine::RuleMeta kMeta{
    "F007", "backslash-in-value", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "A value holds a backslash, which the database loader reads as an escape character."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::f007
