// L001 multiple-logins-in-cell: several e-mail addresses in one login cell.
#pragma once

#include <memory>

#include "engine/fix_api.hpp"
#include "engine/rule.hpp"

namespace cerslint::rules::l001 {

inline constexpr engine::RuleMeta kMeta{
    "L001", "multiple-logins-in-cell", engine::Severity::kError, engine::FixSafety::kSafe,
    "One login cell holds several e-mail addresses: none of those users gets access."};

std::unique_ptr<engine::Rule> make();
std::unique_ptr<engine::RowFix> make_fix();

}  // namespace cerslint::rules::l001
