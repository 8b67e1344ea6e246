// Java string semantics the CERS validator relies on (Character.isWhitespace, StringUtils
// isBlank/stripToNull, Integer.valueOf, String.equalsIgnoreCase, String.toLowerCase), on UTF-8
// input. Every function has an ASCII fast path and falls back to ICU for other code points, so
// results match Java for any input while the common case costs a few instructions.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace cerslint::text {

// Java's Character.isWhitespace for one code point (ICU u_isWhitespace has the same definition).
bool is_java_whitespace(char32_t cp);

namespace detail {
bool is_blank_beyond_first(std::string_view utf8);
std::string_view strip_any(std::string_view utf8);
std::optional<std::int32_t> parse_java_int_any(std::string_view utf8);
// A visible ASCII character: never Java whitespace, and it ends any run of whitespace.
inline bool is_visible_ascii(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b > ' ' && b < 0x7F;
}
}  // namespace detail

// The functions below answer the common case inline (most values start, and end, with a
// visible ASCII character; most years are a few ASCII digits) and call out for the rest.

// StringUtils.isBlank: empty, or every character is Java whitespace. Input is UTF-8 as the
// validator would have decoded it (malformed bytes count as U+FFFD, which is not whitespace).
inline bool is_blank(std::string_view utf8) {
  if (utf8.empty()) return true;
  if (detail::is_visible_ascii(utf8[0])) return false;
  return detail::is_blank_beyond_first(utf8);
}

// StringUtils.strip: removes Java whitespace at both ends. Returns a view into `utf8`.
inline std::string_view strip(std::string_view utf8) {
  if (!utf8.empty() && detail::is_visible_ascii(utf8.front()) &&
      detail::is_visible_ascii(utf8.back())) {
    return utf8;
  }
  return detail::strip_any(utf8);
}

// StringUtils.stripToNull: strip, then empty becomes nullopt.
std::optional<std::string_view> strip_to_null(std::string_view utf8);

// Integer.valueOf(String): optional '+' or '-', then one or more decimal digits (any Unicode
// decimal digit in the Basic Multilingual Plane, as Java's Character.digit), within int32.
// nullopt when Java would throw NumberFormatException.
inline std::optional<std::int32_t> parse_java_int(std::string_view utf8) {
  // One to nine ASCII digits cannot overflow an int32: no sign, no bounds check per digit.
  if (!utf8.empty() && utf8.size() <= 9) {
    std::int32_t value = 0;
    for (const char c : utf8) {
      const auto digit = static_cast<unsigned>(static_cast<unsigned char>(c) - '0');
      if (digit > 9) return detail::parse_java_int_any(utf8);
      value = value * 10 + static_cast<std::int32_t>(digit);
    }
    return value;
  }
  return detail::parse_java_int_any(utf8);
}

// String.equalsIgnoreCase, compared per code point with simple case mapping (upper, then lower).
bool equals_ignore_case(std::string_view a_utf8, std::string_view b_utf8);

// String.toLowerCase(Locale.ROOT): full Unicode lower-casing.
std::string to_lower(std::string_view utf8);

// `a` with its ASCII capitals lowered equals `lower` byte for byte: to_lower(a) == lower when
// `a` is ASCII, without allocating. (Not equals_ignore_case: that also matches "s" with "ſ".)
inline bool ascii_lowered_equals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Length of the leading run of ASCII bytes (below 0x80), eight at a time: most text is ASCII.
std::size_t ascii_prefix_length(std::string_view s);

// Decodes bytes as Java's UTF-8 decoder with REPLACE would (each maximal ill-formed subpart
// becomes U+FFFD) and re-encodes as UTF-8. Returns the input unchanged when it is valid.
std::string to_valid_utf8(std::string_view bytes);

// True when every byte is below 0x80. Values are short (ids, names, years): eight bytes at a
// time, the last load overlapping the one before, and four or fewer for what is shorter.
inline bool is_ascii(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  auto load8 = [](const char* at) {
    std::uint64_t w;
    std::memcpy(&w, at, 8);
    return w;
  };
  std::uint64_t any = 0;
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) any |= load8(p + i);
    any |= load8(p + n - 8);
  } else {
    for (std::size_t i = 0; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  }
  return (any & 0x8080808080808080ull) == 0;
}

namespace detail {
bool is_valid_utf8_beyond_ascii(std::string_view bytes);
}  // namespace detail

// True when `bytes` is well-formed UTF-8 (no surrogates, no overlongs, <= U+10FFFF). Inline
// for the common all-ASCII value: the validator asks this of four values a record.
inline bool is_valid_utf8(std::string_view bytes) {
  return is_ascii(bytes) || detail::is_valid_utf8_beyond_ascii(bytes);
}

}  // namespace cerslint::text
