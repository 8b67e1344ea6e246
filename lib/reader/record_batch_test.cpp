// RecordBatch: a copied record tells everything the reader's record told, and keeps telling it
// after the reader's buffers are gone; a full batch refuses a record without touching the ones
// it holds, and an empty one takes a record of any size.
#include "reader/record_batch.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reader/csv_reader.hpp"

namespace cerslint::reader {
namespace {

// Everything observable about a record, copied into strings.
struct Seen {
  std::string raw;
  std::uint64_t index, line, offset, blanks;
  int ending, quote_error;
  std::uint32_t quote_error_at;
  std::uint64_t error_line;
  std::uint32_t error_column;
  bool quoted_break, unescaped;
  std::vector<std::string> values;
  std::vector<std::string> spans;  // raw_begin, raw_end and flags of each field
  bool operator==(const Seen&) const = default;
};

Seen see(const Record& r) {
  Seen s{std::string(r.raw()),
         r.index(),
         r.line(),
         r.offset(),
         r.blank_lines_before(),
         static_cast<int>(r.ending()),
         static_cast<int>(r.quote_error()),
         r.quote_error_at(),
         r.position_of(r.quote_error_at()).line,
         r.position_of(r.quote_error_at()).column,
         r.has_quoted_line_break(),
         r.has_unescaped(),
         {},
         {}};
  for (std::size_t i = 0; i < r.size(); ++i) {
    const FieldSpan& f = r.field(i);
    s.values.emplace_back(r.value(i));
    s.spans.push_back(std::to_string(f.raw_begin) + "-" + std::to_string(f.raw_end) +
                      (f.quoted ? "q" : "") + (f.unescaped ? "u" : "") +
                      (f.has_line_break ? "b" : "") + "|" + std::string(r.raw_field(i)));
  }
  return s;
}

// One of each thing a record can hold: quoted commas, doubled quotes (values in the reader's
// scratch buffer), empty values, a quoted line break, CRLF, skipped empty lines, a short row,
// a quote error, an empty last field.
const char* const kFile =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n"
    "\"Smith, A\",01611766111330,2027,Math,9000000001,\r\n"
    "\"Say \"\"hi\"\"\",01611766111330,2027,\"\"\"ELA\"\"\",9000000002,\r\n"
    "\n\n"
    ",,,,,\n"
    "\"two\nlines\",01611766111330,2027,,,t@example.org\n"
    "short,row\n"
    "\"bad\"x,01611766111330,2027,Math,9000000003,\n"
    "last,01611766111330,2027,Math,9000000004,";

TEST(RecordBatch, CopiesEveryFactAndOutlivesTheReader) {
  std::string text = kFile;
  auto reader = CsvReader::from_memory(text);
  RecordBatch batch(1 << 16, 1 << 10);
  std::vector<Seen> expected;
  while (const Record* r = reader.next()) {
    expected.push_back(see(*r));
    ASSERT_TRUE(batch.add(*r));
  }
  ASSERT_EQ(expected.size(), 8u);
  const std::string& flags = expected[2].spans[0];  // "begin-end" then q, u, b, then "|"
  ASSERT_NE(flags.substr(0, flags.find('|')).find('u'), std::string::npos)
      << "the test must cover a value outside the raw bytes";
  // The reader read from `text`, and kept unescaped values in a buffer it reused per record:
  // wipe the first and the copies must not notice.
  text.assign(text.size(), 'x');
  ASSERT_EQ(batch.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(see(batch[i]), expected[i]) << "record " << i;
  }
}

TEST(RecordBatch, AFullBatchRefusesAndAnEmptyOneTakesAnything) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "a,\"b\"\"c\",d\n";
  auto reader = CsvReader::from_memory(text);
  RecordBatch batch(64, 12);
  std::vector<Seen> held;
  const Record* r = nullptr;
  while ((r = reader.next()) != nullptr) {
    const Seen before = see(*r);
    if (!batch.add(*r)) break;
    held.push_back(before);
  }
  ASSERT_NE(r, nullptr) << "the batch never filled";
  EXPECT_FALSE(held.empty());
  EXPECT_LE(held.size(), 4u);  // 12 field spans hold 4 records of 3 fields
  for (std::size_t i = 0; i < held.size(); ++i) EXPECT_EQ(see(batch[i]), held[i]);

  // The refused record goes into the cleared batch, and so does one larger than all of it.
  const Seen refused = see(*r);
  batch.clear();
  ASSERT_TRUE(batch.add(*r));
  EXPECT_EQ(see(batch[0]), refused);
  const std::string big = std::string(500, 'x') + "," + std::string(300, 'y') + "\n";
  auto big_reader = CsvReader::from_memory(big);
  const Record* b = big_reader.next();
  ASSERT_NE(b, nullptr);
  batch.clear();
  ASSERT_TRUE(batch.add(*b));
  EXPECT_EQ(see(batch[0]), see(*b));
  EXPECT_FALSE(batch.add(*b));  // and now it is full
  // The room grown for it is given back once the batch is emptied, so one huge record does not
  // keep its size of memory for the rest of the file.
  EXPECT_GE(batch.bytes_capacity(), big.size() - 1);
  batch.clear();
  EXPECT_EQ(batch.bytes_capacity(), 64u);
  ASSERT_TRUE(batch.add(*r));
}

}  // namespace
}  // namespace cerslint::reader
