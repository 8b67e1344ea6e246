// F004 mixed-line-endings: lines end in different ways (CRLF, LF, CR): the database loader merges or damages rows.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f004 {

inline constexpr engine::RuleMeta kMeta{
    "F004", "mixed-line-endings", engine::Severity::kError, engine::FixSafety::kSafe,
    "Lines end in different ways (CRLF, LF, CR): the database loader merges or damages rows."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f004
