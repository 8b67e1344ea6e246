// F011 too-many-rows: more than 100 000 data rows: the upload may time out.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f011 {

inline constexpr engine::RuleMeta kMeta{
    "F011", "too-many-rows", engine::Severity::kWarning, engine::FixSafety::kNone,
    "More than 100 000 data rows: the upload may time out."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f011
