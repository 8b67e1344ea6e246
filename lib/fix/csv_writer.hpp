// Writing rows in the dialect CERS reads (Commons CSV DEFAULT): comma-separated, a value quoted
// only when it must be (it holds a comma, a quote or a line break, or starts with a quote), with
// inner quotes doubled. The same rule Excel follows, so fixed files diff cleanly against
// Excel's.
#pragma once

#include <string>
#include <string_view>

#include "engine/fix_api.hpp"

namespace cerslint::fix {

void append_field(std::string& out, std::string_view value);
// The six CERS columns, then the extra ones, then `eol`.
void append_row(std::string& out, const engine::EditRow& row, std::string_view eol);

}  // namespace cerslint::fix
