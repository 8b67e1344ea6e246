// F003 wrong-delimiter: the header is separated by tabs, semicolons or bars instead of commas.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f003 {

inline constexpr engine::RuleMeta kMeta{
    "F003", "wrong-delimiter", engine::Severity::kError, engine::FixSafety::kNone,
    "The header is separated by tabs, semicolons or bars instead of commas."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f003
