// Rule selection by code, name or prefix, ruff-style: --ignore wins over --select.
#include "engine/selection.hpp"


namespace cerslint::engine {
namespace {

bool starts_with_ignore_case(std::string_view s, std::string_view prefix) {
  if (prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    if (lower(s[i]) != lower(prefix[i])) return false;
  }
  return true;
}

bool matches_any(const std::vector<std::string>& tokens, const RuleMeta& meta) {
  for (const auto& t : tokens) {
    if (token_matches(t, meta)) return true;
  }
  return false;
}

}  // namespace

bool token_matches(std::string_view token, const RuleMeta& meta) {
  if (token.empty()) return false;
  if (starts_with_ignore_case("ALL", token) && token.size() == 3) return true;
  return starts_with_ignore_case(meta.code, token) || meta.name.substr(0, token.size()) == token;
}

Result<std::optional<std::vector<const RuleEntry*>>> resolve_selection(
    const std::vector<std::string>& select, const std::vector<std::string>& ignore) {
  for (const auto* list : {&select, &ignore}) {
    for (const auto& t : *list) {
      bool any = false;
      for (const RuleEntry& e : registry()) any = any || token_matches(t, *e.meta);
      if (!any) {
        return Error{"\"" + t + "\" matches no rule (see `cerslint rules`)", {}};
      }
    }
  }
  if (select.empty() && ignore.empty()) return std::optional<std::vector<const RuleEntry*>>{};
  std::vector<const RuleEntry*> chosen;
  for (const RuleEntry& e : registry()) {
    if ((select.empty() || matches_any(select, *e.meta)) && !matches_any(ignore, *e.meta)) {
      chosen.push_back(&e);
    }
  }
  return std::optional<std::vector<const RuleEntry*>>{std::move(chosen)};
}

}  // namespace cerslint::engine
