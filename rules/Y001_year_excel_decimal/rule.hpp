// Y001 year-excel-decimal: The school year is an Excel decimal number (2025.0): CERS needs a whole number.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::y001 {

inline constexpr engine::RuleMeta kMeta{
    "Y001", "year-excel-decimal", engine::Severity::kError, engine::FixSafety::kSafe,
    "The school year is an Excel decimal number (2025.0): CERS needs a whole number."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::y001
