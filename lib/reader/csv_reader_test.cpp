// Unit tests for CsvReader: every rule of the Commons CSV 1.6 DEFAULT dialect that CERS reads with,
// and the record facts rules rely on (lines, offsets, spans, quote errors). Block boundaries are
// where streaming tokenizers break, so each input is read from memory, from a file at several block
// sizes and through a pipe that hands over a few bytes per read(2); all of them must agree.
#include "reader/csv_reader.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "reader/simd_test_support.hpp"

namespace cerslint::reader {

// Readable enum names in failure output (found by gtest through ADL).
void PrintTo(LineEnding e, std::ostream* os) {
  static const char* const names[] = {"None", "LF", "CR", "CRLF"};
  *os << names[static_cast<int>(e)];
}
void PrintTo(QuoteError e, std::ostream* os) {
  static const char* const names[] = {"None", "CharAfterClosingQuote", "UnterminatedQuote"};
  *os << names[static_cast<int>(e)];
}
void PrintTo(Bom b, std::ostream* os) {
  static const char* const names[] = {"None", "UTF-8", "UTF-16LE", "UTF-16BE"};
  *os << names[static_cast<int>(b)];
}

namespace {

std::string escaped(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '"':
        out += "\\\"";
        break;
      default:
        if (c < 0x20 || c >= 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

// Everything observable about one record, copied out while the record's views are valid.
struct FieldFacts {
  std::uint32_t raw_begin = 0;
  std::uint32_t raw_end = 0;
  std::string raw;
  std::string value;
  bool quoted = false;
  bool unescaped = false;
  bool has_line_break = false;
  bool operator==(const FieldFacts&) const = default;
};

struct RecordFacts {
  std::uint64_t index = 0;
  std::uint64_t line = 0;
  std::uint64_t offset = 0;
  std::uint64_t blank_lines_before = 0;
  std::string raw;
  LineEnding ending = LineEnding::kNone;
  QuoteError quote_error = QuoteError::kNone;
  std::uint32_t quote_error_at = 0;
  std::uint64_t error_line = 0;  // position_of(quote_error_at)
  std::uint32_t error_column = 0;
  bool has_quoted_line_break = false;
  std::vector<FieldFacts> fields;
  std::uint64_t bytes_read_after = 0;  // reader state right after next() returned this record
  std::uint64_t lines_after = 0;
  bool operator==(const RecordFacts&) const = default;

  std::vector<std::string> values() const {
    std::vector<std::string> v;
    for (const auto& f : fields) v.push_back(f.value);
    return v;
  }
};

struct ReadFacts {
  std::vector<RecordFacts> records;
  std::optional<std::string> error;
  Bom bom = Bom::kNone;
  LineEnding first_line_ending = LineEnding::kNone;
  std::uint64_t lines = 0;
  std::uint64_t bytes_read = 0;
  bool operator==(const ReadFacts&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ReadFacts& f) {
  for (const auto& r : f.records) {
    os << "\n  #" << r.index << " line " << r.line << " off " << r.offset << " blanks "
       << r.blank_lines_before << " end " << testing::PrintToString(r.ending) << " qerr "
       << testing::PrintToString(r.quote_error) << "@" << r.quote_error_at << " (" << r.error_line
       << ":" << r.error_column << ") qlb " << r.has_quoted_line_break << " after "
       << r.bytes_read_after << "B/" << r.lines_after << "L raw \"" << escaped(r.raw) << "\"";
    for (const auto& fl : r.fields) {
      os << "\n      [" << fl.raw_begin << "," << fl.raw_end << ") \"" << escaped(fl.value) << "\""
         << (fl.quoted ? " q" : "") << (fl.unescaped ? " u" : "")
         << (fl.has_line_break ? " lb" : "");
    }
  }
  os << "\n  error " << (f.error ? *f.error : "-") << " bom " << testing::PrintToString(f.bom)
     << " first " << testing::PrintToString(f.first_line_ending) << " lines " << f.lines
     << " bytes " << f.bytes_read << "\n";
  return os;
}

// Reads everything, checking the span invariants every record must satisfy on the way.
ReadFacts collect(CsvReader& reader) {
  ReadFacts out;
  while (const Record* rec = reader.next()) {
    RecordFacts r;
    r.index = rec->index();
    r.line = rec->line();
    r.offset = rec->offset();
    r.blank_lines_before = rec->blank_lines_before();
    r.raw = std::string(rec->raw());
    r.ending = rec->ending();
    r.quote_error = rec->quote_error();
    r.quote_error_at = rec->quote_error_at();
    auto pos = rec->position_of(rec->quote_error_at());
    r.error_line = pos.line;
    r.error_column = pos.column;
    r.has_quoted_line_break = rec->has_quoted_line_break();
    r.bytes_read_after = reader.bytes_read();
    r.lines_after = reader.lines();
    // Every value is copied only after the whole record was parsed: a view invalidated by a
    // later field (e.g. the unescape buffer reallocating) shows up as a wrong value or an ASan
    // report.
    const std::string_view raw = rec->raw();
    bool any_line_break = false;
    for (std::size_t i = 0; i < rec->size(); ++i) {
      const FieldSpan& s = rec->field(i);
      FieldFacts f;
      f.raw_begin = s.raw_begin;
      f.raw_end = s.raw_end;
      f.raw = std::string(rec->raw_field(i));
      f.value = std::string(rec->value(i));
      f.quoted = s.quoted;
      f.unescaped = s.unescaped;
      f.has_line_break = s.has_line_break;
      any_line_break = any_line_break || s.has_line_break;
      // Fields tile the raw record, separated by single commas.
      EXPECT_EQ(f.raw_begin, i == 0 ? 0u : r.fields.back().raw_end + 1) << "field " << i;
      EXPECT_LE(f.raw_begin, f.raw_end);
      EXPECT_LE(f.raw_end, raw.size());
      if (i + 1 < rec->size()) {
        EXPECT_EQ(raw.substr(f.raw_end, 1), ",") << "field " << i;
      } else {
        EXPECT_EQ(f.raw_end, raw.size()) << "last field must end the record";
      }
      EXPECT_EQ(f.quoted, !f.raw.empty() && f.raw[0] == '"') << "field " << i;
      if (!s.unescaped && s.value_size > 0) {
        // Zero-copy values must point into the record itself.
        EXPECT_GE(s.value_data, raw.data());
        EXPECT_LE(s.value_data + s.value_size, raw.data() + raw.size());
      }
      r.fields.push_back(std::move(f));
    }
    EXPECT_GE(rec->size(), 1u) << "a record always has at least one field";
    EXPECT_EQ(r.has_quoted_line_break, any_line_break);
    out.records.push_back(std::move(r));
  }
  if (reader.error()) out.error = reader.error()->message;
  out.bom = reader.bom();
  out.first_line_ending = reader.first_line_ending();
  out.lines = reader.lines();
  out.bytes_read = reader.bytes_read();
  // The end is sticky.
  EXPECT_EQ(reader.next(), nullptr);
  EXPECT_EQ(reader.lines(), out.lines);
  EXPECT_EQ(reader.bytes_read(), out.bytes_read);
  return out;
}

ReadFacts read_memory(std::string_view data, ReaderOptions options = {}) {
  CsvReader reader = CsvReader::from_memory(data, options);
  return collect(reader);
}

// A file in the test temp dir, removed again at scope end.
class TempFile {
 public:
  explicit TempFile(std::string_view data) {
    std::string tmpl = testing::TempDir() + "cerslint_reader_XXXXXX";
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
      ADD_FAILURE() << "mkstemp failed";
      return;
    }
    path_ = tmpl;
    std::size_t done = 0;
    while (done < data.size()) {
      ssize_t n = ::write(fd, data.data() + done, data.size() - done);
      if (n <= 0) {
        ADD_FAILURE() << "write failed";
        break;
      }
      done += static_cast<std::size_t>(n);
    }
    ::close(fd);
  }
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

ReadFacts read_path(const std::string& path, ReaderOptions options) {
  auto input = Input::open(path);
  if (!input) {
    ADD_FAILURE() << "cannot open " << path << ": " << input.error().message;
    return {};
  }
  CsvReader reader(std::move(input.value()), options);
  return collect(reader);
}

ReadFacts read_file(std::string_view data, ReaderOptions options) {
  TempFile file(data);
  return read_path(file.path(), options);
}

// Feeds `data` through a pipe `chunk` bytes at a time, each written only once the reader has
// drained the previous one, so every read(2) returns a short, predictable piece.
ReadFacts read_pipe(std::string_view data, ReaderOptions options, std::size_t chunk) {
  std::signal(SIGPIPE, SIG_IGN);  // the reader may stop early (errors); the writer then just ends
  int fds[2];
  if (::pipe(fds) != 0) {
    ADD_FAILURE() << "pipe failed";
    return {};
  }
  std::atomic<bool> reader_done{false};
  std::thread writer([&] {
    std::size_t done = 0;
    while (done < data.size() && !reader_done) {
      int pending = 0;
      if (::ioctl(fds[1], FIONREAD, &pending) == 0 && pending > 0) {
        std::this_thread::yield();
        continue;
      }
      std::size_t n = std::min(chunk, data.size() - done);
      ssize_t w = ::write(fds[1], data.data() + done, n);
      if (w <= 0) break;
      done += static_cast<std::size_t>(w);
    }
    ::close(fds[1]);
  });
  ReadFacts facts;
  {
    CsvReader reader(Input::from_fd(fds[0], "<pipe>"), options);
    facts = collect(reader);
  }
  reader_done = true;
  writer.join();
  ::close(fds[0]);
  return facts;
}

constexpr std::size_t kBlockSizes[] = {64, 65, 97, 1u << 20};

// Reads `data` from memory, from a file at every block size in kBlockSizes and through pipes;
// expects identical facts everywhere and returns them.
ReadFacts read_everywhere(std::string_view data) {
  SCOPED_TRACE("input \"" + escaped(data) + "\"");
  ReadFacts expected = read_memory(data);
  for (std::size_t block : kBlockSizes) {
    SCOPED_TRACE("file, block_bytes " + std::to_string(block));
    EXPECT_EQ(read_file(data, ReaderOptions{.block_bytes = block}), expected);
  }
  {
    SCOPED_TRACE("pipe, 1 byte per write, block_bytes 64");
    EXPECT_EQ(read_pipe(data, ReaderOptions{.block_bytes = 64}, 1), expected);
  }
  {
    SCOPED_TRACE("pipe, 7 bytes per write, block_bytes 80");
    EXPECT_EQ(read_pipe(data, ReaderOptions{.block_bytes = 80}, 7), expected);
  }
  return expected;
}

using Values = std::vector<std::string>;

// Every test below runs once per SIMD level (see simd_test_support.hpp).
class CsvReaderTest : public LevelTest {};
CERSLINT_INSTANTIATE_FOR_EACH_LEVEL(CsvReaderTest);

// ---------------------------------------------------------------------------------------------
// Fields and records

TEST_P(CsvReaderTest, SplitsRecordsAndFields) {
  ReadFacts f = read_everywhere("h1,h2\na,b\n");
  ASSERT_EQ(f.records.size(), 2u);
  const RecordFacts& h = f.records[0];
  EXPECT_EQ(h.index, 0u);
  EXPECT_EQ(h.line, 1u);
  EXPECT_EQ(h.offset, 0u);
  EXPECT_EQ(h.raw, "h1,h2");
  EXPECT_EQ(h.ending, LineEnding::kLf);
  EXPECT_EQ(h.blank_lines_before, 0u);
  EXPECT_EQ(h.quote_error, QuoteError::kNone);
  EXPECT_FALSE(h.has_quoted_line_break);
  ASSERT_EQ(h.fields.size(), 2u);
  EXPECT_EQ(h.fields[0], (FieldFacts{0, 2, "h1", "h1", false, false, false}));
  EXPECT_EQ(h.fields[1], (FieldFacts{3, 5, "h2", "h2", false, false, false}));
  const RecordFacts& d = f.records[1];
  EXPECT_EQ(d.index, 1u);
  EXPECT_EQ(d.line, 2u);
  EXPECT_EQ(d.offset, 6u);
  EXPECT_EQ(d.raw, "a,b");
  EXPECT_EQ(d.values(), (Values{"a", "b"}));
  EXPECT_EQ(f.bytes_read, 10u);
  EXPECT_EQ(f.bom, Bom::kNone);
  EXPECT_FALSE(f.error.has_value());
}

TEST_P(CsvReaderTest, TrailingDelimiterAddsAnEmptyField) {
  ReadFacts f = read_everywhere("a,b,\n,\n,,x");
  ASSERT_EQ(f.records.size(), 3u);
  EXPECT_EQ(f.records[0].values(), (Values{"a", "b", ""}));
  EXPECT_EQ(f.records[0].fields[2].raw_begin, 4u);
  EXPECT_EQ(f.records[0].fields[2].raw_end, 4u);
  EXPECT_EQ(f.records[1].values(), (Values{"", ""}));
  EXPECT_EQ(f.records[2].values(), (Values{"", "", "x"}));
  // Also when the delimiter is the last byte of the input.
  EXPECT_EQ(read_everywhere("a,b,").records.at(0).values(), (Values{"a", "b", ""}));
}

TEST_P(CsvReaderTest, NothingIsTrimmed) {
  ReadFacts f = read_everywhere(" a , b \t\n\" q \" , \"r\"\n");
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].values(), (Values{" a ", " b \t"}));
  // Whitespace after a closing quote is allowed but not part of the value; before an opening
  // quote it makes the field unquoted.
  EXPECT_EQ(f.records[1].values(), (Values{" q ", " \"r\""}));
  EXPECT_EQ(f.records[1].fields[0].raw, "\" q \" ");
  EXPECT_FALSE(f.records[1].fields[1].quoted);
}

TEST_P(CsvReaderTest, QuoteIsSpecialOnlyAtFieldStart) {
  ReadFacts f = read_everywhere("G\"4, \"G3\",a\"b\"c,x\"\n");
  ASSERT_EQ(f.records.size(), 1u);
  const RecordFacts& r = f.records[0];
  EXPECT_EQ(r.values(), (Values{"G\"4", " \"G3\"", "a\"b\"c", "x\""}));
  for (const auto& field : r.fields) EXPECT_FALSE(field.quoted) << field.raw;
  EXPECT_EQ(r.quote_error, QuoteError::kNone);
}

TEST_P(CsvReaderTest, QuotedFieldsHoldCommasAndDoubledQuotes) {
  ReadFacts f = read_everywhere("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\",\"\"\nnext\n");
  ASSERT_EQ(f.records.size(), 2u);
  const RecordFacts& r = f.records[0];
  EXPECT_EQ(r.raw, "\"a,b\",\"say \"\"hi\"\"\",\"\"\"\",\"\"");
  ASSERT_EQ(r.fields.size(), 4u);
  EXPECT_EQ(r.fields[0], (FieldFacts{0, 5, "\"a,b\"", "a,b", true, false, false}));
  EXPECT_EQ(r.fields[1],
            (FieldFacts{6, 18, "\"say \"\"hi\"\"\"", "say \"hi\"", true, true, false}));
  EXPECT_EQ(r.fields[2], (FieldFacts{19, 23, "\"\"\"\"", "\"", true, true, false}));
  EXPECT_EQ(r.fields[3], (FieldFacts{24, 26, "\"\"", "", true, false, false}));
  EXPECT_EQ(r.quote_error, QuoteError::kNone);
  EXPECT_EQ(f.records[1].line, 2u);
  EXPECT_EQ(f.records[1].values(), (Values{"next"}));
}

TEST_P(CsvReaderTest, ManyDoubledQuoteFieldsInOneRecordAllStayValid) {
  // Dozens of unescaped values in one record, longer than the small blocks, mixed with plain
  // ones: every earlier value must still read correctly once the record is complete.
  std::string line;
  Values expected;
  for (int i = 0; i < 40; ++i) {
    if (i > 0) line += ',';
    std::string n = std::to_string(i);
    if (i % 3 == 2) {
      line += "plain" + n;
      expected.push_back("plain" + n);
    } else {
      line += "\"v" + n + "\"\"x,\"\"" + n + "\"";
      expected.push_back("v" + n + "\"x,\"" + n);
    }
  }
  std::string data = "h\n" + line + "\r\n" + line + "\n\"\"\"\"\n";
  ReadFacts f = read_everywhere(data);
  ASSERT_EQ(f.records.size(), 4u);
  EXPECT_EQ(f.records[1].values(), expected);
  EXPECT_EQ(f.records[2].values(), expected);
  EXPECT_EQ(f.records[3].values(), (Values{"\""}));
  EXPECT_EQ(f.records[2].line, 3u);
}

TEST_P(CsvReaderTest, RecordLongerThanTheBlockIsReadWhole) {
  std::string big(1000, 'z');
  ReadFacts f = read_everywhere("a\n" + big + "," + big + "\nb\n");
  ASSERT_EQ(f.records.size(), 3u);
  EXPECT_EQ(f.records[1].values(), (Values{big, big}));
  EXPECT_EQ(f.records[2].offset, 2u + 2001u + 1u);
  EXPECT_FALSE(f.error.has_value());
}

// ---------------------------------------------------------------------------------------------
// Line endings, empty lines

TEST_P(CsvReaderTest, EmptyLinesAreSkippedButCountAsLines) {
  // lines: 1 "", 2 "", 3 "a", 4 "", 5 "" (CRLF), 6 "" (CR), 7 "b", 8 ""
  ReadFacts f = read_everywhere("\n\na\n\n\r\n\rb\n\n");
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].index, 0u);
  EXPECT_EQ(f.records[0].line, 3u);
  EXPECT_EQ(f.records[0].offset, 2u);
  EXPECT_EQ(f.records[0].blank_lines_before, 2u);
  EXPECT_EQ(f.records[1].index, 1u);  // skipped lines are not records
  EXPECT_EQ(f.records[1].line, 7u);
  EXPECT_EQ(f.records[1].offset, 8u);
  EXPECT_EQ(f.records[1].blank_lines_before, 3u);
  EXPECT_EQ(f.bytes_read, 11u);
  EXPECT_EQ(f.first_line_ending, LineEnding::kLf);
}

// Lines, offsets and row numbers are 64-bit all the way: a reader that starts past 2^32 (as
// the tail of a 5 GB statewide file would) reports every counter whole, at every block size.
TEST_P(CsvReaderTest, CountersPastTwoToThe32) {
  constexpr std::uint64_t kTwo32 = std::uint64_t{1} << 32;
  ReaderOptions::Origin origin{.offset = 3 * kTwo32 + 5, .line = kTwo32 + 7, .index = kTwo32 + 1};
  // lines: +0 "a,b", +1 "", +2..+3 quoted break, +4 "last"
  const std::string data = "a,b\n\n\"x\ny\",z\r\nlast";
  auto check = [&](const ReadFacts& f) {
    ASSERT_EQ(f.records.size(), 3u) << f;
    EXPECT_EQ(f.records[0].index, kTwo32 + 1);
    EXPECT_EQ(f.records[0].line, kTwo32 + 7);
    EXPECT_EQ(f.records[0].offset, 3 * kTwo32 + 5);
    EXPECT_EQ(f.records[1].index, kTwo32 + 2);
    EXPECT_EQ(f.records[1].line, kTwo32 + 9);
    EXPECT_EQ(f.records[1].offset, 3 * kTwo32 + 5 + 5);
    EXPECT_EQ(f.records[1].blank_lines_before, 1u);
    EXPECT_EQ(f.records[2].index, kTwo32 + 3);
    EXPECT_EQ(f.records[2].line, kTwo32 + 11);
    EXPECT_EQ(f.records[2].offset, 3 * kTwo32 + 5 + data.size() - 4);
    EXPECT_EQ(f.lines, kTwo32 + 11);
    EXPECT_EQ(f.bytes_read, 3 * kTwo32 + 5 + data.size());
  };
  check(read_memory(data, ReaderOptions{.origin = origin}));
  for (std::size_t block : kBlockSizes) {
    SCOPED_TRACE("file, block_bytes " + std::to_string(block));
    check(read_file(data, ReaderOptions{.block_bytes = block, .origin = origin}));
  }
  // A quote error's position and a too-long record's message carry the full line number too.
  {
    CsvReader reader = CsvReader::from_memory("h\n\"open\nstill open", {.origin = origin});
    ASSERT_NE(reader.next(), nullptr);
    const Record* rec = reader.next();
    ASSERT_NE(rec, nullptr);
    EXPECT_EQ(rec->quote_error(), QuoteError::kUnterminatedQuote);
    EXPECT_EQ(rec->position_of(rec->quote_error_at()).line, kTwo32 + 8);
  }
  {
    const std::string endless = "h\n\"" + std::string(200, 'x');
    TempFile file(endless);
    auto input = Input::open(file.path());
    ASSERT_TRUE(input);
    CsvReader reader(std::move(input.value()),
                     {.block_bytes = 64, .max_record_bytes = 128, .origin = origin});
    while (reader.next() != nullptr) {
    }
    ASSERT_TRUE(reader.error());
    EXPECT_NE(reader.error()->message.find("line " + std::to_string(kTwo32 + 8)),
              std::string::npos)
        << reader.error()->message;
  }
}

TEST_P(CsvReaderTest, EmptyInputsHaveNoRecords) {
  ReadFacts empty = read_everywhere("");
  EXPECT_TRUE(empty.records.empty());
  EXPECT_EQ(empty.bytes_read, 0u);
  EXPECT_EQ(empty.first_line_ending, LineEnding::kNone);
  EXPECT_FALSE(empty.error.has_value());

  ReadFacts blanks = read_everywhere("\r\n\r\n\n\r");
  EXPECT_TRUE(blanks.records.empty());
  EXPECT_EQ(blanks.bytes_read, 6u);
  EXPECT_EQ(blanks.first_line_ending, LineEnding::kCrLf);
}

TEST_P(CsvReaderTest, WhitespaceOnlyLineIsAOneFieldRecord) {
  ReadFacts f = read_everywhere("h\n \t\n\nx\n   ");
  ASSERT_EQ(f.records.size(), 4u);
  EXPECT_EQ(f.records[1].line, 2u);
  EXPECT_EQ(f.records[1].values(), (Values{" \t"}));
  EXPECT_EQ(f.records[1].blank_lines_before, 0u);
  EXPECT_EQ(f.records[2].line, 4u);
  EXPECT_EQ(f.records[2].blank_lines_before, 1u);
  EXPECT_EQ(f.records[3].values(), (Values{"   "}));
  EXPECT_EQ(f.records[3].ending, LineEnding::kNone);
}

TEST_P(CsvReaderTest, CrOnlyFile) {
  ReadFacts f = read_everywhere("a,b\rc,d\re");
  ASSERT_EQ(f.records.size(), 3u);
  EXPECT_EQ(f.records[0].ending, LineEnding::kCr);
  EXPECT_EQ(f.records[0].raw, "a,b");
  EXPECT_EQ(f.records[1].line, 2u);
  EXPECT_EQ(f.records[1].offset, 4u);
  EXPECT_EQ(f.records[1].values(), (Values{"c", "d"}));
  EXPECT_EQ(f.records[2].line, 3u);
  EXPECT_EQ(f.records[2].offset, 8u);
  EXPECT_EQ(f.records[2].ending, LineEnding::kNone);
  EXPECT_EQ(f.first_line_ending, LineEnding::kCr);
  EXPECT_EQ(f.lines, 3u);
  EXPECT_EQ(f.bytes_read, 9u);
}

TEST_P(CsvReaderTest, MixedLineEndings) {
  ReadFacts f = read_everywhere("a\r\nb\nc\rd\r\n");
  ASSERT_EQ(f.records.size(), 4u);
  const LineEnding endings[] = {LineEnding::kCrLf, LineEnding::kLf, LineEnding::kCr,
                                LineEnding::kCrLf};
  const std::uint64_t offsets[] = {0, 3, 5, 7};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(f.records[i].line, i + 1) << i;
    EXPECT_EQ(f.records[i].offset, offsets[i]) << i;
    EXPECT_EQ(f.records[i].ending, endings[i]) << i;
    EXPECT_EQ(f.records[i].blank_lines_before, 0u) << i;
  }
  EXPECT_EQ(f.first_line_ending, LineEnding::kCrLf);
}

