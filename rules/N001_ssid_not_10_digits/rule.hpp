// N001 ssid-not-10-digits: an SSID that is not 10 ASCII digits.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::n001 {

inline constexpr engine::RuleMeta kMeta{
    "N001", "ssid-not-10-digits", engine::Severity::kError, engine::FixSafety::kNone,
    "The student SSID is not 10 digits: CERS stores it and the real student is missing."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::n001
