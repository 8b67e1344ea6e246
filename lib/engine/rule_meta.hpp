// Rule metadata: constexpr data each rule folder declares once. The engine stamps code and
// severity on findings from it; rules never write their own code into messages.
#pragma once

#include <cstdint>
#include <string_view>

namespace cerslint::engine {

enum class Severity : std::uint8_t { kInfo, kWarning, kError };

// How a rule's problem can be repaired by `cerslint fix` (ruff's fix-safety classes).
enum class FixSafety : std::uint8_t {
  kNone,         // needs a person
  kSafe,         // CERS's meaning of the file is kept or restored without guessing
  kUnsafe,       // a judgement: only with --unsafe-fixes
  kDisplayOnly,  // a suggestion is shown, never applied
};

struct RuleMeta {
  std::string_view code;     // stable, never reused: family letter + digits ("C106")
  std::string_view name;     // kebab-case, names the problem ("unknown-school")
  Severity severity;         // default severity
  FixSafety fix;
  std::string_view summary;  // one line for `cerslint rules`
};

std::string_view to_string(Severity s);
std::string_view to_string(FixSafety f);

}  // namespace cerslint::engine
