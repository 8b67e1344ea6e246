// The JSON fields of one finding, shared by the json and json-lines formats so the two cannot
// drift apart. Every field is always present; null where it does not apply.
#pragma once

#include <string>
#include <string_view>

#include "engine/finding.hpp"
#include "engine/runner.hpp"

namespace cerslint::report {

// Appends "code":...,"name":...,...,"offset":N (no braces) to `out`.
void append_finding_fields(const engine::Finding& f, std::string_view path, std::string& out);

// Appends "verdict":{...},"records":N,"bytes":N,"counts":{...},"error":... (no braces).
void append_file_fields(const engine::FileReport& r, std::string& out);

// Appends "name":"cerslint","version":"..." (no braces).
void append_tool_fields(std::string_view version, std::string& out);

}  // namespace cerslint::report
