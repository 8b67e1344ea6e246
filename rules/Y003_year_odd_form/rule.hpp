// Y003 year-odd-form: The school year has a plus sign, leading zeros or non-ASCII digits: CERS reads it, others may not.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::y003 {

inline constexpr engine::RuleMeta kMeta{
    "Y003", "year-odd-form", engine::Severity::kWarning, engine::FixSafety::kSafe,
    "The school year has a plus sign, leading zeros or non-ASCII digits: CERS reads it, others may not."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::y003
