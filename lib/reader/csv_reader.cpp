// The tokenizer: one record per parse_record() call, re-started from the record's first byte
// when a block boundary cuts it (records are short, so the re-scan is cheaper than keeping a
// resumable state machine). Semantics follow Apache Commons CSV 1.6's Lexer exactly; see
// docs/ARCHITECTURE.md "Reader".
#include "reader/csv_reader.hpp"

#include <algorithm>
#include <cstring>

#include "reader/scan.hpp"
#include "reader/simd_level.hpp"
#include "text/java_text.hpp"

namespace cerslint::reader {
namespace {

// Length of the UTF-8 sequence starting with `lead` (1 for invalid leads: they decode to U+FFFD).
int utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 1;
}

// Decodes one well-formed code point at [p, p+n); U+FFFD when ill-formed.
char32_t decode(const char* p, int n) {
  std::string_view s(p, static_cast<std::size_t>(n));
  if (!text::is_valid_utf8(s)) return 0xFFFD;
  auto b = [&](int i) { return static_cast<char32_t>(static_cast<unsigned char>(p[i])); };
  if (n == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (n == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

bool is_ascii_java_space(unsigned char c) {
  // Java Character.isWhitespace for ASCII, minus CR/LF (line ends are handled first).
  return c == ' ' || c == '\t' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1F);
}

}  // namespace

Record::Position Record::position_of(std::uint32_t raw_offset) const {
  std::uint64_t line = line_;
  std::size_t line_start = 0;
  const std::size_t end = std::min<std::size_t>(raw_offset, raw_.size());
  for (std::size_t i = 0; i < end; ++i) {
    char c = raw_[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= raw_.size() || raw_[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  std::uint32_t column = 1;
  for (std::size_t i = line_start; i < end; ++i) {
    if ((static_cast<unsigned char>(raw_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

CsvReader::CsvReader(ReaderOptions options, std::string name)
    : options_(options),
      name_(std::move(name)),
      consumed_base_(options.origin.offset),
      line_(options.origin.line),
      next_index_(options.origin.index),
      delims_(classify::for_level(simd::level())) {}

CsvReader::CsvReader(Input input, ReaderOptions options) : CsvReader(options, input.name()) {
  input_.emplace(std::move(input));
  cap_ = std::max<std::size_t>(options_.block_bytes, 64);
  // Not zero-filled: nothing reads past len_ (DelimCursor pads a copy of the last bytes, as
  // from_memory() buffers are the caller's), and 512 KiB of memset per file shows up in fuzzing.
  owned_ = std::make_unique_for_overwrite<char[]>(cap_);
  buf_ = owned_.get();
}

CsvReader CsvReader::from_memory(std::string_view data, ReaderOptions options) {
  CsvReader r(options, "<memory>");
  r.buf_ = data.data();
  r.len_ = r.cap_ = data.size();
  r.eof_ = true;
  return r;
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

bool CsvReader::fill() {
  delims_.reset();  // the bytes below move and/or the end of valid data changes
  if (eof_ || !input_) {
    eof_ = true;
    return true;
  }
  if (pos_ > 0) {
    std::memmove(owned_.get(), owned_.get() + pos_, len_ - pos_);
    consumed_base_ += pos_;
    len_ -= pos_;
    pos_ = 0;
  }
  if (len_ == cap_) {
    // One record fills the whole block: grow, but not without bound (an unterminated quote
    // would otherwise pull the rest of a multi-gigabyte file into memory).
    if (cap_ >= options_.max_record_bytes) {
      const std::size_t cap = options_.max_record_bytes;
      error_ = Error{"a single record (starting at line " + std::to_string(line_) +
                         ") is longer than " +
                         (cap >= (1u << 20) ? std::to_string(cap >> 20) + " MiB"
                                            : std::to_string(cap) + " bytes") +
                         "; most likely a quote (\") that is never closed",
                     name_};
      return false;
    }
    std::size_t grown = std::min(cap_ * 2, options_.max_record_bytes);
    auto bigger = std::make_unique_for_overwrite<char[]>(grown);
    std::memcpy(bigger.get(), owned_.get(), len_);
    owned_ = std::move(bigger);
    buf_ = owned_.get();
    cap_ = grown;
  }
  auto got = input_->read(owned_.get() + len_, cap_ - len_);
  if (!got) {
    error_ = got.error();
    return false;
  }
  if (*got == 0) eof_ = true;
  len_ += *got;
  return true;
}

void CsvReader::detect_bom() {
  const auto* b = reinterpret_cast<const unsigned char*>(buf_ + pos_);
  std::size_t n = len_ - pos_;
  if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
    bom_ = Bom::kUtf8;
    pos_ += 3;  // Commons IO's BOMInputStream removes it before the parser sees anything
  } else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
    bom_ = Bom::kUtf16Le;  // not removed: CERS reads UTF-16 as garbage bytes
  } else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
    bom_ = Bom::kUtf16Be;
  }
}

const Record* CsvReader::next() {
  if (error_) return nullptr;
  if (!started_) {
    started_ = true;
    while (len_ - pos_ < 3 && !eof_) {
      if (!fill()) return nullptr;
    }
    if (options_.origin.offset == 0 && options_.byte_order_mark) detect_bom();
  }
  for (;;) {
    switch (parse_record(eof_)) {
      case Parse::kDone:
        return &record_;
      case Parse::kEnd:
        return nullptr;
      case Parse::kNeedMore:
        if (!fill()) return nullptr;
        break;
    }
  }
}

// What tokenizing one record has found so far; committed to record_ only once the record is
// whole (a kNeedMore return simply drops it and the record is re-parsed after the refill).
struct CsvReader::RecordScan {
  const char* rec;  // first byte of the record
  const char* e;    // end of valid bytes in the buffer
  bool at_eof;
  QuoteError qerr = QuoteError::kNone;
  std::uint32_t qerr_at = 0;
  bool quoted_break = false;
  std::uint64_t inner_breaks = 0;  // line breaks inside quoted values
  LineEnding first_ending = LineEnding::kNone;

  void note_ending(LineEnding le) {
    if (first_ending == LineEnding::kNone) first_ending = le;
  }
  // Commons CSV stops at the first error in a record, so only the first one is reported.
  void note_error(QuoteError err, const char* at) {
    if (qerr == QuoteError::kNone) {
      qerr = err;
      qerr_at = static_cast<std::uint32_t>(at - rec);
    }
  }
};

CsvReader::Parse CsvReader::parse_record(bool at_eof) {
  const char* const base = buf_ + pos_;
  const char* const e = buf_ + len_;
  const char* p = base;
  std::uint64_t line = line_;
  std::uint64_t blanks = 0;
  LineEnding first_ending = LineEnding::kNone;
  auto note_ending = [&](LineEnding le) {
    if (first_ending == LineEnding::kNone) first_ending = le;
  };

  // Skipped empty lines are consumed for good, so a long run of them never counts toward
  // max_record_bytes and errors name the line where the record really starts.
  auto consume_blanks = [&] {
    pos_ = static_cast<std::size_t>(p - buf_);
    line_ = line;
    pending_blanks_ += blanks;
    if (first_ending_ == LineEnding::kNone) first_ending_ = first_ending;
  };

  // Empty lines are skipped before every record (Commons CSV ignoreEmptyLines).
  while (p < e && (*p == '\r' || *p == '\n')) [[unlikely]] {
    if (*p == '\r') {
      if (p + 1 == e && !at_eof) {
        consume_blanks();
        return Parse::kNeedMore;
      }
      if (p + 1 < e && p[1] == '\n') {
        ++p;
        note_ending(LineEnding::kCrLf);
      } else {
        note_ending(LineEnding::kCr);
      }
    } else {
      note_ending(LineEnding::kLf);
    }
    ++p;
    ++blanks;
    ++line;
  }
  if (p == e) {
    consume_blanks();
    return at_eof ? Parse::kEnd : Parse::kNeedMore;
  }
  // Every ending noted above is committed here, so the record's own scan starts afresh.
  if (blanks > 0) consume_blanks();

  scratch_.clear();
  RecordScan s{.rec = p, .e = e, .at_eof = at_eof};
  LineEnding ending = LineEnding::kNone;

  // The hot loop: an unquoted field is one bit of the delimiter mask. The span is built in place
  // in fields_ (not in a local copied in by push_back: the piecewise stores of the local and
  // the wide load of the copy made a store-forwarding stall per field, most of the loop's time).
  FieldSpan* out = fields_.get();
  FieldSpan* out_end = out + fields_cap_;
  // The window's delimiters not yet used, after the last one this record took (see
  // DelimCursor::bits_after), in locals the field stores cannot alias. 0 means "ask delims_":
  // at the record's start, after a quoted field and when the window runs out.
  std::uint64_t bits = 0;
  const char* window = nullptr;
  for (;;) {
    if (out == out_end) [[unlikely]] {
      const std::size_t used = static_cast<std::size_t>(out - fields_.get());
      out = grow_fields(used);
      out_end = fields_.get() + fields_cap_;
    }
    FieldSpan& f = *out++;
    f.quoted = f.unescaped = f.has_line_break = false;
    f.raw_begin = static_cast<std::uint32_t>(p - s.rec);
    if (p < e && *p == '"') [[unlikely]] {
      if (!quoted_field(s, p, f)) return Parse::kNeedMore;
      bits = 0;  // quoted_field moved the window
    } else {
      const char* q;
      if (bits != 0) [[likely]] {
        q = window + std::countr_zero(bits);
        bits &= bits - 1;
      } else {
        q = delims_.find(p, e);
        if (q == e) {
          if (!at_eof) return Parse::kNeedMore;
        } else {
          bits = delims_.bits_after(q);
          window = delims_.window_base();
        }
      }
      f.value_data = p;
      f.value_size = static_cast<std::uint32_t>(q - p);
      p = q;
    }
    f.raw_end = static_cast<std::uint32_t>(p - s.rec);

    if (p == e) break;  // end of input ends the record
    if (*p == ',') {
      ++p;
      continue;
    }
    // Line end.
    if (*p == '\r') {
      if (p + 1 == e && !at_eof) return Parse::kNeedMore;
      if (p + 1 < e && p[1] == '\n') {
        ending = LineEnding::kCrLf;
        p += 2;
      } else {
        ending = LineEnding::kCr;
        p += 1;
      }
    } else {
      ending = LineEnding::kLf;
      p += 1;
    }
    break;
  }

  // Commit.
  const std::size_t raw_len = static_cast<std::size_t>(p - s.rec) -
                              (ending == LineEnding::kCrLf  ? 2
                               : ending == LineEnding::kNone ? 0
                                                             : 1);
  record_.index_ = next_index_++;
  record_.line_ = line;
  record_.offset_ = consumed_base_ + static_cast<std::uint64_t>(s.rec - buf_);
  record_.blank_lines_before_ = pending_blanks_;
  pending_blanks_ = 0;
  record_.raw_ = std::string_view(s.rec, raw_len);
  record_.ending_ = ending;
  record_.quote_error_ = s.qerr;
  record_.quote_error_at_ = s.qerr_at;
  record_.has_quoted_line_break_ = s.quoted_break;
  record_.has_unescaped_ = !scratch_.empty();
  record_.fields_ = fields_.get();
  record_.size_ = static_cast<std::size_t>(out - fields_.get());
  if (first_ending_ == LineEnding::kNone) [[unlikely]] {
    if (ending != LineEnding::kNone) s.note_ending(ending);
    first_ending_ = s.first_ending;
  }
  line_ = line + s.inner_breaks + (ending == LineEnding::kNone ? 0 : 1);
  pos_ = static_cast<std::size_t>(p - buf_);
  return Parse::kDone;
}

// Doubles the field array (keeping the first `used` spans); returns where span `used` goes.
FieldSpan* CsvReader::grow_fields(std::size_t used) {
  const std::size_t cap = std::max<std::size_t>(16, fields_cap_ * 2);
  auto bigger = std::make_unique<FieldSpan[]>(cap);
  std::copy(fields_.get(), fields_.get() + used, bigger.get());
  fields_ = std::move(bigger);
  fields_cap_ = cap;
  return fields_.get() + used;
}

// A field starting with '"' (rare, so kept out of the hot loop): finds the closing quote,
// unescapes doubled quotes, checks what follows the closing quote. Moves p to the field's end;
// false when the buffer ends before that end is certain.
bool CsvReader::quoted_field(RecordScan& s, const char*& p, FieldSpan& f) {
  const char* const e = s.e;
  const bool at_eof = s.at_eof;
  f.quoted = true;
  const char* content = p + 1;
  const char* q = content;
  bool doubled = false;
  bool closed = false;
  for (;;) {
    q = scan::quote(q, e);
    if (q == e) break;
    if (q + 1 == e && !at_eof) return false;  // is it "" or a closing quote?
    if (q + 1 < e && q[1] == '"') {
      doubled = true;
      q += 2;
      continue;
    }
    closed = true;
    break;
  }
  if (!closed && !at_eof) return false;
  // Line breaks inside the quoted value: rare, so found through the delimiter mask (which
  // also marks the value's commas) instead of a byte loop over the whole value.
  for (const char* c = delims_.find(content, e); c < q; c = delims_.find(c + 1, e)) {
    if (*c == ',') continue;
    if (*c == '\n' || c + 1 >= q || c[1] != '\n') {  // LF, or a CR that is not half of a CRLF
      ++s.inner_breaks;
      f.has_line_break = s.quoted_break = true;
      s.note_ending(*c == '\n' ? (c > content && c[-1] == '\r' ? LineEnding::kCrLf : LineEnding::kLf)
                               : LineEnding::kCr);
    }
  }
  if (doubled) {
    // Unescaped values never outgrow the record, and the record fits in [rec, e): reserving
    // that much once means scratch_ never reallocates under earlier fields' views.
    if (scratch_.capacity() < static_cast<std::size_t>(e - s.rec)) scratch_.reserve(e - s.rec);
    f.unescaped = true;
    const std::size_t start = scratch_.size();
    scratch_.resize(start + static_cast<std::size_t>(q - content));  // within capacity
    char* const out = scratch_.data() + start;
    char* w = out;
    for (const char* c = content;;) {  // copy the runs between "" pairs, one quote per pair
      const char* dq = scan::quote(c, q);
      std::memcpy(w, c, static_cast<std::size_t>(dq - c));
      w += dq - c;
      if (dq == q) break;
      *w++ = '"';
      c = dq + 2;
    }
    scratch_.resize(start + static_cast<std::size_t>(w - out));
    f.value_data = out;
    f.value_size = static_cast<std::uint32_t>(w - out);
  } else {
    f.value_data = content;
    f.value_size = static_cast<std::uint32_t>(q - content);
  }
  if (!closed) {  // end of input inside quotes
    s.note_error(QuoteError::kUnterminatedQuote, p);
    p = e;
    return true;
  }
  // After the closing quote only Java whitespace may come before the delimiter/line end.
  const char* r = q + 1;
  for (;;) {
    if (r == e) {
      if (!at_eof) return false;  // more whitespace, or the delimiter, may follow
      break;
    }
    auto c = static_cast<unsigned char>(*r);
    if (c < 0x80) {
      if (!is_ascii_java_space(c)) break;
      ++r;
      continue;
    }
    int n = utf8_length(c);
    if (e - r < n && !at_eof) return false;
    if (e - r < n || !text::is_java_whitespace(decode(r, n))) break;
    r += n;
  }
  if (r < e && *r != ',' && *r != '\r' && *r != '\n') {
    // Commons CSV throws here. Keep going so rules see the rest of the file: the field runs
    // on, unquoted, to the next delimiter, and its value is the raw text.
    s.note_error(QuoteError::kCharAfterClosingQuote, r);
    r = delims_.find(r, e);
    if (r == e && !at_eof) return false;
    f.unescaped = false;
    f.value_data = p;
    f.value_size = static_cast<std::uint32_t>(r - p);
  }
  p = r;
  return true;
}

}  // namespace cerslint::reader
