#include "report/text_formats.hpp"

#include <fmt/format.h>

namespace cerslint::report {

void CersFormat::end_file(const engine::FileReport& r) {
  if (r.error) return;
  if (several_files_) fmt::print(out_, "==> {} <==\n", path_);
  fmt::print(out_, "{}\n", r.verdict.text);
}

}  // namespace cerslint::report
