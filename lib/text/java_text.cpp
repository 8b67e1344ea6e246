// Java string semantics on UTF-8 (see java_text.hpp). The UTF-8 decoder here reproduces how
// Java's own decoder groups malformed bytes into U+FFFD, so counts and comparisons of damaged
// text agree with the validator; ICU is consulted only for code points >= 0x80.
#include "text/java_text.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

namespace cerslint::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// One decoded unit: a code point, or a malformed subpart that Java turns into one U+FFFD.
struct Unit {
  char32_t cp;
  std::size_t len;
  bool valid;
};

unsigned byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

bool is_continuation(unsigned b) { return (b & 0xC0) == 0x80; }

// Bits 9-13, 28-31 and 32: the ASCII part of Character.isWhitespace.
constexpr std::uint64_t kAsciiWhitespace = 0x1F0003E00ULL;

bool is_ascii_whitespace(unsigned b) { return b <= 0x20 && ((kAsciiWhitespace >> b) & 1) != 0; }

// Decodes the unit starting at `i` (i < s.size()). Malformed input is grouped into maximal
// ill-formed subparts as in Unicode's recommended practice, with one deviation copied from
// Java's decoder (java.lang.String / sun.nio.cs.UTF_8): after ED it accepts A0..BF as a
// continuation and rejects the whole encoded surrogate as ONE unit, where ICU emits one U+FFFD
// per byte. Only continuation bytes are ever absorbed into a malformed unit, so every ASCII or
// lead byte starts a new unit; strip() relies on that to decode backwards.
Unit decode(std::string_view s, std::size_t i) {
  const unsigned b0 = byte_at(s, i);
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t trail = 0;
  char32_t cp = 0;
  unsigned lo = 0x80;
  unsigned hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    trail = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    trail = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    trail = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return {kReplacement, 1, false};  // stray continuation, C0/C1, F5..FF
  }
  std::size_t len = 1;
  for (; len <= trail; ++len) {
    if (i + len >= s.size()) return {kReplacement, len, false};
    const unsigned b = byte_at(s, i + len);
    if (b < lo || b > hi) return {kReplacement, len, false};
    cp = (cp << 6) | (b & 0x3F);
    lo = 0x80;
    hi = 0xBF;
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) return {kReplacement, len, false};
  return {cp, len, true};
}

bool unit_is_whitespace(const Unit& u) { return u.valid && is_java_whitespace(u.cp); }

// Java's Character.compareCodePointCI (JDK 16+), used by regionMatches(ignoreCase=true).
bool code_points_equal_ignore_case(char32_t a, char32_t b) {
  if (a == b) return true;
  const UChar32 ua = u_toupper(static_cast<UChar32>(a));
  const UChar32 ub = u_toupper(static_cast<UChar32>(b));
  return ua == ub || u_tolower(ua) == u_tolower(ub);
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::size_t ascii_prefix_length(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) break;
  }
  while (i < s.size() && byte_at(s, i) < 0x80) ++i;
  return i;
}

bool is_java_whitespace(char32_t cp) {
  if (cp < 0x80) return is_ascii_whitespace(cp);
  return u_isWhitespace(static_cast<UChar32>(cp)) != 0;
}

bool detail::is_blank_beyond_first(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned b = byte_at(utf8, i);
    if (b < 0x80) {
      if (!is_ascii_whitespace(b)) return false;
      ++i;
      continue;
    }
    const Unit u = decode(utf8, i);
    if (!unit_is_whitespace(u)) return false;
    i += u.len;
  }
  return true;
}

std::string_view detail::strip_any(std::string_view utf8) {
  std::size_t begin = 0;
  std::size_t end = utf8.size();
  while (begin < end) {
    const unsigned b = byte_at(utf8, begin);
    if (b < 0x80) {
      if (!is_ascii_whitespace(b)) break;
      ++begin;
      continue;
    }
    const Unit u = decode(utf8, begin);
    if (!unit_is_whitespace(u)) break;
    begin += u.len;
  }
  while (end > begin) {
    const unsigned b = byte_at(utf8, end - 1);
    if (b < 0x80) {
      if (!is_ascii_whitespace(b)) break;
      --end;
      continue;
    }
    // Back up to the lead byte of the last unit. If decoding from there does not land exactly on
    // `end`, the tail is malformed (U+FFFD to Java), which is not whitespace.
    std::size_t start = end - 1;
    while (start > begin && end - start < 4 && is_continuation(byte_at(utf8, start))) --start;
    const Unit u = decode(utf8.substr(0, end), start);
    if (start + u.len != end || !unit_is_whitespace(u)) break;
    end = start;
  }
  return utf8.substr(begin, end - begin);
}

