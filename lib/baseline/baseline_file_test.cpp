// The baseline file: round trip, deterministic bytes, clear errors for damaged files, atomic
// writing, and how files are named relative to the baseline's folder.
#include "baseline/baseline_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "baseline/paths.hpp"

namespace cerslint::baseline {
namespace {

namespace fs = std::filesystem;

Entry make(std::string file, std::string rule, std::string school, std::string year,
           std::string group, std::string member, std::uint64_t count = 1) {
  return Entry{std::move(file),
               std::move(rule),
               std::move(school),
               std::move(year),
               std::move(group),
               std::move(member),
               count};
}

std::vector<Entry> sample() {
  return {
      make("district.csv", "N003", "01611766111330", "2027", "Gr 7 \"A\"", "901730066"),
      make("district.csv", "C106", "1611766056923", "2027", "Gr8 CAASPP", "9000000001", 2),
      make("sub/other.csv", "F004", "", "", "", ""),  // a file-level finding: no row
      make("district.csv", "G001", "01611766111330", "2027", "Rao ELA 6 Pd 2  ", "",
           3),  // a group finding
      make("district.csv", "L003", "01611766111330", "2027", "Ünïcödé", "mailto:a@example.org"),
  };
}

class BaselineFileOnDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cerslint-baseline-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST(BaselineFile, RoundTripsEveryField) {
  const std::string text = format_baseline(sample());
  auto back = parse_baseline(text, "b.json");
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back.value(), normalized(sample()));
  EXPECT_EQ(back.value().size(), 5u);
  EXPECT_EQ(format_baseline(back.value()), text);  // read and written again: the same bytes
}

TEST(BaselineFile, OutputIsSortedOneEntryPerLineWhateverTheOrderGiven) {
  std::vector<Entry> shuffled = sample();
  std::mt19937 rng(3);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  EXPECT_EQ(format_baseline(shuffled), format_baseline(sample()));
  const std::string text = format_baseline(sample());
  EXPECT_EQ(text.rfind("{\n  \"version\": 1,\n  \"entries\": [\n", 0), 0u) << text;
  // Sorted by file, then rule: C106 first; each entry on one line, fields in a fixed order.
  EXPECT_NE(text.find("\n    {\"file\":\"district.csv\",\"rule\":\"C106\",\"school\":"
                      "\"1611766056923\",\"year\":\"2027\",\"group\":\"Gr8 CAASPP\","
                      "\"member\":\"9000000001\",\"count\":2},\n"),
            std::string::npos)
      << text;
  EXPECT_LT(text.find("\"N003\""), text.find("sub/other.csv"));
  EXPECT_EQ(format_baseline({}), "{\n  \"version\": 1,\n  \"entries\": []\n}\n");
}

TEST(BaselineFile, RepeatedKeysAddUpAndZeroCountsVanish) {
  std::vector<Entry> e = {make("a.csv", "N003", "s", "2027", "g", "m", 1),
                          make("a.csv", "N003", "s", "2027", "g", "m", 2),
                          make("a.csv", "N001", "s", "2027", "g", "m", 0)};
  const std::vector<Entry> n = normalized(e);
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].count, 3u);
}

TEST(BaselineFile, DamagedFilesAreErrorsThatSayWhatIsWrong) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "cannot be read"},
      {"{\"version\": 1, \"entries\": [", "cannot be read"},
      {"[]", "JSON object"},
      {"{\"entries\": []}", "\"version\" is missing"},
      {"{\"version\": 2, \"entries\": []}", "version 2 is not known"},
      {"{\"version\": 1}", "\"entries\" must be a list"},
      {"{\"version\": 1, \"entries\": [7]}", "entry 1 is not an object"},
      {"{\"version\": 1, \"entries\": [{\"file\": \"a.csv\"}]}", "entry 1 has no \"rule\""},
      {"{\"version\": 1, \"entries\": [{\"rule\": \"N003\"}]}", "entry 1 has no \"file\""},
      {"{\"version\": 1, \"entries\": [{\"file\": \"a.csv\", \"rule\": \"N003\", \"school\": 7}]}",
       "\"school\" must be a string"},
      {"{\"version\": 1, \"entries\": [{\"file\": \"a.csv\", \"rule\": \"N003\", \"count\": 0}]}",
       "\"count\" must be a whole number"},
      {"{\"version\": 1, \"entries\": [{\"file\": \"a.csv\", \"rule\": \"N003\", \"count\": -1}]}",
       "\"count\" must be a whole number"},
  };
  for (const auto& [json, expected] : cases) {
    auto r = parse_baseline(json, "dir/cerslint-baseline.json");
    ASSERT_FALSE(r) << json;
    EXPECT_NE(r.error().message.find(expected), std::string::npos)
        << json << " -> " << r.error().message;
    EXPECT_EQ(r.error().message.rfind("dir/cerslint-baseline.json: ", 0), 0u);
  }
  // Absent key fields are empty, absent count is 1: a hand-written entry for a file finding.
  auto minimal = parse_baseline(
      "{\"version\": 1, \"entries\": [{\"file\": \"a.csv\", \"rule\": \"F004\"}]}", "b.json");
  ASSERT_TRUE(minimal) << minimal.error().message;
  EXPECT_EQ(minimal.value(), (std::vector<Entry>{make("a.csv", "F004", "", "", "", "")}));
}

