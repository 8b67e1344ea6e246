#include "baseline/suppressions.hpp"

#include "baseline/baseline_file.hpp"

namespace cerslint::baseline {

Suppressions::Suppressions(std::string path, std::vector<Entry> entries)
    : path_(std::move(path)), entries_(normalized(std::move(entries))) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    files_[entries_[i].file].emplace(key_of(entries_[i]), i);
  }
}

const Suppressions::FileTable* Suppressions::table_for(std::string_view file) const {
  std::string storage;
  const auto it = files_.find(std::string(storable(file, storage)));
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace cerslint::baseline
