#include "fix/csv_writer.hpp"

namespace cerslint::fix {

void append_row(std::string& out, const engine::EditRow& row, std::string_view eol) {
  for (int c = 0; c < engine::kColumnCount; ++c) {
    if (c > 0) out += ',';
    util::append_csv_field(out, row.values[static_cast<std::size_t>(c)]);
  }
  for (const std::string& extra : row.extra) {
    out += ',';
    util::append_csv_field(out, extra);
  }
  out.append(eol);
}

}  // namespace cerslint::fix
