// Subject (subject_code) near misses for rule U001: the configured code (or ALL) a value CERS
// rejects was probably meant to be.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cerslint::values {

enum class SubjectMiss : std::uint8_t {
  kInvisible,  // a code with no-break/zero-width spaces or control characters in or around it
  kSynonym,    // a name for the subject: "Mathematics", "English", "All subjects"
  kNearMiss,   // one letter added, missing, changed or swapped: "Mathh", "EAL"
};

struct SubjectSuggestion {
  std::string_view code;  // the configured spelling ("Math") or "ALL"; views into `codes`
  SubjectMiss reason;
};

// `stripped` is the subject after Java strip; the caller has checked CERS rejects it. `codes`
// are the configured subject codes. `scratch` is reused between calls (no allocation once warm).
std::optional<SubjectSuggestion> suggest_subject(std::string_view stripped,
                                                 std::span<const std::string> codes,
                                                 std::string& scratch);

// Optimal string alignment distance <= 1 (one insertion, deletion, substitution or swap of two
// neighbours), ASCII case-insensitive.
bool within_one_edit(std::string_view a, std::string_view b);

}  // namespace cerslint::values
