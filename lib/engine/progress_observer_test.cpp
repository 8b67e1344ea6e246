// CheckOptions::progress: called every kProgressEvery records with the bytes read so far, and
// never when unset.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "directory/school_directory.hpp"
#include "engine/runner.hpp"
#include "reader/csv_reader.hpp"

namespace cerslint::engine {
namespace {

class Discard final : public FindingSink {
 public:
  void on_finding(const Finding&) override {}
};

// `rows` student rows of one school, `group_size` to a group.
std::string one_school_csv(std::uint64_t rows, std::uint64_t group_size) {
  std::string csv =
      "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";
  for (std::uint64_t i = 0; i < rows; ++i) {
    csv += "G" + std::to_string(i / group_size) + ",01611766111330,2027,Math," +
           std::to_string(9000000000 + i) + ",\n";
  }
  return csv;
}

const cers::Config& config() {
  static const auto schools = directory::PermittedSchools::from_embedded_directory();
  static const cers::Config config{&schools, {2027}, {"Math"}};
  return config;
}

TEST(CheckProgress, CalledEveryKProgressEveryRecordsWithBytesRead) {
  const std::uint64_t rows = 2 * CheckOptions::kProgressEvery + 5;
  const std::string csv = one_school_csv(rows, 100);
  std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;  // (bytes, records)
  CheckOptions options;
  options.cers = &config();
  options.progress = [&](std::uint64_t bytes, std::uint64_t records) {
    calls.emplace_back(bytes, records);
  };
  Discard sink;
  auto reader = reader::CsvReader::from_memory(csv);
  const FileReport report = check(reader, options, sink);
  EXPECT_EQ(report.records, rows);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].second, CheckOptions::kProgressEvery);
  EXPECT_EQ(calls[1].second, 2 * CheckOptions::kProgressEvery);
  // Bytes grow and stay within the input (the reader may have read a block ahead).
  EXPECT_GT(calls[0].first, 0u);
  EXPECT_GT(calls[1].first, calls[0].first);
  EXPECT_LE(calls[1].first, csv.size());
}

// With a reading thread (--jobs on one file) the calls are the same: the reading thread notes
// the bytes read at the same records, and the checking thread makes the calls in order.
TEST(CheckProgress, SameCallsWithAReadingThread) {
  const std::uint64_t rows = 3 * CheckOptions::kProgressEvery + 7;
  const std::string csv = one_school_csv(rows, 90);
  const auto run = [&](bool reading_thread) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    CheckOptions options;
    options.cers = &config();
    options.reading_thread = reading_thread;
    options.reading_batch_bytes = 4096;
    options.progress = [&](std::uint64_t bytes, std::uint64_t records) {
      calls.emplace_back(bytes, records);
    };
    Discard sink;
    auto reader = reader::CsvReader::from_memory(csv);
    EXPECT_EQ(check(reader, options, sink).records, rows);
    return calls;
  };
  const auto alone = run(false);
  EXPECT_EQ(alone.size(), 3u);
  EXPECT_EQ(run(true), alone);
}

}  // namespace
}  // namespace cerslint::engine
