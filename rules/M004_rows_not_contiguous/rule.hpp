// M004 rows-not-contiguous: a school's or a group's rows come back after other rows: sort by school, group, year.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::m004 {

inline constexpr engine::RuleMeta kMeta{
    "M004", "rows-not-contiguous", engine::Severity::kError, engine::FixSafety::kSafe,
    "A school's or a group's rows come back after other rows: sort by school, group, year."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::m004
