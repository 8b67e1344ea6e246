// Subject suggestions: normalise (invisible characters out, spaces collapsed, ASCII lower case),
// then exact code, synonym table, one edit, in that order.
#include "values/subject.hpp"

#include <array>
#include <utility>

#include "text/java_text.hpp"
#include "values/syu_chars.hpp"
#include "values/values.hpp"

namespace cerslint::values {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Lower-case name -> code (matched against the configured codes, case-insensitively).
constexpr std::array<std::pair<std::string_view, std::string_view>, 37> kSynonyms = {{
    {"mathematics", "math"}, {"maths", "math"}, {"math.", "math"}, {"mth", "math"},
    {"mathematic", "math"}, {"mat", "math"}, {"mathematics (math)", "math"},
    {"english", "ela"}, {"english language arts", "ela"}, {"english-language arts", "ela"},
    {"english language arts/literacy", "ela"}, {"ela/literacy", "ela"},
    {"ela / literacy", "ela"}, {"e.l.a.", "ela"}, {"e.l.a", "ela"}, {"reading", "ela"},
    {"language arts", "ela"}, {"lang arts", "ela"}, {"literacy", "ela"}, {"english/ela", "ela"},
    {"english lang arts", "ela"}, {"reading/language arts", "ela"}, {"rla", "ela"},
    {"elpac summative", "elpac"}, {"summative elpac", "elpac"}, {"initial elpac", "elpac"},
    {"elpac initial", "elpac"}, {"selpac", "elpac"}, {"ielpac", "elpac"}, {"el pac", "elpac"},
    {"e.l.p.a.c.", "elpac"}, {"elpac test", "elpac"},
    {"all subjects", "all"}, {"all subject", "all"}, {"all-subjects", "all"}, {"any", "all"},
    {"both", "all"},
}};

// Values one edit from a code that are other subjects, not misspellings of it.
constexpr std::array<std::string_view, 6> kNotNearMiss = {"eld", "el", "ell", "sla", "pe", "art"};

// The configured spelling of `code_lower` ("math" -> "Math"), "ALL" for "all", or empty.
std::string_view configured(std::string_view code_lower, std::span<const std::string> codes) {
  if (code_lower == "all") return "ALL";
  for (const std::string& c : codes) {
    if (iequals(c, code_lower)) return c;
  }
  return {};
}

}  // namespace

bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && lower(a[i]) == lower(b[i])) ++i;
  if (i == a.size()) return true;  // equal, or b has one more character at the end
  if (a.size() == b.size()) {
    // substitution at i, or a swap of i and i+1
    if (a.substr(i + 1).size() == b.substr(i + 1).size() && iequals(a.substr(i + 1), b.substr(i + 1))) {
      return true;
    }
    return i + 1 < a.size() && lower(a[i]) == lower(b[i + 1]) && lower(a[i + 1]) == lower(b[i]) &&
           iequals(a.substr(i + 2), b.substr(i + 2));
  }
  return iequals(a.substr(i), b.substr(i + 1));  // b has one extra character at i
}

std::optional<SubjectSuggestion> suggest_subject(std::string_view stripped,
                                                 std::span<const std::string> codes,
                                                 std::string& scratch) {
  // Normalise: invisible characters and controls out, any space-like character is one space,
  // ASCII lower case. Other non-ASCII characters stay (they match nothing below).
  scratch.clear();
  bool invisible = false;
  bool pending_space = false;
  for (std::size_t i = 0; i < stripped.size();) {
    const auto b = static_cast<unsigned char>(stripped[i]);
    char32_t cp = b;
    std::size_t len = 1;
    if (b >= 0x80) len = decode_utf8(stripped, i, cp);
    const std::string_view bytes = stripped.substr(i, len);
    i += len;
    if (cp == ' ' || text::is_java_whitespace(cp) || cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) {
      if (cp != ' ') invisible = true;
      pending_space = true;
      continue;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || is_invisible_space(cp) ||
        cp == 0x00AD) {
      invisible = true;
      continue;
    }
    if (pending_space && !scratch.empty()) scratch += ' ';
    pending_space = false;
    if (cp < 0x80) {
      scratch += lower(static_cast<char>(cp));
    } else {
      scratch.append(bytes);
    }
  }
  const std::string_view norm = scratch;
  if (norm.empty()) return std::nullopt;

  if (const std::string_view code = configured(norm, codes); !code.empty()) {
    // Same letters as a code once the invisible characters are gone.
    if (invisible) return SubjectSuggestion{code, SubjectMiss::kInvisible};
    // Only spacing inside ("E LA" is not this; "Math" with an inner space cannot be a code).
  }
  for (const auto& [from, to] : kSynonyms) {
    if (norm == from) {
      const std::string_view code = configured(to, codes);
      if (!code.empty()) return SubjectSuggestion{code, SubjectMiss::kSynonym};
      return std::nullopt;
    }
  }
  if (norm.size() < 2) return std::nullopt;
  for (std::string_view no : kNotNearMiss) {
    if (norm == no) return std::nullopt;
  }
  std::optional<SubjectSuggestion> found;
  const auto consider = [&](std::string_view code) {
    if (!within_one_edit(norm, code)) return true;
    if (found && found->code != code) return false;  // ambiguous: suggest nothing
    found = SubjectSuggestion{code, SubjectMiss::kNearMiss};
    return true;
  };
  for (const std::string& c : codes) {
    if (!consider(c)) return std::nullopt;
  }
  if (!consider("ALL")) return std::nullopt;
  return found;
}

}  // namespace cerslint::values
