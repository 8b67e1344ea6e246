// Finding rules by code or kebab name, for --select/--ignore, `rules` and `explain`.
#include <algorithm>

#include "engine/rule.hpp"
#include "text/java_text.hpp"

namespace cerslint::engine {

const RuleEntry* find_rule(std::string_view code_or_name) {
  for (const RuleEntry& e : registry()) {
    if (text::equals_ignore_case(e.meta->code, code_or_name) || e.meta->name == code_or_name) {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace cerslint::engine
