// Records copied out of a reader, so that another thread can work on them while the reader goes
// on (engine::check with a reading thread). Each copied Record, and every view it hands out,
// points into the batch's own storage and stays valid until clear().
//
// Storage is reserved up front and never reallocated while the batch holds records (that would
// move the bytes under earlier records' views): add() reports "full" instead, and only grows
// the storage when the batch is empty and one record is larger than all of it.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "reader/record.hpp"

namespace cerslint::reader {

class RecordBatch {
 public:
  // Room for about `bytes` of record text and `fields` field spans before add() says full.
  RecordBatch(std::size_t bytes, std::size_t fields);

  // Copies `record` (raw bytes, fields, unescaped values) into the batch. False when it does
  // not fit next to the records already there: hand the batch on and add it to a fresh one.
  bool add(const Record& record);
  void clear();

  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  const Record& operator[](std::size_t i) const { return records_[i]; }
  std::size_t bytes_capacity() const { return bytes_cap_; }

 private:
  void make_room(std::size_t bytes, std::size_t fields);

  // Plain arrays filled through a size, not vectors: add() runs once per record on the reading
  // thread, which is the busier half, and a vector's insert and push_back were half its cost.
  std::unique_ptr<char[]> bytes_;  // raw bytes, then any unescaped values, record after record
  std::size_t bytes_used_ = 0, bytes_cap_ = 0;
  std::unique_ptr<FieldSpan[]> fields_;  // every record's spans, one after the other
  std::size_t fields_used_ = 0, fields_cap_ = 0;
  // The sizes asked for at construction: storage grown for one huge record (up to the reader's
  // max_record_bytes) shrinks back to them at clear(), so it is not kept for the whole file.
  std::size_t usual_bytes_, usual_fields_;
  std::vector<Record> records_;
};

}  // namespace cerslint::reader
