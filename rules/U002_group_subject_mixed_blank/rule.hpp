// U002 group-subject-mixed-blank: A group gives its subject on some rows and leaves it blank on others: a new group's subject is unpredictable.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::u002 {

inline constexpr engine::RuleMeta kMeta{
    "U002", "group-subject-mixed-blank", engine::Severity::kWarning, engine::FixSafety::kUnsafe,
    "A group gives its subject on some rows and leaves it blank on others: a new group's subject is unpredictable."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::u002
