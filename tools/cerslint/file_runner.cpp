// Workers take the next file number under a mutex and wait while they are too far ahead of the
// reporter; the calling thread waits for file i, replays its findings, and frees its slot.
#include "tools/cerslint/file_runner.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "report/finding_spool.hpp"

namespace cerslint::cli {
namespace {

struct Slot {
  std::unique_ptr<report::FindingSpool> spool;
  engine::FileReport report;
  bool done = false;
};

engine::FileReport internal_error(const std::string& path, const char* what) {
  engine::FileReport r;
  r.path = path;
  r.error = Error{std::string("internal error: ") + what, path};
  return r;
}

}  // namespace

unsigned effective_jobs(unsigned requested, std::size_t files) {
  unsigned jobs = requested;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  // Each file in flight holds a temporary file open; more workers than this only add open
  // descriptors and disk traffic.
  jobs = std::min(jobs, kMaxJobs);
  if (files < jobs) jobs = static_cast<unsigned>(std::max<std::size_t>(files, 1));
  return jobs;
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

  const std::size_t window = 2 * std::size_t{jobs};
  std::vector<Slot> slots(files.size());
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0;      // the next file a worker takes
  std::size_t reported = 0;  // files handed to the reporter so far

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return next >= files.size() || next < reported + window; });
        if (next >= files.size()) return;
        i = next++;
      }
      auto spool = std::make_unique<report::FindingSpool>();
      engine::FileReport report;
      try {
        report = check(files[i], *spool);
      } catch (const std::exception& e) {
        report = internal_error(files[i], e.what());
      }
      {
        std::lock_guard lock(mutex);
        slots[i].spool = std::move(spool);
        slots[i].report = std::move(report);
        slots[i].done = true;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  // Workers are stopped and joined however this function ends (a reporter may throw).
  struct JoinAll {
    std::vector<std::thread>& threads;
    std::function<void()> stop;
    ~JoinAll() {
      stop();
      for (std::thread& t : threads) t.join();
    }
  } join_all{threads, [&] {
               {
                 std::lock_guard lock(mutex);
                 next = files.size();
               }
               changed.notify_all();
             }};
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  for (std::size_t i = 0; i < files.size(); ++i) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return slots[i].done; });
      slot = std::move(slots[i]);
    }
    out.begin_file(files[i]);
    if (auto err = slot.spool->replay(out); err && !slot.report.error) {
      slot.report.error = Error{err->message, files[i]};
    }
    out.end_file(slot.report);
    after(files[i], slot.report);
    slot.spool.reset();  // closes (and so deletes) the temporary file now
    {
      std::lock_guard lock(mutex);
      reported = i + 1;
    }
    changed.notify_all();
  }
}

}  // namespace cerslint::cli
