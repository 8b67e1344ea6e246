// Every group name of a file, for the renaming fixes (G004, G006, G007): a new name must not be
// one that another group already has anywhere in the file, or the two groups would merge. Rows
// come in file order, so without this a name first seen after the rename was decided, or in a
// school's rows that come back after another school's, could not be checked.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/row.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

// The fold hashes (values::group_name_fold_hash: names compared as the database compares them)
// of every group_name in `path`, sorted and unique. One read of the file; memory grows with
// the number of distinct names (8 bytes each), not with rows.
Result<std::vector<std::uint64_t>> group_names_in_file(const std::string& path,
                                                       const engine::ColumnMap& map);

}  // namespace cerslint::fix