TEST(BaselineFile, MalformedUtf8IsStoredAsCersReadsItAndStillMatches) {
  const engine::RowIdentity row{"01611766111330", "2027", "Caf\xe9", "9000000001"};
  const Entry e = entry_of("a.csv", "F001", row);
  EXPECT_EQ(e.group, "Caf\xEF\xBF\xBD");  // U+FFFD
  auto back = parse_baseline(format_baseline({e}), "b.json");
  ASSERT_TRUE(back) << back.error().message;
  std::string key;
  append_key(key, "F001", row);
  EXPECT_EQ(key_of(back.value().at(0)), key);
}

TEST(BaselineFile, KeysCannotBeImitatedAcrossFieldBoundaries) {
  std::string a, b;
  append_key(a, "N003", {"s", "2027", "g", "m"});
  append_key(b, "N003", {"s2", "027", "g", "m"});
  EXPECT_NE(a, b);
}

TEST(BaselineFile, ReplacingFilesKeepsTheOthers) {
  const std::vector<Entry> old = {make("a.csv", "N003", "s", "2027", "g", "m"),
                                  make("b.csv", "N003", "s", "2027", "g", "m")};
  const std::vector<Entry> fresh = {make("a.csv", "L003", "s", "2027", "g", "x")};
  const std::vector<Entry> merged = replace_files(old, {"a.csv"}, fresh);
  EXPECT_EQ(merged, (std::vector<Entry>{make("a.csv", "L003", "s", "2027", "g", "x"),
                                        make("b.csv", "N003", "s", "2027", "g", "m")}));
}

TEST_F(BaselineFileOnDisk, WritesAtomicallyAndReadsBack) {
  const std::string path = (dir_ / "cerslint-baseline.json").string();
  ASSERT_FALSE(write_baseline(path, sample(), std::nullopt));
  auto back = read_baseline(path);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back.value(), normalized(sample()));
  // Replacing it: the old identity must still be the file's, and only one file is left.
  const auto id = output::identify(path);
  ASSERT_TRUE(id);
  ASSERT_FALSE(write_baseline(path, {sample()[0]}, id.value()));
  EXPECT_EQ(read_baseline(path).value().size(), 1u);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
  // Someone changed it since it was read: nothing is written.
  EXPECT_TRUE(write_baseline(path, sample(), id.value()).has_value());
  EXPECT_EQ(read_baseline(path).value().size(), 1u);
  auto missing = read_baseline((dir_ / "nope.json").string());
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("cannot open"), std::string::npos);
}

TEST_F(BaselineFileOnDisk, FilesAreNamedRelativeToTheBaselinesFolder) {
  fs::create_directories(dir_ / "district" / "2027");
  const std::string baseline = (dir_ / "district" / "cerslint-baseline.json").string();
  const std::string csv = (dir_ / "district" / "2027" / "groups.csv").string();
  std::ofstream(csv) << "x\n";
  EXPECT_EQ(relative_name(baseline, csv), "2027/groups.csv");
  // The same file reached through another spelling of its path.
  EXPECT_EQ(
      relative_name(baseline, (dir_ / "district" / "2027" / ".." / "2027" / "groups.csv").string()),
      "2027/groups.csv");
  EXPECT_EQ(relative_name(baseline, (dir_ / "elsewhere.csv").string()), "../elsewhere.csv");

  // The nearest baseline upward from the file's folder.
  EXPECT_EQ(find_baseline_for(csv), std::nullopt);
  std::ofstream(baseline) << "{}";
  EXPECT_EQ(find_baseline_for(csv), fs::path(baseline).generic_string());
  std::ofstream((dir_ / "district" / "2027" / "cerslint-baseline.json").string()) << "{}";
  EXPECT_EQ(find_baseline_for(csv),
            (dir_ / "district" / "2027" / "cerslint-baseline.json").generic_string());
}

}  // namespace
}  // namespace cerslint::baseline
