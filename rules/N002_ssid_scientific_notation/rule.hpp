// N002 ssid-scientific-notation: an SSID in Excel's scientific notation.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::n002 {

inline constexpr engine::RuleMeta kMeta{
    "N002", "ssid-scientific-notation", engine::Severity::kError, engine::FixSafety::kNone,
    "The SSID is in Excel's scientific notation (9.00001E+09): its digits are lost."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::n002