TEST_P(CsvReaderTest, CrLfSplitExactlyAcrossTheFirstBlockBoundary) {
  // A 64-byte first block ending on the CR: the LF arrives with the next read.
  const std::string row0(63, 'x');
  const std::string data = row0 + "\r\ny\r\n";
  ASSERT_EQ(data[63], '\r');
  ReadFacts f = read_everywhere(data);
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].ending, LineEnding::kCrLf);
  EXPECT_EQ(f.records[0].raw, row0);
  EXPECT_EQ(f.records[1].line, 2u);
  EXPECT_EQ(f.records[1].offset, 65u);
  EXPECT_EQ(f.records[1].blank_lines_before, 0u);
  EXPECT_EQ(f.first_line_ending, LineEnding::kCrLf);
}

TEST_P(CsvReaderTest, CrLfOfAnEmptyLineSplitAcrossTheBlockBoundary) {
  const std::string data = std::string(61, 'x') + "\r\n\r\nz\r\n";
  ASSERT_EQ(data.substr(63, 2), "\r\n");
  ReadFacts f = read_everywhere(data);
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[1].line, 3u);
  EXPECT_EQ(f.records[1].blank_lines_before, 1u);
  EXPECT_EQ(f.records[1].offset, 65u);
}

TEST_P(CsvReaderTest, QuotedCrLfSplitAcrossTheBlockBoundary) {
  const std::string data = "\"" + std::string(62, 'q') + "\r\nr\",s\r\nt\n";
  ASSERT_EQ(data.substr(63, 2), "\r\n");
  ReadFacts f = read_everywhere(data);
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].values(), (Values{std::string(62, 'q') + "\r\nr", "s"}));
  EXPECT_TRUE(f.records[0].has_quoted_line_break);
  EXPECT_EQ(f.records[1].line, 3u);  // CRLF inside the quotes is one line break
}

