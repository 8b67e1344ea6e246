// Getting any input into UTF-8 before the fixer reads it: a UTF-16 file (with or without a byte
// order mark) or a file with bytes that are not UTF-8 (Windows-1252 from Excel's plain "CSV")
// is converted with ICU into a temporary UTF-8 file. UTF-8 input is left where it is.
#pragma once

#include <optional>
#include <string>

#include "output/temp_file.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

struct Utf8Source {
  std::string path;                         // the file to read: the input or `converted`
  std::optional<output::TempFile> converted;
  std::string from;                         // "" when the input was UTF-8; else "UTF-16LE"...
  bool utf16_bom = false;
};

Result<Utf8Source> ensure_utf8(const std::string& path);

}  // namespace cerslint::fix
