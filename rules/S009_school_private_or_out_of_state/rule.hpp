// S009 school-private-or-out-of-state: The school id is a private or out-of-state school in the CDE directory.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::s009 {

inline constexpr engine::RuleMeta kMeta{
    "S009", "school-private-or-out-of-state", engine::Severity::kWarning, engine::FixSafety::kNone,
    "The school id is a private or out-of-state school in the CDE directory."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::s009