// Tricky byte sequences placed so every block boundary of the small block sizes falls at every
// position inside them: the file/pipe readers must still agree with the in-memory reader.
TEST_P(CsvReaderTest, TrickySequencesAtEveryBoundaryPosition) {
  const std::string bodies[] = {
      "\"a\" ,b\n",             // whitespace after a closing quote
      "\"a\"\t\t ,b\r\n",       //
      "\"a\" x,b\n",            // quote error after whitespace
      "\"a\"\xE2\x80\x83,b\n",  // 3-byte Unicode space after a closing quote
      "\"a\"\xC2\xA0,b\n",      // NBSP: quote error
      "x\r\ny\r\n",             // CRLF
      "\r\n\r\nz\n",            // empty CRLF lines
      "\"q\r\nr\"\r\ns\n",      // quoted CRLF
      "\"a\"\"b\",c\n",         // doubled quote
      "\"a\"x,b\n",             // quote error
      "a,b,\r",                 // trailing delimiter, CR ending
      "\"open,\n",              // unterminated quote
  };
  for (const std::string& body : bodies) {
    for (std::size_t pad = 40; pad < 72; ++pad) {
      // The filler line is 1 + pad bytes, so the body starts at offset pad + 1.
      const std::string data = std::string(pad, 'f') + "\n" + body + "end\n";
      SCOPED_TRACE("body \"" + escaped(body) + "\" at offset " + std::to_string(pad + 1));
      ReadFacts expected = read_memory(data);
      for (std::size_t block : {64u, 65u, 66u, 67u, 70u}) {
        ReadFacts got = read_file(data, ReaderOptions{.block_bytes = block});
        ASSERT_EQ(got, expected) << "block_bytes " << block;
      }
    }
  }
}

