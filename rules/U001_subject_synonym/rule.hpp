// U001 subject-synonym: The subject is a synonym or near miss of a CERS subject code (Mathematics, English, Math with a no-break space).
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::u001 {

inline constexpr engine::RuleMeta kMeta{
    "U001", "subject-synonym", engine::Severity::kError, engine::FixSafety::kUnsafe,
    "The subject is a synonym or near miss of a CERS subject code (Mathematics, English, Math with a no-break space)."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::u001
