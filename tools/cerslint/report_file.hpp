// `check --output-file`: a report written beside the printed one, replaced atomically (a
// temporary file in the same folder, renamed over the target only once complete), so a CI step
// never uploads half a SARIF file.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include "output/atomic_file.hpp"
#include "util/result.hpp"

namespace cerslint::cli {

class ReportFile {
 public:
  static Result<ReportFile> create(const std::string& path);
  std::FILE* stream() { return stream_; }
  // Flushes and renames the finished report into place.
  std::optional<Error> commit();

  ReportFile(ReportFile&& other) noexcept
      : file_(std::move(other.file_)), stream_(other.stream_), path_(std::move(other.path_)) {
    other.stream_ = nullptr;
  }
  ReportFile(const ReportFile&) = delete;
  ~ReportFile();  // without commit(): the target is left as it was

 private:
  ReportFile(output::AtomicFile file, std::FILE* stream, std::string path)
      : file_(std::move(file)), stream_(stream), path_(std::move(path)) {}
  output::AtomicFile file_;
  std::FILE* stream_;
  std::string path_;
};

}  // namespace cerslint::cli
