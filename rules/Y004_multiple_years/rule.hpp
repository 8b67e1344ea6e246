// Y004 multiple-years: The file has groups for more than one school year.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::y004 {

inline constexpr engine::RuleMeta kMeta{
    "Y004", "multiple-years", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The file has groups for more than one school year."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::y004
