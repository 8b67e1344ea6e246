// The reporters write to a stdio stream. AtomicFile owns the temporary file and the rename;
// the stream is a second descriptor on the same temporary file, opened through its path
// (/proc/self/fd/N while it is unnamed), so the bytes land where commit() syncs and renames.
#include "tools/cerslint/report_file.hpp"

#include <cerrno>
#include <cstring>

namespace cerslint::cli {

Result<ReportFile> ReportFile::create(const std::string& path) {
  auto file = output::AtomicFile::create(path);
  if (!file) return file.error();
  std::FILE* stream = std::fopen(file->temp_path().c_str(), "wb");
  if (stream == nullptr) {
    return Error{std::string("cannot write the report: ") + std::strerror(errno), path};
  }
  return ReportFile(std::move(file).value(), stream, path);
}

std::optional<Error> ReportFile::commit() {
  const bool write_failed = std::ferror(stream_) != 0;
  const int close_result = std::fclose(stream_);
  stream_ = nullptr;
  if (write_failed || close_result != 0) {
    return Error{std::string("cannot write the report: ") + std::strerror(errno), path_};
  }
  return file_.commit(std::nullopt, "");
}

ReportFile::~ReportFile() {
  if (stream_ != nullptr) std::fclose(stream_);
}

}  // namespace cerslint::cli
