// F008 empty-row: a row with every field blank (Excel's trailing ,,,,, rows): CERS rejects it.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::f008 {

inline constexpr engine::RuleMeta kMeta{
    "F008", "empty-row", engine::Severity::kError, engine::FixSafety::kSafe,
    "A row with every field blank (Excel's trailing ,,,,, rows): CERS rejects it."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::f008
