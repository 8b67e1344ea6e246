// Runs work(i) for i = 0 .. count-1 on `jobs` worker threads and deliver(i, result) on the
// calling thread in order 0, 1, 2, ..., so what the caller prints does not depend on --jobs.
// Workers take the next number under a mutex and wait while they are 2 x jobs ahead of the
// delivery, so at most that many results are held (each may own a temporary file).
// jobs <= 1: work and deliver alternate on the calling thread, nothing is held.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cerslint::cli {

template <typename Result, typename Work, typename Deliver>
void run_in_order(std::size_t count, unsigned jobs, Work&& work, Deliver&& deliver) {
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Result r = work(i);
      deliver(i, r);
    }
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr failure;  // work(i) threw: rethrown on the calling thread
    bool done = false;
  };
  const std::size_t window = 2 * std::size_t{jobs};
  std::vector<Slot> slots(count);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0;       // the next number a worker takes
  std::size_t delivered = 0;  // results handed to deliver() so far

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return next >= count || next < delivered + window; });
        if (next >= count) return;
        i = next++;
      }
      std::optional<Result> r;
      std::exception_ptr failure;
      try {
        r.emplace(work(i));
      } catch (...) {
        failure = std::current_exception();
      }
      {
        std::lock_guard lock(mutex);
        slots[i].result = std::move(r);
        slots[i].failure = failure;
        slots[i].done = true;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  // Workers are stopped and joined however this function ends (deliver may throw).
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
                 next = count;
               }
               changed.notify_all();
             }};
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  for (std::size_t i = 0; i < count; ++i) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return slots[i].done; });
      slot = std::move(slots[i]);
    }
    if (slot.failure) std::rethrow_exception(slot.failure);
    deliver(i, *slot.result);
    slot.result.reset();  // frees what the result owns (its temporary files) now
    {
      std::lock_guard lock(mutex);
      delivered = i + 1;
    }
    changed.notify_all();
  }
}

}  // namespace cerslint::cli
