// Streaming tokenizer for the CSV dialect CERS accepts (Apache Commons CSV 1.6 DEFAULT): comma,
// double quote, quotes only at field start, CR/LF/CRLF (mixed), empty lines skipped, one UTF-8
// BOM removed. It never throws on bad input: quote errors, ragged rows and whitespace-only lines
// are facts on the Record. Memory is one block buffer, grown only for a single record longer
// than the block (up to ReaderOptions::max_record_bytes).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "reader/delim_cursor.hpp"
#include "reader/input.hpp"
#include "reader/record.hpp"
#include "util/result.hpp"

namespace cerslint::reader {

enum class Bom : std::uint8_t { kNone, kUtf8, kUtf16Le, kUtf16Be };

struct ReaderOptions {
  // 128 KiB..1 MiB read and tokenize a 274 MB file equally fast on a 1 MiB-L2 core (measured,
  // within noise); 512 KiB stays well inside L2 next to the rest of the check's working set.
  std::size_t block_bytes = 512 << 10;
  std::size_t max_record_bytes = 64u << 20;
  // Where the bytes start in a larger input: the counters begin here instead of at the top of
  // a file. A reader that starts mid-file does not look for a byte order mark. This is how the
  // tests show that lines, offsets and row numbers past 2^32 stay whole without writing a
  // 4 GB file (see CsvReaderTest.CountersPastTwoToThe32).
  struct Origin {
    std::uint64_t offset = 0;  // byte offset of the first byte
    std::uint64_t line = 1;    // physical line of the first byte
    std::uint64_t index = 0;   // index of the first record (0: it is the header)
  } origin = {};
  // Whether a byte order mark at the very start is the file's (a UTF-8 one is removed): false
  // for text that starts in the middle of a row's values, such as a block of rows the fixer
  // wrote to a scratch file, where those bytes are the first group name's.
  bool byte_order_mark = true;
};

class CsvReader {
 public:
  explicit CsvReader(Input input, ReaderOptions options = {});
  // Reads an in-memory buffer (tests, benchmarks, fuzzing). `data` must outlive the reader.
  static CsvReader from_memory(std::string_view data, ReaderOptions options = {});

  // The next record, or nullptr at the end of input or on an I/O error (see error()). The
  // returned record is valid until the next call.
  const Record* next();

  // Set when next() stopped because of an I/O failure or a record over max_record_bytes.
  const std::optional<Error>& error() const { return error_; }
  Bom bom() const { return bom_; }
  // Line ending of the first line break seen (what CERS records as the file's newline).
  LineEnding first_line_ending() const { return first_ending_; }
  std::uint64_t bytes_read() const { return consumed_base_ + pos_; }
  // The physical line the reader is on (1-based): after the end of input, one more than the
  // number of line endings read.
  std::uint64_t lines() const { return line_; }
  const std::string& name() const { return name_; }

  CsvReader(CsvReader&&) noexcept;
  CsvReader& operator=(CsvReader&&) noexcept;
  ~CsvReader();

 private:
  CsvReader(ReaderOptions options, std::string name);
  enum class Parse { kDone, kNeedMore, kEnd };
  struct RecordScan;
  Parse parse_record(bool at_eof);
  bool quoted_field(RecordScan& s, const char*& p, FieldSpan& f);
  FieldSpan* grow_fields(std::size_t used);
  bool fill();
  void detect_bom();

  ReaderOptions options_;
  std::string name_;
  std::optional<Input> input_;
  std::unique_ptr<char[]> owned_;
  const char* buf_ = nullptr;  // owned_ or the caller's memory
  std::size_t cap_ = 0;
  std::size_t pos_ = 0;  // first unconsumed byte
  std::size_t len_ = 0;  // bytes valid in buf_
  bool eof_ = false;
  bool started_ = false;
  std::uint64_t consumed_base_ = 0;  // input offset of buf_[0]
  std::uint64_t line_ = 1;
  std::uint64_t next_index_ = 0;
  std::uint64_t pending_blanks_ = 0;  // empty lines consumed before the next record
  Bom bom_ = Bom::kNone;
  LineEnding first_ending_ = LineEnding::kNone;
  std::optional<Error> error_;
  DelimCursor delims_;  // structural index over buf_; reset by fill()
  Record record_;
  // The current record's fields. A plain array the hot loop fills through a local pointer
  // (a vector's push_back re-checks capacity and stores its end pointer on every field).
  std::unique_ptr<FieldSpan[]> fields_;
  std::size_t fields_cap_ = 0;
  std::string scratch_;  // unescaped values with doubled quotes, for the current record
};

}  // namespace cerslint::reader