TEST_P(CsvReaderTest, QuotedLineBreaks) {
  // line 1: h | 2: "a | 3: b","c CRLF | 4: d" | 5: next | 6: "e CR | 7: f" CR | 8: last
  ReadFacts f = read_everywhere("h\n\"a\nb\",\"c\r\nd\"\nnext\n\"e\rf\"\rlast\n");
  ASSERT_EQ(f.records.size(), 5u);
  const RecordFacts& r = f.records[1];
  EXPECT_EQ(r.line, 2u);
  EXPECT_TRUE(r.has_quoted_line_break);
  EXPECT_EQ(r.ending, LineEnding::kLf);
  EXPECT_EQ(r.raw, "\"a\nb\",\"c\r\nd\"");
  ASSERT_EQ(r.fields.size(), 2u);
  EXPECT_EQ(r.fields[0], (FieldFacts{0, 5, "\"a\nb\"", "a\nb", true, false, true}));
  EXPECT_EQ(r.fields[1], (FieldFacts{6, 12, "\"c\r\nd\"", "c\r\nd", true, false, true}));
  EXPECT_EQ(f.records[2].line, 5u);
  EXPECT_EQ(f.records[2].values(), (Values{"next"}));
  EXPECT_FALSE(f.records[2].has_quoted_line_break);
  EXPECT_EQ(f.records[3].line, 6u);
  EXPECT_EQ(f.records[3].values(), (Values{"e\rf"}));
  EXPECT_EQ(f.records[3].ending, LineEnding::kCr);
  EXPECT_EQ(f.records[4].line, 8u);
  EXPECT_EQ(f.records[4].index, 4u);
  // The first line break of the file is the header's LF.
  EXPECT_EQ(f.first_line_ending, LineEnding::kLf);
}

