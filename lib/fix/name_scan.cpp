#include "fix/name_scan.hpp"

#include <algorithm>

#include "reader/csv_reader.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"

namespace cerslint::fix {

Result<std::vector<std::uint64_t>> group_names_in_file(const std::string& path,
                                                       const engine::ColumnMap& map) {
  auto input = reader::Input::open(path);
  if (!input) return input.error();
  reader::CsvReader csv(std::move(input).value());
  if (csv.next() == nullptr) return std::vector<std::uint64_t>{};  // the header
  const int column = map.index[static_cast<std::size_t>(engine::Column::kGroupName)];
  std::vector<std::uint64_t> names;
  std::string scratch, plain;
  std::string last;
  bool have_last = false;
  while (const reader::Record* r = csv.next()) {
    if (column < 0 || static_cast<std::size_t>(column) >= r->size()) continue;
    const std::string_view name = r->value(static_cast<std::size_t>(column));
    if (have_last && name == last) continue;  // rows of one group come together
    last.assign(name);
    have_last = true;
    names.push_back(values::group_name_fold_hash(name, scratch));
    // G003 (no guard: it rightly makes look-alike spellings one group) may write the name
    // with invisible characters out and look-alike letters plain: that name is taken too.
    if (values::plain_group_name(name, plain)) names.push_back(values::group_name_fold_hash(plain, scratch));
    // Keep the vector near the number of distinct names, not of groups in file order.
    if (names.size() >= 4096 && (names.size() & (names.size() - 1)) == 0) {
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
    }
  }
  if (csv.error()) return *csv.error();
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace cerslint::fix
