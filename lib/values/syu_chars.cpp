// Character helpers for families S, Y, U.
#include "values/syu_chars.hpp"

#include "text/java_text.hpp"

namespace cerslint::values {

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t len =
      b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  cp = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      cp = 0xFFFD;
      return 1;
    }
    cp = (cp << 6) | (c & 0x3Fu);
  }
  return len;
}

bool is_invisible_space(char32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x2007: case 0x202F:            // no-break spaces
    case 0x200B: case 0x200C: case 0x200D:            // zero-width space, non-joiner, joiner
    case 0x2060: case 0xFEFF:                         // word joiner, BOM
      return true;
    default:
      return false;
  }
}

namespace {

// The start of the code point that ends at s.size() (steps back over continuation bytes).
std::size_t last_start(std::string_view s) {
  std::size_t i = s.size() - 1;
  for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k) --i;
  return i;
}

template <typename Pred>
std::string_view strip_if(std::string_view s, Pred drop) {
  while (!s.empty()) {
    char32_t cp;
    const std::size_t len = decode_utf8(s, 0, cp);
    if (!drop(cp)) break;
    s.remove_prefix(len);
  }
  while (!s.empty()) {
    const std::size_t start = last_start(s);
    char32_t cp;
    const std::size_t len = decode_utf8(s, start, cp);
    if (start + len != s.size() || !drop(cp)) break;
    s.remove_suffix(len);
  }
  return s;
}

}  // namespace

std::string_view strip_spaces_and_invisibles(std::string_view s) {
  return strip_if(s, [](char32_t cp) { return text::is_java_whitespace(cp) || is_invisible_space(cp); });
}

}  // namespace cerslint::values