std::optional<std::string_view> strip_to_null(std::string_view utf8) {
  const std::string_view s = strip(utf8);
  if (s.empty()) return std::nullopt;
  return s;
}

std::optional<std::int32_t> detail::parse_java_int_any(std::string_view utf8) {
  std::size_t i = 0;
  bool negative = false;
  if (!utf8.empty() && (utf8[0] == '-' || utf8[0] == '+')) {
    negative = utf8[0] == '-';
    i = 1;
  }
  if (i == utf8.size()) return std::nullopt;  // "", "+", "-"
  // Magnitude of INT32_MIN; checked after every digit so long inputs cannot overflow.
  const std::int64_t limit = negative ? 2147483648LL : 2147483647LL;
  std::int64_t value = 0;
  while (i < utf8.size()) {
    int digit;
    const unsigned b = byte_at(utf8, i);
    if (b < 0x80) {
      if (b < '0' || b > '9') return std::nullopt;
      digit = static_cast<int>(b - '0');
      ++i;
    } else {
      // Java parses UTF-16 chars, so a supplementary digit arrives as two surrogates (not digits).
      const Unit u = decode(utf8, i);
      if (!u.valid || u.cp > 0xFFFF) return std::nullopt;
      const auto cp = static_cast<UChar32>(u.cp);
      if (u_charType(cp) != U_DECIMAL_DIGIT_NUMBER) return std::nullopt;
      digit = u_charDigitValue(cp);
      if (digit < 0 || digit > 9) return std::nullopt;
      i += u.len;
    }
    value = value * 10 + digit;
    if (value > limit) return std::nullopt;
  }
  return static_cast<std::int32_t>(negative ? -value : value);
}

bool equals_ignore_case(std::string_view a_utf8, std::string_view b_utf8) {
  // ASCII fast path. A non-ASCII code point may still match an ASCII one (KELVIN SIGN vs 'k'),
  // so the first non-ASCII byte on either side sends both to the general loop.
  std::size_t i = 0;
  const std::size_t common = std::min(a_utf8.size(), b_utf8.size());
  // Whole words first: keys compared here share long identical runs (the school's 14 digits).
  for (; i + 8 <= common; i += 8) {
    std::uint64_t wa, wb;
    std::memcpy(&wa, a_utf8.data() + i, 8);
    std::memcpy(&wb, b_utf8.data() + i, 8);
    if (wa != wb || ((wa | wb) & 0x8080808080808080ULL) != 0) break;  // bytes decide from here
  }
  for (; i < common; ++i) {
    const char ca = a_utf8[i];
    const char cb = b_utf8[i];
    if ((static_cast<unsigned char>(ca) | static_cast<unsigned char>(cb)) >= 0x80) break;
    if (ca != cb && ascii_lower(ca) != ascii_lower(cb)) return false;
  }
  if (i == common && a_utf8.size() == b_utf8.size()) return true;
  std::size_t j = i;
  while (i < a_utf8.size() && j < b_utf8.size()) {
    const Unit ua = decode(a_utf8, i);
    const Unit ub = decode(b_utf8, j);
    if (!code_points_equal_ignore_case(ua.cp, ub.cp)) return false;
    i += ua.len;
    j += ub.len;
  }
  return i == a_utf8.size() && j == b_utf8.size();
}

std::string to_lower(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& c : out) c = ascii_lower(c);
    return out;
  }
  // Repair first so malformed bytes become the same number of U+FFFD as in Java (ICU groups
  // encoded surrogates differently). The whole string goes to ICU because full lower-casing is
  // context sensitive (final sigma).
  std::string repaired;
  std::string_view source = utf8;
  if (!is_valid_utf8(utf8)) {
    repaired = to_valid_utf8(utf8);
    source = repaired;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(source.data(), static_cast<std::int32_t>(source.size())));
  text.toLower(icu::Locale::getRoot());
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string to_valid_utf8(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 8);
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t run = ascii_prefix_length(bytes.substr(i));
    out.append(bytes.substr(i, run));
    i += run;
    if (i == bytes.size()) break;
    const Unit u = decode(bytes, i);
    if (u.valid) {
      out.append(bytes.substr(i, u.len));
    } else {
      out.append("\xEF\xBF\xBD");
    }
    i += u.len;
  }
  return out;
}

namespace detail {
bool is_valid_utf8_beyond_ascii(std::string_view bytes) {
  std::size_t i = 0;
  while (true) {
    i += ascii_prefix_length(bytes.substr(i));
    if (i == bytes.size()) return true;
    const Unit u = decode(bytes, i);
    if (!u.valid) return false;
    i += u.len;
  }
}
}  // namespace detail

}  // namespace cerslint::text
