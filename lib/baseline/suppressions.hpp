// A baseline loaded for lookups: each file's entries by key. Memory is bounded by the
// baseline's size, never by the size of the files checked against it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "baseline/entry.hpp"

namespace cerslint::baseline {

class Suppressions {
 public:
  // A file's entries: key (see append_key) -> index into entries().
  using FileTable = std::unordered_map<std::string, std::size_t>;

  // `path` names the baseline in messages.
  Suppressions(std::string path, std::vector<Entry> entries);

  const std::string& path() const { return path_; }
  const std::vector<Entry>& entries() const { return entries_; }
  // The entries for `file` (named as relative_name() names it); null when it has none.
  const FileTable* table_for(std::string_view file) const;

 private:
  std::string path_;
  std::vector<Entry> entries_;  // normalized(): sorted, one per key
  std::unordered_map<std::string, FileTable> files_;
};

}  // namespace cerslint::baseline
