// N004 ssid-surrounding-spaces: spaces around the SSID.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::n004 {

inline constexpr engine::RuleMeta kMeta{
    "N004", "ssid-surrounding-spaces", engine::Severity::kInfo, engine::FixSafety::kSafe,
    "The SSID has spaces before or after it (CERS's loader removes them)."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::n004
