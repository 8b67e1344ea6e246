// F010 header-case-or-spaces: a header name differs from CERS's by letter case, surrounding spaces or column order.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f010 {

inline constexpr engine::RuleMeta kMeta{
    "F010", "header-case-or-spaces", engine::Severity::kWarning, engine::FixSafety::kSafe,
    "A header name differs from CERS's by letter case, surrounding spaces or column order."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f010
