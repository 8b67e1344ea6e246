// N005 duplicate-student-in-group: the same SSID twice in one group.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::n005 {

inline constexpr engine::RuleMeta kMeta{
    "N005", "duplicate-student-in-group", engine::Severity::kWarning, engine::FixSafety::kSafe,
    "The same SSID appears twice in one group: it counts twice toward the 200 limit."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::n005
