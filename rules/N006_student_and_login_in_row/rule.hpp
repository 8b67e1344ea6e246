// N006 student-and-login-in-row: one row names both a student and a user.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::n006 {

inline constexpr engine::RuleMeta kMeta{
    "N006", "student-and-login-in-row", engine::Severity::kInfo, engine::FixSafety::kNone,
    "A row gives both a student SSID and a user login: allowed, but it adds both."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::n006
