// Reads, tokenizes and tracks what changed between rows (RowTracker::changes) on a second thread
// while the caller's thread adds each row's own traits and runs the CERS validator and the lint
// rules: engine::check's --jobs path for a single file.
// The two halves cost about the same instructions per row, but the copies and their trip between
// the cores' caches cost too: two cores check a file 1.1-1.6x as fast (docs/performance.md).
// The caller's thread does everything that reports, in file order, so the output is the one a
// single thread gives by construction (the fixture runner, fuzz_check, engine_test and
// format_cli_test compare).
//
// Records cross over in batches (reader::RecordBatch: copies, since the reader reuses its
// buffer), three of them in turn: one being filled, one waiting, one being checked. Memory is
// those three batches, whatever the file's size.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/row.hpp"
#include "reader/csv_reader.hpp"
#include "reader/record_batch.hpp"

namespace cerslint::engine {

// A batch of records in file order, each with what RowTracker::changes found (the header's
// entry, in the batch that starts the file, is unused).
struct TrackedBatch {
  explicit TrackedBatch(std::size_t bytes) : records(bytes, bytes / 10) {}
  reader::RecordBatch records;
  std::vector<Row::Tracked> tracked;
  // reader.bytes_read() at each record that completes kProgressEvery data records, in order.
  std::vector<std::uint64_t> progress_bytes;
  reader::Bom bom = reader::Bom::kNone;  // the reader's: set in the batch holding the header
};

class ReadingThread {
 public:
  // Starts reading at once. `wanted`: RowTracker::want. `progress_every`: a power of two.
  // `batch_bytes`: record bytes per batch (reader::RecordBatch).
  ReadingThread(reader::CsvReader& reader, RowTraits wanted, std::uint64_t progress_every,
                std::size_t batch_bytes);
  // Stops the thread (also when the caller gave up halfway) and waits for it.
  ~ReadingThread();
  ReadingThread(const ReadingThread&) = delete;
  ReadingThread& operator=(const ReadingThread&) = delete;

  // The next batch; nullptr once the reader has no more records (then the reader's error(),
  // bytes_read() and the rest may be read). Rethrows what the reading thread threw. The batch
  // is valid until the next call.
  const TrackedBatch* next();

 private:
  void run();
  void fill(TrackedBatch& batch);  // one batch; the last one when it ends with done_ set
  std::unique_ptr<TrackedBatch> take_free();
  void hand_over(std::unique_ptr<TrackedBatch> batch, bool last);

  reader::CsvReader& reader_;
  const std::uint64_t progress_mask_;
  // The reading thread's own state.
  RowTracker tracker_;
  ColumnMap columns_;
  bool have_header_ = false;
  std::uint64_t records_ = 0;
  const reader::Record* carried_ = nullptr;  // read and tracked, did not fit the last batch
  Row::Tracked carried_tracked_{};
  static constexpr std::uint64_t kNoProgress = ~std::uint64_t{0};
  std::uint64_t carried_progress_ = kNoProgress;

  // Shared, under lock_.
  std::mutex lock_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<TrackedBatch>> full_, free_;
  bool done_ = false, stop_ = false;
  std::exception_ptr error_;

  std::unique_ptr<TrackedBatch> current_;  // the caller's batch
  std::thread thread_;                     // last: starts once the rest is built
};

}  // namespace cerslint::engine
