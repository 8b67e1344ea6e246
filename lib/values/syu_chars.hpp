// Character helpers for the school id, year and subject classifiers (rule families S, Y, U):
// Java's whitespace set and the invisible spaces that web pages and Excel leave around values.
// Pure functions on UTF-8 views, ASCII fast paths first.
#pragma once

#include <cstddef>
#include <string_view>

namespace cerslint::values {

// Decodes the UTF-8 sequence at byte `i` into `cp`; returns its length in bytes (1 with U+FFFD
// for a malformed byte). `i` must be < s.size().
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

// Characters that show as a space or as nothing but that Java does not strip: no-break spaces,
// zero-width space and joiners, word joiner, BOM.
bool is_invisible_space(char32_t cp);

// Java whitespace (text::strip) and invisible spaces removed at both ends.
std::string_view strip_spaces_and_invisibles(std::string_view s);

}  // namespace cerslint::values