TEST_P(CsvReaderTest, QuotedBreakOnlyInLaterField) {
  ReadFacts f = read_everywhere("a,\"b\n\",c\nd\n");
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_TRUE(f.records[0].has_quoted_line_break);
  EXPECT_FALSE(f.records[0].fields[0].has_line_break);
  EXPECT_TRUE(f.records[0].fields[1].has_line_break);
  EXPECT_FALSE(f.records[0].fields[2].has_line_break);
  EXPECT_EQ(f.records[1].line, 3u);
}

TEST_P(CsvReaderTest, PositionOfCountsLinesAndCharacters) {
  const std::string data = "h\n\"a\nb\",\"c\r\nd\xC3\xA9x\"\n";
  auto reader = CsvReader::from_memory(data);
  ASSERT_NE(reader.next(), nullptr);
  const Record* r = reader.next();
  ASSERT_NE(r, nullptr);
  // raw: "0 a1 \n2 b3 "4 ,5 "6 c7 \r8 \n9 d10 é11-12 x13 "14
  ASSERT_EQ(r->raw().substr(13, 1), "x");
  auto at = [&](std::uint32_t off) {
    auto p = r->position_of(off);
    return std::pair<std::uint64_t, std::uint32_t>(p.line, p.column);
  };
  EXPECT_EQ(at(0), (std::pair<std::uint64_t, std::uint32_t>(2, 1)));
  EXPECT_EQ(at(3), (std::pair<std::uint64_t, std::uint32_t>(3, 1)));
  EXPECT_EQ(at(7), (std::pair<std::uint64_t, std::uint32_t>(3, 5)));
  EXPECT_EQ(at(10), (std::pair<std::uint64_t, std::uint32_t>(4, 1)));
  EXPECT_EQ(at(13), (std::pair<std::uint64_t, std::uint32_t>(4, 3)));  // é is one character
}

// ---------------------------------------------------------------------------------------------
// BOMs

TEST_P(CsvReaderTest, Utf8BomIsRemoved) {
  ReadFacts f = read_everywhere("\xEF\xBB\xBFh,i\na\n");
  EXPECT_EQ(f.bom, Bom::kUtf8);
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].raw, "h,i");
  EXPECT_EQ(f.records[0].values(), (Values{"h", "i"}));
  EXPECT_EQ(f.records[0].offset, 3u);  // offsets count the BOM
  EXPECT_EQ(f.records[0].line, 1u);
  EXPECT_EQ(f.records[1].offset, 7u);
  EXPECT_EQ(f.bytes_read, 9u);
}

TEST_P(CsvReaderTest, Utf8BomThenEmptyLines) {
  ReadFacts f = read_everywhere("\xEF\xBB\xBF\n\r\nh\n");
  EXPECT_EQ(f.bom, Bom::kUtf8);
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].line, 3u);
  EXPECT_EQ(f.records[0].blank_lines_before, 2u);
  EXPECT_EQ(f.records[0].offset, 6u);
  EXPECT_EQ(f.records[0].values(), (Values{"h"}));
  EXPECT_EQ(f.first_line_ending, LineEnding::kLf);
}

TEST_P(CsvReaderTest, OnlyOneUtf8BomIsRemoved) {
  ReadFacts f = read_everywhere("\xEF\xBB\xBF\xEF\xBB\xBFh\n");
  EXPECT_EQ(f.bom, Bom::kUtf8);
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].values(), (Values{"\xEF\xBB\xBFh"}));
  EXPECT_EQ(f.records[0].offset, 3u);

  ReadFacts only = read_everywhere("\xEF\xBB\xBF");
  EXPECT_EQ(only.bom, Bom::kUtf8);
  EXPECT_TRUE(only.records.empty());
  EXPECT_EQ(only.bytes_read, 3u);

  // A truncated BOM is data.
  ReadFacts partial = read_everywhere("\xEF\xBB");
  EXPECT_EQ(partial.bom, Bom::kNone);
  ASSERT_EQ(partial.records.size(), 1u);
  EXPECT_EQ(partial.records[0].raw, "\xEF\xBB");
}

TEST_P(CsvReaderTest, Utf16BomsAreDetectedNotStripped) {
  const std::string le("\xFF\xFEh\0,\0i\0\n\0", 10);
  ReadFacts f = read_everywhere(le);
  EXPECT_EQ(f.bom, Bom::kUtf16Le);
  ASSERT_FALSE(f.records.empty());
  EXPECT_EQ(f.records[0].offset, 0u);
  EXPECT_EQ(f.records[0].raw.substr(0, 2), "\xFF\xFE");
  EXPECT_EQ(f.records[0].fields[0].value, std::string("\xFF\xFEh\0", 4));

  const std::string be("\xFE\xFF\0h\0,\0i", 8);
  ReadFacts g = read_everywhere(be);
  EXPECT_EQ(g.bom, Bom::kUtf16Be);
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.records[0].raw, be);
}

// ---------------------------------------------------------------------------------------------
// Quote errors

TEST_P(CsvReaderTest, CharAfterClosingQuoteIsReportedOnItsPhysicalLine) {
  // Commons CSV: "(line 3) invalid char between encapsulated token and delimiter".
  ReadFacts f = read_everywhere("h\n\n\"G2\"x,b\nc\n");
  ASSERT_EQ(f.records.size(), 3u);
  const RecordFacts& r = f.records[1];
  EXPECT_EQ(r.line, 3u);
  EXPECT_EQ(r.blank_lines_before, 1u);
  EXPECT_EQ(r.quote_error, QuoteError::kCharAfterClosingQuote);
  EXPECT_EQ(r.quote_error_at, 4u);
  EXPECT_EQ(r.error_line, 3u);
  EXPECT_EQ(r.error_column, 5u);
  // Recovery: the record is kept, the broken field runs on to the delimiter as raw text.
  ASSERT_EQ(r.fields.size(), 2u);
  EXPECT_EQ(r.fields[0], (FieldFacts{0, 5, "\"G2\"x", "\"G2\"x", true, false, false}));
  EXPECT_EQ(r.fields[1].value, "b");
  EXPECT_EQ(f.records[2].line, 4u);
  EXPECT_EQ(f.records[2].quote_error, QuoteError::kNone);
  EXPECT_EQ(f.records[2].values(), (Values{"c"}));
  EXPECT_EQ(f.records[0].quote_error, QuoteError::kNone);
}

TEST_P(CsvReaderTest, CharAfterClosingQuoteInMultilineRecord) {
  // The record starts on line 2; the offending x is on line 3, which is what Commons prints.
  ReadFacts f = read_everywhere("h\n\"a\nb\"x\nz\n");
  ASSERT_EQ(f.records.size(), 3u);
  const RecordFacts& r = f.records[1];
  EXPECT_EQ(r.line, 2u);
  EXPECT_EQ(r.quote_error, QuoteError::kCharAfterClosingQuote);
  EXPECT_EQ(r.quote_error_at, 5u);
  EXPECT_EQ(r.error_line, 3u);
  EXPECT_EQ(r.error_column, 3u);
  EXPECT_EQ(f.records[2].line, 4u);
}

