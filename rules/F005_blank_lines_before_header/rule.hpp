// F005 blank-lines-before-header: empty lines before the header: the database loader skips them instead of the header.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f005 {

inline constexpr engine::RuleMeta kMeta{
    "F005", "blank-lines-before-header", engine::Severity::kError, engine::FixSafety::kSafe,
    "Empty lines before the header: the database loader skips them instead of the header."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f005
