// Workers check files into spools (ordered_runner.hpp); the calling thread replays file i's
// findings into the reporter, in argument order.
#include "tools/cerslint/file_runner.hpp"

#include <algorithm>
#include <exception>
#include <memory>
#include <thread>

#include "report/finding_spool.hpp"
#include "tools/cerslint/ordered_runner.hpp"

namespace cerslint::cli {
namespace {

struct Slot {
  std::unique_ptr<report::FindingSpool> spool;  // the file's findings, in a temporary file
  engine::FileReport report;
};

engine::FileReport internal_error(const std::string& path, const char* what) {
  engine::FileReport r;
  r.path = path;
  r.error = Error{std::string("internal error: ") + what, path};
  return r;
}

unsigned requested_cores(unsigned requested) {
  unsigned jobs = requested;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  // Each file in flight holds a temporary file open; more workers than this only add open
  // descriptors and disk traffic.
  return std::min(jobs, kMaxJobs);
}

}  // namespace

unsigned effective_jobs(unsigned requested, std::size_t files) {
  unsigned jobs = requested_cores(requested);
  if (files < jobs) jobs = static_cast<unsigned>(std::max<std::size_t>(files, 1));
  return jobs;
}

bool spare_core_per_file(unsigned requested, std::size_t files) {
  return requested_cores(requested) >= 2 * effective_jobs(requested, files);
}

void run_files(const std::vector<std::string>& files, unsigned jobs, const CheckOneFile& check,
               report::Reporter& out, const AfterFile& after) {
  if (jobs <= 1) {
    for (const std::string& path : files) {
      out.begin_file(path);
      const engine::FileReport report = check(path, out);
      out.end_file(report);
      after(path, report);
    }
    return;
  }

  run_in_order<Slot>(
      files.size(), jobs,
      [&](std::size_t i) {
        Slot slot;
        slot.spool = std::make_unique<report::FindingSpool>();
        try {
          slot.report = check(files[i], *slot.spool);
        } catch (const std::exception& e) {
          slot.report = internal_error(files[i], e.what());
        }
        return slot;
      },
      [&](std::size_t i, Slot& slot) {
        out.begin_file(files[i]);
        if (auto err = slot.spool->replay(out); err && !slot.report.error) {
          slot.report.error = Error{err->message, files[i]};
        }
        out.end_file(slot.report);
        after(files[i], slot.report);
      });
}

}  // namespace cerslint::cli
