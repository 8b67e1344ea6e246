// G005 group-name-too-long: the group name is longer than the 255 characters the database stores.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::g005 {

inline constexpr engine::RuleMeta kMeta{
    "G005", "group-name-too-long", engine::Severity::kError, engine::FixSafety::kNone,
    "The group name is longer than the 255 characters the database stores."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::g005
