// Copying a Record: its views are re-pointed from the reader's buffers into the batch's.
#include "reader/record_batch.hpp"

#include <algorithm>
#include <cstring>

namespace cerslint::reader {

RecordBatch::RecordBatch(std::size_t bytes, std::size_t fields)
    : usual_bytes_(bytes), usual_fields_(fields) {
  make_room(bytes, fields);
  records_.reserve(fields / 6 + 1);  // the usual six fields a record
}

void RecordBatch::clear() {
  bytes_used_ = 0;
  fields_used_ = 0;
  records_.clear();
  if (bytes_cap_ > 4 * usual_bytes_) {
    bytes_cap_ = usual_bytes_;
    bytes_ = std::make_unique_for_overwrite<char[]>(bytes_cap_);
  }
  if (fields_cap_ > 4 * usual_fields_) {
    fields_cap_ = usual_fields_;
    fields_ = std::make_unique_for_overwrite<FieldSpan[]>(fields_cap_);
  }
}

void RecordBatch::make_room(std::size_t bytes, std::size_t fields) {
  // Only called on an empty batch: nothing points into the storage being replaced.
  if (bytes_cap_ < bytes) {
    bytes_cap_ = std::max(bytes, 2 * bytes_cap_);
    bytes_ = std::make_unique_for_overwrite<char[]>(bytes_cap_);
  }
  if (fields_cap_ < fields) {
    fields_cap_ = std::max(fields, 2 * fields_cap_);
    fields_ = std::make_unique_for_overwrite<FieldSpan[]>(fields_cap_);
  }
}

bool RecordBatch::add(const Record& record) {
  const std::string_view raw = record.raw();
  const std::size_t width = record.size();
  // Unescaped values (doubled quotes) live in the reader's scratch buffer and are copied too;
  // each is shorter than its field, so twice the raw size always has room for them.
  const std::size_t most = record.has_unescaped() ? 2 * raw.size() : raw.size();
  if (bytes_used_ + most > bytes_cap_ || fields_used_ + width > fields_cap_) {
    if (!records_.empty()) return false;
    make_room(most, width);
  }
  char* const base = bytes_.get() + bytes_used_;
  if (!raw.empty()) std::memcpy(base, raw.data(), raw.size());  // an empty view may be null
  bytes_used_ += raw.size();

  // Each span is copied and re-pointed from the source, never read back from the copy: reading
  // back a field just stored (by a wider store, or a memcpy) stalls store forwarding, which was
  // most of this function's time in the first two versions.
  FieldSpan* const spans = fields_.get() + fields_used_;
  fields_used_ += width;
  const FieldSpan* const from = width != 0 ? &record.field(0) : nullptr;
  // Values inside the raw bytes (an empty one too: it points where its field starts) move by
  // the same distance as the bytes.
  const auto moved = [&](const char* p) { return base + (p - raw.data()); };
  if (!record.has_unescaped()) [[likely]] {
    for (std::size_t i = 0; i < width; ++i) {
      spans[i] = from[i];
      spans[i].value_data = moved(from[i].value_data);
    }
  } else {
    for (std::size_t i = 0; i < width; ++i) {
      spans[i] = from[i];
      if (from[i].unescaped) {
        char* const out = bytes_.get() + bytes_used_;
        std::memcpy(out, from[i].value_data, from[i].value_size);
        bytes_used_ += from[i].value_size;
        spans[i].value_data = out;
      } else {
        spans[i].value_data = moved(from[i].value_data);
      }
    }
  }

  Record& copy = records_.emplace_back(record);
  copy.raw_ = std::string_view(base, raw.size());
  copy.fields_ = spans;
  return true;
}

}  // namespace cerslint::reader
