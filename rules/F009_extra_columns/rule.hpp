// F009 extra-columns: values after the sixth column or past the header's last column: CERS ignores them.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f009 {

inline constexpr engine::RuleMeta kMeta{
    "F009", "extra-columns", engine::Severity::kWarning, engine::FixSafety::kUnsafe,
    "Values after the sixth column or past the header's last column: CERS ignores them."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f009