TEST_P(CsvReaderTest, TrailingTextRecoveryKeepsFirstErrorAndLaterFields) {
  ReadFacts f = read_everywhere("\"a\"x,\"b\"y,\"c\"\n\"d\"\"\"e\nok\n");
  ASSERT_EQ(f.records.size(), 3u);
  const RecordFacts& r = f.records[0];
  EXPECT_EQ(r.quote_error, QuoteError::kCharAfterClosingQuote);
  EXPECT_EQ(r.quote_error_at, 3u);  // the first error wins
  EXPECT_EQ(r.values(), (Values{"\"a\"x", "\"b\"y", "c"}));
  EXPECT_FALSE(r.fields[0].unescaped);
  // A doubled quote before the trailing text: the value is the raw text, not the unescaped one.
  const RecordFacts& s = f.records[1];
  EXPECT_EQ(s.quote_error, QuoteError::kCharAfterClosingQuote);
  EXPECT_EQ(s.quote_error_at, 5u);
  EXPECT_EQ(s.values(), (Values{"\"d\"\"\"e"}));
  EXPECT_EQ(f.records[2].quote_error, QuoteError::kNone);
  EXPECT_EQ(f.records[2].line, 3u);
}

TEST_P(CsvReaderTest, FirstQuoteErrorWinsOverALaterUnterminatedQuote) {
  // Commons CSV throws at the first error it meets: "(line 1) invalid char between encapsulated
  // token and delimiter". A later field that opens a quote and never closes it must not replace
  // that error (nor its line: here the unterminated quote starts on line 2).
  ReadFacts f = read_everywhere("\"a\"x,\"b\nc");
  ASSERT_EQ(f.records.size(), 1u);
  const RecordFacts& r = f.records[0];
  EXPECT_EQ(r.quote_error, QuoteError::kCharAfterClosingQuote);
  EXPECT_EQ(r.quote_error_at, 3u);
  EXPECT_EQ(r.error_line, 1u);
  EXPECT_EQ(r.values(), (Values{"\"a\"x", "b\nc"}));
}

TEST_P(CsvReaderTest, UnterminatedQuoteRunsToEndOfInput) {
  // Commons CSV: "(startline 3) EOF reached before encapsulated token finished".
  ReadFacts f = read_everywhere("h\nok\n\"abc,def\nghi\n");
  ASSERT_EQ(f.records.size(), 3u);
  const RecordFacts& r = f.records[2];
  EXPECT_EQ(r.line, 3u);
  EXPECT_EQ(r.quote_error, QuoteError::kUnterminatedQuote);
  EXPECT_EQ(r.quote_error_at, 0u);
  EXPECT_EQ(r.error_line, 3u);
  EXPECT_EQ(r.error_column, 1u);
  EXPECT_EQ(r.raw, "\"abc,def\nghi\n");
  EXPECT_EQ(r.ending, LineEnding::kNone);
  EXPECT_TRUE(r.has_quoted_line_break);
  EXPECT_EQ(r.values(), (Values{"abc,def\nghi\n"}));
  EXPECT_EQ(f.bytes_read, 18u);
  EXPECT_FALSE(f.error.has_value());  // a fact, not an I/O error
}

TEST_P(CsvReaderTest, UnterminatedQuoteInALaterField) {
  ReadFacts f = read_everywhere("a,\"b\"\"c");
  ASSERT_EQ(f.records.size(), 1u);
  const RecordFacts& r = f.records[0];
  EXPECT_EQ(r.quote_error, QuoteError::kUnterminatedQuote);
  EXPECT_EQ(r.quote_error_at, 2u);
  EXPECT_EQ(r.error_line, 1u);
  EXPECT_EQ(r.error_column, 3u);
  EXPECT_EQ(r.values(), (Values{"a", "b\"c"}));

  // A doubled quote as the very last bytes is still inside the quotes.
  ReadFacts g = read_everywhere("\"abc\"\"");
  EXPECT_EQ(g.records.at(0).quote_error, QuoteError::kUnterminatedQuote);
  EXPECT_EQ(g.records.at(0).values(), (Values{"abc\""}));
  // ...while a third quote closes it.
  ReadFacts h = read_everywhere("\"abc\"\"\"");
  EXPECT_EQ(h.records.at(0).quote_error, QuoteError::kNone);
  EXPECT_EQ(h.records.at(0).values(), (Values{"abc\""}));
}

TEST_P(CsvReaderTest, JavaWhitespaceAfterClosingQuoteIsAllowed) {
  const std::string allowed[] = {
      " \t\x0B\x0C\x1C\x1D\x1E\x1F",  // ASCII Character.isWhitespace minus CR/LF
      "\xE2\x80\x83",                 // U+2003 EM SPACE
      "\xE3\x80\x80",                 // U+3000 IDEOGRAPHIC SPACE
      "\xE2\x80\xA8",                 // U+2028 LINE SEPARATOR (whitespace, not a line end)
      " \xE2\x80\x83 ",
  };
  for (const std::string& ws : allowed) {
    SCOPED_TRACE(escaped(ws));
    ReadFacts f = read_everywhere("\"a\"" + ws + ",b\n\"c\"" + ws + "\nd");
    ASSERT_EQ(f.records.size(), 3u);
    EXPECT_EQ(f.records[0].quote_error, QuoteError::kNone);
    EXPECT_EQ(f.records[0].values(), (Values{"a", "b"}));
    EXPECT_EQ(f.records[0].fields[0].raw, "\"a\"" + ws);
    EXPECT_EQ(f.records[1].quote_error, QuoteError::kNone);
    EXPECT_EQ(f.records[1].values(), (Values{"c"}));
    EXPECT_EQ(f.records[2].line, 3u);
  }
  // Whitespace after the closing quote at the end of input.
  ReadFacts e = read_everywhere("\"a\"\xE2\x80\x83 ");
  EXPECT_EQ(e.records.at(0).quote_error, QuoteError::kNone);
  EXPECT_EQ(e.records.at(0).values(), (Values{"a"}));
}

TEST_P(CsvReaderTest, NonWhitespaceAfterClosingQuoteIsAnError) {
  const std::string rejected[] = {
      "\xC2\xA0",      // U+00A0 NO-BREAK SPACE: not Java whitespace
      "\xE2\x80\x87",  // U+2007 FIGURE SPACE
      "\xE2\x80\xAF",  // U+202F NARROW NO-BREAK SPACE
      "\xC2\x85",      // U+0085 NEXT LINE: a control, not whitespace
      "\xEF\xBB\xBF",  // U+FEFF
      "\xE2\x80",      // truncated sequence: decodes to U+FFFD
      "\xA9",          // lone continuation byte
      "\"",            // a second quote
  };
  for (const std::string& bad : rejected) {
    SCOPED_TRACE(escaped(bad));
    ReadFacts f = read_everywhere("\"a\" " + bad + ",b\nc\n");
    ASSERT_EQ(f.records.size(), 2u);
    EXPECT_EQ(f.records[0].quote_error, QuoteError::kCharAfterClosingQuote);
    EXPECT_EQ(f.records[0].quote_error_at, 4u);
    EXPECT_EQ(f.records[0].error_column, 5u);
    EXPECT_EQ(f.records[0].values(), (Values{"\"a\" " + bad, "b"}));
    EXPECT_EQ(f.records[1].values(), (Values{"c"}));
  }
  // A truncated multi-byte sequence as the last bytes of the input.
  ReadFacts t = read_everywhere("\"a\"\xE2\x80");
  EXPECT_EQ(t.records.at(0).quote_error, QuoteError::kCharAfterClosingQuote);
  EXPECT_EQ(t.records.at(0).quote_error_at, 3u);
}

