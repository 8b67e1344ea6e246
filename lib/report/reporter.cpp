// Run totals and the verdict's machine name, shared by the structured formats.
#include "report/reporter.hpp"

namespace cerslint::report {

void RunTotals::add(const engine::FileReport& r) {
  ++files;
  if (r.error) {
    ++files_failed;
    return;
  }
  for (int i = 0; i < 3; ++i) counts[i] += r.counts[i];
  if (r.counts[0] + r.counts[1] + r.counts[2] > 0) ++files_with_findings;
  if (r.verdict.status != cers::Status::kAccepted) ++files_rejected;
}

std::string_view status_name(const engine::FileReport& r) {
  switch (r.verdict.status) {
    case cers::Status::kAccepted:
      return "accepted";
    case cers::Status::kRejected:
      return "rejected";
    case cers::Status::kCrashed:
      return "crashed";
  }
  return "rejected";
}

}  // namespace cerslint::report
