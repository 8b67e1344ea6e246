// L003 login-mailto-or-display-name: a display name or mailto: around the login.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::l003 {

inline constexpr engine::RuleMeta kMeta{
    "L003", "login-mailto-or-display-name", engine::Severity::kError, engine::FixSafety::kSafe,
    "The login has a display name, angle brackets or mailto: around the address."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::l003
