// The reading half of a two-thread check: a producer and a caller taking batches in order.
#include "engine/reading_thread.hpp"

namespace cerslint::engine {

namespace {
constexpr int kBatches = 3;  // filling, waiting, being checked
}

ReadingThread::ReadingThread(reader::CsvReader& reader, RowTraits wanted,
                             std::uint64_t progress_every, std::size_t batch_bytes)
    : reader_(reader), progress_mask_(progress_every - 1) {
  tracker_.want(wanted);
  for (int i = 0; i < kBatches; ++i) free_.push_back(std::make_unique<TrackedBatch>(batch_bytes));
  thread_ = std::thread([this] { run(); });
}

ReadingThread::~ReadingThread() {
  {
    std::lock_guard<std::mutex> hold(lock_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void ReadingThread::run() {
  try {
    bool last = false;
    while (!last) {
      std::unique_ptr<TrackedBatch> batch = take_free();
      if (!batch) return;  // stopped
      fill(*batch);
      last = carried_ == nullptr;  // a full batch always carries the record that did not fit
      hand_over(std::move(batch), last);
    }
  } catch (...) {
    std::lock_guard<std::mutex> hold(lock_);
    error_ = std::current_exception();
    done_ = true;
    changed_.notify_all();
  }
}

std::unique_ptr<TrackedBatch> ReadingThread::take_free() {
  std::unique_lock<std::mutex> hold(lock_);
  changed_.wait(hold, [&] { return stop_ || !free_.empty(); });
  if (stop_) return nullptr;
  std::unique_ptr<TrackedBatch> batch = std::move(free_.front());
  free_.pop_front();
  return batch;
}

void ReadingThread::hand_over(std::unique_ptr<TrackedBatch> batch, bool last) {
  {
    std::lock_guard<std::mutex> hold(lock_);
    full_.push_back(std::move(batch));
    done_ = last;
  }
  changed_.notify_all();
}

void ReadingThread::fill(TrackedBatch& batch) {
  batch.records.clear();
  batch.tracked.clear();
  batch.progress_bytes.clear();
  // Adds one record and its facts; false when the batch is full, and the record is carried to
  // the next batch (with its progress mark, so the marks stay with their records).
  auto add = [&](const reader::Record& rec, const Row::Tracked& t, std::uint64_t progress) {
    if (!batch.records.add(rec)) {
      carried_ = &rec;
      carried_tracked_ = t;
      carried_progress_ = progress;
      return false;
    }
    batch.tracked.push_back(t);
    if (progress != kNoProgress) batch.progress_bytes.push_back(progress);
    return true;
  };
  if (carried_ != nullptr) {
    const reader::Record* rec = carried_;
    carried_ = nullptr;
    add(*rec, carried_tracked_, carried_progress_);  // an empty batch takes any record
  }
  while (const reader::Record* rec = reader_.next()) {
    Row::Tracked t{};
    std::uint64_t progress = kNoProgress;
    if (!have_header_) {
      have_header_ = true;
      columns_ = ColumnMap::from_header(*rec);
      tracker_.on_header(*rec, columns_);
      batch.bom = reader_.bom();  // known once the first record is read
    } else {
      t = tracker_.changes(*rec, columns_);  // the row's own traits: on the checking thread
      // Counted here, for the caller's progress display (it counts the same records).
      if ((++records_ & progress_mask_) == 0) progress = reader_.bytes_read();
    }
    if (!add(*rec, t, progress)) return;
  }
}

const TrackedBatch* ReadingThread::next() {
  std::unique_lock<std::mutex> hold(lock_);
  if (current_) free_.push_back(std::move(current_));
  changed_.notify_all();
  changed_.wait(hold, [&] { return !full_.empty() || done_; });
  if (full_.empty()) {
    if (error_) std::rethrow_exception(error_);
    return nullptr;
  }
  current_ = std::move(full_.front());
  full_.pop_front();
  return current_.get();
}

}  // namespace cerslint::engine
