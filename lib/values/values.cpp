// Value classifiers: ASCII fast paths first, because ids are almost always plain digits.
#include "values/values.hpp"

#include <fmt/format.h>

#include <array>

namespace cerslint::values {

bool is_ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool is_scientific_notation(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i - start;
  };
  if (digits() == 0) return false;
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {  // ',' in locales with a decimal comma
    ++i;
    digits();
  }
  if (i >= s.size() || (s[i] != 'E' && s[i] != 'e')) return false;
  ++i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  return digits() > 0 && i == s.size();
}

bool luhn_valid(std::string_view digits) {
  if (!is_ascii_digits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

namespace {

struct Known {
  char32_t cp;
  std::string_view name;
  std::string_view plain;
};

constexpr std::array<Known, 26> kKnown = {{
    {0x00A0, "no-break space", " "},
    {0x00AD, "soft hyphen", ""},
    {0x034F, "combining grapheme joiner", ""},
    {0x1680, "ogham space mark", " "},
    {0x2000, "en quad", " "},
    {0x2002, "en space", " "},
    {0x2003, "em space", " "},
    {0x2007, "figure space", " "},
    {0x2009, "thin space", " "},
    {0x200A, "hair space", " "},
    {0x200B, "zero-width space", ""},
    {0x200C, "zero-width non-joiner", ""},
    {0x200D, "zero-width joiner", ""},
    {0x200E, "left-to-right mark", ""},
    {0x200F, "right-to-left mark", ""},
    {0x2010, "hyphen", "-"},
    {0x2011, "non-breaking hyphen", "-"},
    {0x2013, "en dash", "-"},
    {0x2014, "em dash", "-"},
    {0x2018, "left single quote", "'"},
    {0x2019, "right single quote", "'"},
    {0x201C, "left double quote", "\""},
    {0x201D, "right double quote", "\""},
    {0x202F, "narrow no-break space", " "},
    {0x2060, "word joiner", ""},
    {0xFEFF, "zero-width no-break space (BOM)", ""},
}};

// Decodes one UTF-8 sequence; returns its length (1 for an invalid byte, reported as U+FFFD).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      cp = 0xFFFD;
      return 1;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  return len;
}

}  // namespace

std::optional<SuspectChar> first_suspect_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x7F) {  // printable ASCII: the common case
      ++i;
      continue;
    }
    char32_t cp;
    const std::size_t len = decode(s, i, cp);
    const auto at = static_cast<std::uint32_t>(i);
    i += len;
    if (cp == '\t') continue;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      return SuspectChar{cp, at, "control character", ""};
    }
    for (const Known& k : kKnown) {
      if (k.cp == cp) return SuspectChar{cp, at, k.name, k.plain};
    }
  }
  return std::nullopt;
}

std::string code_point_label(char32_t cp) {
  return fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp));
}

}  // namespace cerslint::values
