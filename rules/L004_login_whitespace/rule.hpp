// L004 login-whitespace: whitespace around or invisible characters in the login.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::l004 {

inline constexpr engine::RuleMeta kMeta{
    "L004", "login-whitespace", engine::Severity::kWarning, engine::FixSafety::kSafe,
    "The login has spaces around it or invisible characters in it."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::l004
