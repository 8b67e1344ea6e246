// One CSV value in the dialect CERS reads (Commons CSV DEFAULT), written the way Excel writes
// it: quoted only when it must be (it holds a comma, a quote or a line break; a value starting
// with a quote holds one), with inner quotes doubled. Shared by the fixer's writer, the
// workbook-to-CSV conversion and the district generator, so all three quote alike and fixed
// files diff cleanly against Excel's.
#pragma once

#include <string>
#include <string_view>

namespace cerslint::util {

inline void append_csv_field(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(value);
    return;
  }
  out += '"';
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace cerslint::util
