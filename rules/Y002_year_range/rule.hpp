// Y002 year-range: The school year is a range (2024-25): CERS needs the end year (2025).
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::y002 {

inline constexpr engine::RuleMeta kMeta{
    "Y002", "year-range", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "The school year is a range (2024-25): CERS needs the end year (2025)."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::y002
