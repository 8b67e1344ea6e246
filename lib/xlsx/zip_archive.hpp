// Reading entries of a zip archive (libzip) in chunks, with the zip-bomb caps of Limits enforced
// while inflating: the declared size is checked first, but the bytes actually produced are what
// count.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.hpp"
#include "xlsx/limits.hpp"

namespace cerslint::xlsx {

class ZipArchive {
 public:
  // Errors name `path` and say in plain words whether the file is not a zip archive at all,
  // is cut short, or could not be opened.
  static Result<ZipArchive> open(const std::string& path);

  bool contains(const std::string& name) const;

  // Feeds the inflated bytes of entry `name` to `chunk` in pieces of at most 64 KiB. Stops with
  // an Error when the entry is missing, damaged, encrypted, bigger than `max_bytes` (declared or
  // real) or inflates more than limits.max_ratio times its compressed size; or when `chunk`
  // returns an Error (then that one).
  std::optional<Error> read(const std::string& name, std::uint64_t max_bytes, const Limits& limits,
                            const std::function<std::optional<Error>(std::string_view)>& chunk) const;

  const std::string& path() const { return path_; }

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

 private:
  struct Handle;
  ZipArchive(std::string path, std::unique_ptr<Handle> handle);
  std::string path_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace cerslint::xlsx
