// L002 login-not-email: a login that is not an e-mail address.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::l002 {

inline constexpr engine::RuleMeta kMeta{
    "L002", "login-not-email", engine::Severity::kError, engine::FixSafety::kNone,
    "The login is not an e-mail address: no user can get access with it."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::l002
