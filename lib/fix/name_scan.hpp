// What the renaming fixes (G004, G006, G007) must know of the whole file before its rows: a new
// name must not be one that another group already has anywhere in the file, or the two groups
// would merge; and G004 renames a date only in a school that names groups by section codes
// anywhere in the file. Rows come in file order, so without this a name first seen after the
// decision, or in a school's rows that come back after another school's, could not count.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/fix_api.hpp"
#include "engine/row.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

// engine::NamesInFile of `path`: every group name's fold hashes, and the schools with a
// section-code name. One read of the file; memory grows with the number of distinct names
// (8 bytes each) and schools, not with rows.
Result<engine::NamesInFile> scan_names(const std::string& path, const engine::ColumnMap& map);

}  // namespace cerslint::fix
