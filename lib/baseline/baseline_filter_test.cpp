// BaselineFilter and BaselineRecorder on real check runs: a finding is recognised by its row's
// values after rows are inserted above it, counts limit how many findings one entry covers, and
// entries whose finding went away are reported as unused.
#include "baseline/baseline_filter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "baseline/recorder.hpp"
#include "directory/school_directory.hpp"
#include "engine/runner.hpp"
#include "reader/csv_reader.hpp"

namespace cerslint::baseline {
namespace {

constexpr std::string_view kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";

std::string row(std::string_view group, std::string_view ssid, std::string_view login = "") {
  return std::string(group) + ",01611766111330,2027,Math," + std::string(ssid) + "," +
         std::string(login) + "\n";
}

class Codes final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding& f) override {
    seen.push_back(std::string(f.rule->code) + "@" + std::to_string(f.location.line));
  }
  std::vector<std::string> seen;
};

engine::FileReport run(const std::string& csv, engine::FindingSink& sink) {
  static const auto schools = directory::PermittedSchools::from_embedded_directory();
  static const cers::Config config{&schools, {2027}, {"Math"}};
  auto reader = reader::CsvReader::from_memory(csv);
  engine::CheckOptions options;
  options.cers = &config;
  return engine::check(reader, options, sink);
}

std::vector<Entry> record(const std::string& csv) {
  Codes ignored;
  BaselineRecorder recorder("groups.csv", ignored);
  (void)run(csv, recorder);
  return recorder.take();
}

// A group with a teacher, two good students and one 9-digit SSID (N003).
const std::string kBad = std::string(kHeader) + row("G1", "", "t@example.org") +
                         row("G1", "9000000001") + row("G1", "901730066") + row("G1", "9000000003");

TEST(BaselineRecorder, NotesEachFindingOnceWithItsIdentity) {
  const std::vector<Entry> entries = record(kBad);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0],
            (Entry{"groups.csv", "N003", "01611766111330", "2027", "G1", "901730066", 1}));
}

TEST(BaselineFilter, RecognisesAFindingAfterRowsAreInsertedAboveIt) {
  const Suppressions base("b.json", record(kBad));
  // Two new students above the bad one: its line moves from 4 to 6.
  const std::string moved = std::string(kHeader) + row("G1", "", "t@example.org") +
                            row("G1", "9000000001") + row("G1", "9000000011") +
                            row("G1", "9000000012") + row("G1", "901730066") +
                            row("G1", "9000000003");
  Codes out;
  BaselineFilter filter(base, "groups.csv", out);
  const engine::FileReport report = run(moved, filter);
  EXPECT_TRUE(out.seen.empty()) << out.seen[0];
  EXPECT_EQ(filter.suppressed(engine::Severity::kWarning), 1u);
  EXPECT_EQ(filter.suppressed_total(), 1u);
  EXPECT_EQ(report.counts[static_cast<int>(engine::Severity::kWarning)], 1u);  // still found
  EXPECT_TRUE(filter.unused().empty());
}

TEST(BaselineFilter, ANewFindingIsForwarded) {
  const Suppressions base("b.json", record(kBad));
  Codes out;
  BaselineFilter filter(base, "groups.csv", out);
  (void)run(kBad + row("G1", "901730067"), filter);  // a second 9-digit SSID, on line 6
  EXPECT_EQ(out.seen, (std::vector<std::string>{"N003@6"}));
  EXPECT_EQ(filter.suppressed_total(), 1u);
}

TEST(BaselineFilter, AnEntryCoversAsManyFindingsAsItsCount) {
  // The same student twice in the group: N003 twice with one identity (and N005 once).
  const std::string twice = kBad + row("G1", "901730066");
  std::vector<Entry> entries = record(twice);
  const auto n003 =
      std::find_if(entries.begin(), entries.end(), [](const Entry& e) { return e.rule == "N003"; });
  ASSERT_NE(n003, entries.end());
  EXPECT_EQ(n003->count, 2u);
  {
    Codes out;
    const Suppressions base("b.json", entries);
    BaselineFilter filter(base, "groups.csv", out);
    (void)run(twice, filter);
    EXPECT_TRUE(out.seen.empty());
  }
  // With count 1, the second finding of that identity is new.
  n003->count = 1;
  Codes out;
  const Suppressions base("b.json", entries);
  BaselineFilter filter(base, "groups.csv", out);
  (void)run(twice, filter);
  EXPECT_EQ(out.seen, (std::vector<std::string>{"N003@6"}));
}

TEST(BaselineFilter, ReportsEntriesWhoseFindingWentAway) {
  const std::string both = kBad + row("G1", "901730067");
  const Suppressions base("b.json", record(both));
  const std::string fixed = std::string(kHeader) + row("G1", "", "t@example.org") +
                            row("G1", "9000000001") + row("G1", "0901730066") +
                            row("G1", "9000000003") + row("G1", "901730067");
  Codes out;
  BaselineFilter filter(base, "groups.csv", out);
  (void)run(fixed, filter);
  EXPECT_TRUE(out.seen.empty());
  EXPECT_EQ(
      filter.unused(),
      (std::vector<Entry>{{"groups.csv", "N003", "01611766111330", "2027", "G1", "901730066", 1}}));
}

TEST(BaselineFilter, OnlyTheEntriesOfTheFileBeingCheckedApply) {
  const Suppressions base("b.json", record(kBad));
  Codes out;
  BaselineFilter filter(base, "other.csv", out);
  (void)run(kBad, filter);
  EXPECT_EQ(out.seen, (std::vector<std::string>{"N003@4"}));
  EXPECT_TRUE(filter.unused().empty());  // other.csv has no entries to be unused
}

TEST(BaselineFilter, CountsSuppressedCersFindings) {
  const std::string csv = std::string(kHeader) + "G1,1.23457E+13,2027,Math,9000000001,\n";
  const Suppressions base("b.json", record(csv));
  Codes out;
  BaselineFilter filter(base, "groups.csv", out);
  const engine::FileReport report = run(csv, filter);
  EXPECT_EQ(report.verdict.status, cers::Status::kRejected);  // the verdict is not filtered
  EXPECT_TRUE(out.seen.empty());
  EXPECT_EQ(filter.suppressed_cers(), 1u);   // C106
  EXPECT_GT(filter.suppressed_total(), 1u);  // S001 and friends too
}

}  // namespace
}  // namespace cerslint::baseline
