// JSON text pieces shared by the json, json-lines and sarif reporters: string literals from
// arbitrary bytes and plain numbers, appended to a reused buffer (no allocation per finding).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cerslint::report {

// Appends `s` as a JSON string literal, quotes included. Valid UTF-8 is copied as is; '"', '\\'
// and control characters (DEL included, so it is visible) are escaped (\n, \r, \t, \b, \f,
// else \u00XX); each byte that is not
// part of a well-formed UTF-8 sequence becomes U+FFFD, so the output is always valid JSON in
// UTF-8 whatever the CSV held (the text format shows such bytes as \xNN instead).
void append_json_string(std::string_view s, std::string& out);

void append_json_uint(std::uint64_t n, std::string& out);

// A number, or null when it is 0 (line and column 0 mean "not tied to one").
void append_json_uint_or_null(std::uint64_t n, std::string& out);

// A string, or null when it is empty.
void append_json_string_or_null(std::string_view s, std::string& out);

}  // namespace cerslint::report
