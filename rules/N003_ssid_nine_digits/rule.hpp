// N003 ssid-nine-digits: an SSID of 9 digits (lost leading zero?).
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::n003 {

inline constexpr engine::RuleMeta kMeta{
    "N003", "ssid-nine-digits", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The SSID has 9 digits: Excel probably dropped a leading zero."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::n003
