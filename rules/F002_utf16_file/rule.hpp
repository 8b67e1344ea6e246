// F002 utf16-file: the file is UTF-16 (byte order mark FF FE or FE FF): CERS cannot read its header.
#pragma once

#include <memory>

#include "engine/rule.hpp"

namespace cerslint::rules::f002 {

inline constexpr engine::RuleMeta kMeta{
    "F002", "utf16-file", engine::Severity::kError, engine::FixSafety::kSafe,
    "The file is UTF-16 (byte order mark FF FE or FE FF): CERS cannot read its header."};

std::unique_ptr<engine::Rule> make();

}  // namespace cerslint::rules::f002
