// One CSV record as the reader saw it: zero-copy views of its raw bytes and field values plus the
// syntax facts rules need (positions, quoting, line endings, quote errors). A Record and every
// view it hands out are valid only until the reader's next call to next().
#pragma once

#include <cstdint>
#include <string_view>

namespace cerslint::reader {

enum class LineEnding : std::uint8_t { kNone, kLf, kCr, kCrLf };

enum class QuoteError : std::uint8_t {
  kNone,
  kCharAfterClosingQuote,  // "ab"x  -> Commons CSV: invalid char between encapsulated token and delimiter
  kUnterminatedQuote,      // "ab... EOF -> Commons CSV: EOF reached before encapsulated token finished
};

// Where a field lies inside Record::raw(), and where its value lies.
struct FieldSpan {
  std::uint32_t raw_begin = 0;  // first byte of the field (the opening quote if quoted)
  std::uint32_t raw_end = 0;    // one past the last byte before the delimiter / line end
  // Value: quotes removed. Points into the record (or, for values with doubled quotes, into the
  // reader's per-record scratch buffer; `unescaped` is then true).
  const char* value_data = nullptr;
  std::uint32_t value_size = 0;
  bool quoted = false;
  bool unescaped = false;
  bool has_line_break = false;  // a quoted value holding CR or LF
};

class Record {
 public:
  // 0 for the header (the first record), then 1, 2, ...: the CERS row number of a data record.
  std::uint64_t index() const { return index_; }
  // Physical line (1-based, CR, LF and CRLF each end a line) where the record starts.
  std::uint64_t line() const { return line_; }
  // Byte offset of the record's first byte in the input (a leading BOM counts).
  std::uint64_t offset() const { return offset_; }
  // The record's bytes, without its line ending.
  std::string_view raw() const { return raw_; }
  LineEnding ending() const { return ending_; }
  // Empty lines skipped immediately before this record (they are not records).
  std::uint64_t blank_lines_before() const { return blank_lines_before_; }

  std::size_t size() const { return size_; }
  std::string_view value(std::size_t i) const {
    const FieldSpan& f = fields_[i];
    return {f.value_data, f.value_size};
  }
  std::string_view raw_field(std::size_t i) const {
    const FieldSpan& f = fields_[i];
    return raw_.substr(f.raw_begin, f.raw_end - f.raw_begin);
  }
  const FieldSpan& field(std::size_t i) const { return fields_[i]; }

  QuoteError quote_error() const { return quote_error_; }
  // Offset inside raw() of the offending character (kCharAfterClosingQuote) or of the opening
  // quote that never closed (kUnterminatedQuote).
  std::uint32_t quote_error_at() const { return quote_error_at_; }
  bool has_quoted_line_break() const { return has_quoted_line_break_; }
  // Some value had doubled quotes, so it lies outside raw() (FieldSpan::unescaped); may also be
  // set when none does (a quote error after a doubled quote), never the other way round.
  bool has_unescaped() const { return has_unescaped_; }

  // Physical line and 1-based column (in characters) of a byte offset inside raw().
  struct Position {
    std::uint64_t line;
    std::uint32_t column;
  };
  Position position_of(std::uint32_t raw_offset) const;

 private:
  friend class CsvReader;
  friend class RecordBatch;  // copies a record, re-pointing its views
  std::uint64_t index_ = 0;
  std::uint64_t line_ = 1;
  std::uint64_t offset_ = 0;
  std::uint64_t blank_lines_before_ = 0;
  std::string_view raw_;
  LineEnding ending_ = LineEnding::kNone;
  QuoteError quote_error_ = QuoteError::kNone;
  std::uint32_t quote_error_at_ = 0;
  bool has_quoted_line_break_ = false;
  bool has_unescaped_ = false;
  // The reader's field array (a pointer and a count, so value(i) is one indirection).
  const FieldSpan* fields_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace cerslint::reader
