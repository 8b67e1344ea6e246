// F001 not-utf8: bytes that are not UTF-8 (Windows-1252, UTF-16 without BOM): CERS stores them as U+FFFD.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f001 {

inline constexpr engine::RuleMeta kMeta{
    "F001", "not-utf8", engine::Severity::kError, engine::FixSafety::kSafe,
    "Bytes that are not UTF-8 (Windows-1252, UTF-16 without BOM): CERS stores them as U+FFFD."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f001
