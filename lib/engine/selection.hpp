// --select / --ignore: which rules report. A token names a rule by code or kebab name, or a
// group of rules by prefix: a family letter ("S"), a code prefix ("C1"), a name prefix
// ("group-"), or ALL.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/rule.hpp"
#include "util/result.hpp"

namespace cerslint::engine {

// True when `token` selects the rule (case-insensitive on codes, exact on names).
bool token_matches(std::string_view token, const RuleMeta& meta);

// The selected rules in registry order: `select` (empty: all) minus `ignore`. nullopt when the
// result is every rule. An Error names a token that matches no rule.
Result<std::optional<std::vector<const RuleEntry*>>> resolve_selection(
    const std::vector<std::string>& select, const std::vector<std::string>& ignore);

}  // namespace cerslint::engine
