// G002 group-names-collide: two group names in one school and year differ only by letter case or spaces.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::g002 {

inline constexpr engine::RuleMeta kMeta{
    "G002", "group-names-collide", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "Two group names in one school and year differ only by letter case or spaces."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::g002