// ---------------------------------------------------------------------------------------------
// Odd bytes, end of input, reader state

TEST_P(CsvReaderTest, NoFinalNewline) {
  ReadFacts f = read_everywhere("a,b\nc,d");
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[1].raw, "c,d");
  EXPECT_EQ(f.records[1].ending, LineEnding::kNone);
  EXPECT_EQ(f.records[1].values(), (Values{"c", "d"}));
  EXPECT_EQ(f.bytes_read, 7u);
  EXPECT_EQ(f.lines, 2u);
}

TEST_P(CsvReaderTest, NulBytesAreOrdinaryCharacters) {
  const std::string data("a\0b,\0\n\"\0\"\n\0", 11);
  ReadFacts f = read_everywhere(data);
  ASSERT_EQ(f.records.size(), 3u);
  EXPECT_EQ(f.records[0].values(), (Values{std::string("a\0b", 3), std::string(1, '\0')}));
  EXPECT_EQ(f.records[1].values(), (Values{std::string(1, '\0')}));
  EXPECT_TRUE(f.records[1].fields[0].quoted);
  EXPECT_EQ(f.records[2].values(), (Values{std::string(1, '\0')}));
  EXPECT_EQ(f.records[2].line, 3u);
}

TEST_P(CsvReaderTest, FirstLineEnding) {
  EXPECT_EQ(read_everywhere("").first_line_ending, LineEnding::kNone);
  EXPECT_EQ(read_everywhere("a,b").first_line_ending, LineEnding::kNone);
  EXPECT_EQ(read_everywhere("a\nb\r\n").first_line_ending, LineEnding::kLf);
  EXPECT_EQ(read_everywhere("a\r\nb\n").first_line_ending, LineEnding::kCrLf);
  EXPECT_EQ(read_everywhere("a\rb\r\n").first_line_ending, LineEnding::kCr);
  EXPECT_EQ(read_everywhere("a\r").first_line_ending, LineEnding::kCr);
  // Empty lines before the header count: they are the first line breaks in the file.
  EXPECT_EQ(read_everywhere("\r\na\n").first_line_ending, LineEnding::kCrLf);
  EXPECT_EQ(read_everywhere("\ra\r\n").first_line_ending, LineEnding::kCr);
  // So does a line break inside quotes ahead of the first record end.
  EXPECT_EQ(read_everywhere("\"x\ny\"\r\n").first_line_ending, LineEnding::kLf);
  EXPECT_EQ(read_everywhere("\"x\r\ny\"\n").first_line_ending, LineEnding::kCrLf);
  EXPECT_EQ(read_everywhere("\"x\ry\"\n").first_line_ending, LineEnding::kCr);
}

TEST_P(CsvReaderTest, FirstLineEndingIsKnownAfterTheFirstRecord) {
  auto reader = CsvReader::from_memory("h\r\na\nb\r");
  ASSERT_NE(reader.next(), nullptr);
  EXPECT_EQ(reader.first_line_ending(), LineEnding::kCrLf);
  ASSERT_NE(reader.next(), nullptr);
  EXPECT_EQ(reader.first_line_ending(), LineEnding::kCrLf);
}

TEST_P(CsvReaderTest, BytesReadAndLinesAdvanceRecordByRecord) {
  ReadFacts f = read_everywhere("ab,c\r\nd\n\ne");
  ASSERT_EQ(f.records.size(), 3u);
  EXPECT_EQ(f.records[0].bytes_read_after, 6u);
  EXPECT_EQ(f.records[0].lines_after, 2u);
  EXPECT_EQ(f.records[1].bytes_read_after, 8u);
  EXPECT_EQ(f.records[1].lines_after, 3u);
  EXPECT_EQ(f.records[2].line, 4u);
  EXPECT_EQ(f.records[2].bytes_read_after, 10u);
  EXPECT_EQ(f.records[2].lines_after, 4u);
  EXPECT_EQ(f.bytes_read, 10u);
  EXPECT_EQ(f.lines, 4u);

  // A record spanning lines moves lines() by all of them.
  ReadFacts g = read_everywhere("\"a\nb\rc\r\nd\"");
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.records[0].lines_after, 4u);
  EXPECT_EQ(g.lines, 4u);
}

TEST_P(CsvReaderTest, NextAfterEndStaysNull) {
  auto reader = CsvReader::from_memory("a\n\n");
  ASSERT_NE(reader.next(), nullptr);
  EXPECT_EQ(reader.next(), nullptr);
  EXPECT_EQ(reader.next(), nullptr);
  EXPECT_FALSE(reader.error().has_value());
  EXPECT_EQ(reader.bytes_read(), 3u);
}

TEST_P(CsvReaderTest, NameComesFromTheInput) {
  EXPECT_EQ(CsvReader::from_memory("a").name(), "<memory>");
  CsvReader reader(Input::from_fd(-1, "groups.csv"));
  EXPECT_EQ(reader.name(), "groups.csv");
}

// ---------------------------------------------------------------------------------------------
// Limits and I/O errors

constexpr std::size_t kMiB = 1u << 20;

TEST_P(CsvReaderTest, RecordOverMaxRecordBytesStopsWithAClearError) {
  // An unclosed quote pulls the rest of the file into one record: 2 MiB against a 1 MiB cap.
  const std::string data = "h\n\"" + std::string(2 * kMiB, 'x') + "\nmore\n";
  TempFile file(data);
  auto input = Input::open(file.path());
  ASSERT_TRUE(input.ok());
  CsvReader reader(std::move(input.value()),
                   ReaderOptions{.block_bytes = 64 * 1024, .max_record_bytes = kMiB});
  const Record* header = reader.next();
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->raw(), "h");
  EXPECT_EQ(reader.next(), nullptr);
  ASSERT_TRUE(reader.error().has_value());
  const std::string& msg = reader.error()->message;
  EXPECT_NE(msg.find("line 2"), std::string::npos) << msg;
  EXPECT_NE(msg.find("1 MiB"), std::string::npos) << msg;
  EXPECT_NE(msg.find("quote"), std::string::npos) << msg;
  EXPECT_EQ(reader.error()->path, file.path());
  // Stays stopped, no crash.
  EXPECT_EQ(reader.next(), nullptr);
  EXPECT_TRUE(reader.error().has_value());
}

TEST_P(CsvReaderTest, RecordJustUnderMaxRecordBytesIsRead) {
  const std::string big(kMiB - 4096, 'y');
  const std::string data = "h\n" + big + "\nz\n";
  ReadFacts f = read_file(data, ReaderOptions{.block_bytes = 64 * 1024, .max_record_bytes = kMiB});
  EXPECT_FALSE(f.error.has_value()) << *f.error;
  ASSERT_EQ(f.records.size(), 3u);
  EXPECT_EQ(f.records[1].raw, big);
  EXPECT_EQ(f.records[2].line, 3u);
}

