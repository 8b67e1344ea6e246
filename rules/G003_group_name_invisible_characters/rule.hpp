// G003 group-name-invisible-characters: the group name holds an invisible or look-alike character (no-break space, smart quote, Cyrillic letter).
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::g003 {

inline constexpr engine::RuleMeta kMeta{
    "G003", "group-name-invisible-characters", engine::Severity::kWarning, engine::FixSafety::kUnsafe,
    "The group name holds an invisible or look-alike character (no-break space, Cyrillic е)."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::g003
