#include "fix/csv_writer.hpp"

namespace cerslint::fix {

void append_field(std::string& out, std::string_view v) {
  bool quote = !v.empty() && v.front() == '"';
  for (char c : v) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    out.append(v);
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_row(std::string& out, const engine::EditRow& row, std::string_view eol) {
  for (int c = 0; c < engine::kColumnCount; ++c) {
    if (c > 0) out += ',';
    append_field(out, row.values[static_cast<std::size_t>(c)]);
  }
  for (const std::string& extra : row.extra) {
    out += ',';
    append_field(out, extra);
  }
  out.append(eol);
}

}  // namespace cerslint::fix
