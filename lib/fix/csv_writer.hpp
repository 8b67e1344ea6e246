// Writing rows in the dialect CERS reads (Commons CSV DEFAULT): comma-separated, each value
// quoted only when it must be (util/csv_field.hpp).
#pragma once

#include <string>
#include <string_view>

#include "engine/fix_api.hpp"
#include "util/csv_field.hpp"

namespace cerslint::fix {

// The six CERS columns, then the extra ones, then `eol`.
void append_row(std::string& out, const engine::EditRow& row, std::string_view eol);

}  // namespace cerslint::fix
