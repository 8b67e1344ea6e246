// Names of the metadata enums as they appear in `cerslint rules` and every output format.
#include "engine/rule_meta.hpp"

namespace cerslint::engine {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::string_view to_string(FixSafety f) {
  switch (f) {
    case FixSafety::kNone: return "none";
    case FixSafety::kSafe: return "safe";
    case FixSafety::kUnsafe: return "unsafe";
    case FixSafety::kDisplayOnly: return "display-only";
  }
  return "none";
}

}  // namespace cerslint::engine