TEST_P(CsvReaderTest, MaxRecordBytesErrorNamesTheLineWhereTheRecordStarts) {
  // Empty lines before the long record: the message should point at the record, on line 4.
  const std::string data = "h\n\n\n\"" + std::string(2 * kMiB, 'x');
  ReadFacts f = read_file(data, ReaderOptions{.block_bytes = 64 * 1024, .max_record_bytes = kMiB});
  ASSERT_TRUE(f.error.has_value());
  EXPECT_NE(f.error->find("line 4"), std::string::npos) << *f.error;
}

TEST_P(CsvReaderTest, EmptyLinesDoNotCountTowardsMaxRecordBytes) {
  // Empty lines are not part of any record, so a long run of them must not trip the record cap.
  const std::string data = std::string(2 * kMiB, '\n') + "a\n";
  ReadFacts f = read_file(data, ReaderOptions{.block_bytes = 64 * 1024, .max_record_bytes = kMiB});
  EXPECT_FALSE(f.error.has_value()) << *f.error;
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].line, 2 * kMiB + 1);
  EXPECT_EQ(f.records[0].blank_lines_before, 2 * kMiB);
}

TEST_P(CsvReaderTest, ReadFailureIsReportedAsError) {
  // read(2) on a directory fails with EISDIR.
  int fd = ::open(".", O_RDONLY | O_DIRECTORY);
  ASSERT_GE(fd, 0);
  {
    CsvReader reader(Input::from_fd(fd, "somedir"));
    EXPECT_EQ(reader.next(), nullptr);
    ASSERT_TRUE(reader.error().has_value());
    EXPECT_NE(reader.error()->message.find("read failed"), std::string::npos)
        << reader.error()->message;
    EXPECT_EQ(reader.next(), nullptr);
  }
  ::close(fd);
}

// ---------------------------------------------------------------------------------------------
// Randomized: block-boundary handling must never change what is read.

TEST_P(CsvReaderTest, RandomInputsReadTheSameAtEveryBlockSize) {
  std::mt19937 rng(20240611);
  const char alphabet[] = {'a', ',', '"', '\r', '\n', ' ', '\t', '\xC3', '\xA9'};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1);
  std::uniform_int_distribution<std::size_t> length(0, 300);
  int mismatches = 0;
  for (int iteration = 0; iteration < 400 && mismatches < 3; ++iteration) {
    std::string data(length(rng), 'a');
    for (char& c : data) c = alphabet[pick(rng)];
    const ReadFacts expected = read_memory(data);
    TempFile file(data);
    for (std::size_t block = 64; block <= 80; ++block) {
      ReadFacts got = read_path(file.path(), ReaderOptions{.block_bytes = block});
      if (got != expected) {
        ++mismatches;
        ADD_FAILURE() << "iteration " << iteration << ", block_bytes " << block << "\ninput \""
                      << escaped(data) << "\"\nexpected (memory):" << expected
                      << "got (file):" << got;
        break;
      }
    }
  }
}


// ---------------------------------------------------------------------------------------------
// Randomized: every SIMD level must read exactly what the scalar level reads.

// Random CSV-ish text built from the pieces the tokenizer treats specially: unquoted fields
// short and longer than the 64-byte classifier window, quoted fields with commas, doubled
// quotes and line breaks, Java whitespace (and non-whitespace) after a closing quote, CR, LF,
// CRLF, empty lines, non-ASCII and invalid UTF-8, NUL bytes, a BOM, an unterminated quote.
std::string random_csv(std::mt19937& rng) {
  auto below = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  auto chance = [&](int percent) { return static_cast<int>(below(100)) < percent; };
  static const char* const kText[] = {"a",      "Z",    "9",    " ", "\t", ".", "@", "\xC3\xA9",
                                      "\xE2\x80\xA8", "\xFF", "\x80", "-", "x", "" /* NUL */};
  auto text = [&](std::size_t len, bool in_quotes) {
    std::string out;
    for (std::size_t i = 0; i < len; ++i) {
      const std::size_t k = below(std::size(kText));
      if (*kText[k] == '\0') {
        out += '\0';
      } else {
        out += kText[k];
      }
      if (in_quotes && chance(8)) out += ",";
      if (in_quotes && chance(4)) out += "\"\"";
      if (in_quotes && chance(3)) out += chance(50) ? "\n" : (chance(50) ? "\r" : "\r\n");
    }
    return out;
  };
  // Mostly short fields (the real shape), sometimes long ones that span several windows.
  auto length = [&] { return chance(85) ? below(12) : 40 + below(200); };
  static const char* const kAfterQuote[] = {" ", "\t", "\x0B", "\x1F", "\xE2\x80\xA8",
                                            "\xE3\x80\x80", "\xC2\xA0", "x", "\"", "\xC3"};

  std::string out;
  if (chance(10)) out += "\xEF\xBB\xBF";
  const std::size_t records = below(30);
  for (std::size_t r = 0; r < records; ++r) {
    while (chance(10)) out += chance(50) ? "\n" : (chance(50) ? "\r" : "\r\n");  // empty lines
    const std::size_t fields = 1 + below(8);
    for (std::size_t f = 0; f < fields; ++f) {
      if (f > 0) out += ',';
      if (chance(20)) {
        out += '"';
        out += text(length(), true);
        out += '"';
        while (chance(15)) out += kAfterQuote[below(std::size(kAfterQuote))];
      } else {
        out += text(length(), false);
      }
    }
    if (r + 1 < records || chance(70)) out += chance(60) ? "\n" : (chance(50) ? "\r" : "\r\n");
  }
  if (chance(5)) out += "\"never closed, " + text(length(), true);
  return out;
}

TEST(CsvReaderSimdTest, RandomInputsReadTheSameAtEveryLevel) {
  const std::vector<simd::Level> levels = simd::supported_levels();
  const simd::Level before = simd::level();
  std::mt19937 rng(20250611);
  int mismatches = 0;
  for (int iteration = 0; iteration < 150 && mismatches < 3; ++iteration) {
    const std::string data = random_csv(rng);
    simd::set_level(simd::Level::kScalar);
    const ReadFacts expected = read_memory(data);
    TempFile file(data);
    for (simd::Level level : levels) {
      simd::set_level(level);
      auto check = [&](const ReadFacts& got, const std::string& how) {
        if (got == expected) return true;
        ++mismatches;
        ADD_FAILURE() << "iteration " << iteration << ", level " << simd::name(level) << ", "
                      << how << "\ninput \"" << escaped(data) << "\"\nexpected (scalar, memory):"
                      << expected << "got:" << got;
        return false;
      };
      if (!check(read_memory(data), "memory")) break;
      // Block sizes 64..127 put the first block boundary at every offset of a 64-byte window
      // (and the later ones, after the partial record moves down, at varying offsets).
      bool same = true;
      for (std::size_t block = 64; block < 128 && same; ++block) {
        same = check(read_path(file.path(), ReaderOptions{.block_bytes = block}),
                     "file, block_bytes " + std::to_string(block));
      }
      if (!same) break;
      // One byte per read(2): every record is re-parsed with its end at every offset.
      if (iteration % 10 == 0 &&
          !check(read_pipe(data, ReaderOptions{.block_bytes = 64}, 1), "pipe, 1 byte per write")) {
        break;
      }
    }
  }
  simd::set_level(before);
}

}  // namespace
}  // namespace cerslint::reader
