// Unit tests for CERS validator semantics the conformance fixtures do not reach: the result
// caps, Unicode years, header-name folding, and bounded memory of the result text.
#include "cers/validator.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "reader/csv_reader.hpp"

namespace cerslint::cers {
namespace {

constexpr const char* kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";

// Feeds every record of `csv` to `v` and finishes it.
void feed(Validator& v, const std::string& csv) {
  auto reader = reader::CsvReader::from_memory(csv);
  bool header = true;
  while (const reader::Record* r = reader.next()) {
    if (header) {
      v.on_header(*r);
      header = false;
    } else {
      v.on_record(*r);
    }
  }
  v.finish();
}

Verdict run(const std::string& csv, const std::vector<std::string>& schools) {
  const auto permitted = directory::PermittedSchools::from_list(schools);
  Config config;
  config.schools = &permitted;
  config.years = {2024, 2025};
  config.subjects = {"Math", "ELA", "ELPAC"};
  Validator v(config, nullptr);
  feed(v, csv);
  return v.verdict();
}

TEST(Validator, MoreThan100SchoolsAreSummarised) {
  std::string csv = kHeader;
  std::vector<std::string> schools;
  for (int i = 0; i < 103; ++i) {
    schools.push_back("S" + std::to_string(1000 + i));
    csv += "G," + schools.back() + ",2025,,9000000001,\n";
  }
  const Verdict v = run(csv, schools);
  EXPECT_EQ(v.status, Status::kAccepted);
  EXPECT_EQ(v.text.substr(0, 26), "1 group accepted for S1000");
  EXPECT_NE(v.text.find("1 group accepted for S1099."), std::string::npos);
  EXPECT_EQ(v.text.find("S1100"), std::string::npos);
  EXPECT_EQ(v.text.substr(v.text.rfind('\n') + 1), "With 3 additional schools");
}

TEST(Validator, RecordFailuresAreNotDeduplicatedButOthersAre) {
  std::string csv = kHeader;
  for (int i = 0; i < 3; ++i) csv += ",S1,2025,,,\n";         // a: reported every time
  for (int i = 0; i < 3; ++i) csv += "G,S1,1999,Science,,\n";  // b, c: once each
  const Verdict v = run(csv, {"S1"});
  EXPECT_EQ(v.text,
            "Row: 1 Failure: Record does not contain a group name\n"
            "Row: 2 Failure: Record does not contain a group name\n"
            "Row: 3 Failure: Record does not contain a group name\n"
            "Row: 4 Failure: Invalid school year: 1999\n"
            "Row: 4 Failure: Invalid subject: Science");
}

// A damaged id inside a school's block splits it: from then on the school's rows and the damaged
// ones alternate. The directory's answers are remembered for the last four ids; six ids in turn
// make every answer leave that memory before it is asked for again.
TEST(Validator, AlternatingSchoolIdsGetTheDirectorysAnswerEveryTime) {
  std::string csv = kHeader;
  for (int cycle = 0; cycle < 3; ++cycle) {
    for (const char* school : {"S1", "S9", "S2", "S8", "S3", "S7"}) {
      csv += std::string("G,") + school + ",2025,,9000000001,\n";
    }
  }
  const Verdict v = run(csv, {"S1", "S2", "S3"});
  EXPECT_EQ(v.status, Status::kRejected);
  EXPECT_EQ(v.text,
            "Row: 2 Failure: School [S9] can not be found\n"
            "Row: 4 Failure: School [S8] can not be found\n"
            "Row: 6 Failure: School [S7] can not be found\n"
            "Row: 7 Failure: School [S1] is out-of-order: sort CSV by school, group, year\n"
            "Row: 9 Failure: School [S2] is out-of-order: sort CSV by school, group, year\n"
            "Row: 11 Failure: School [S3] is out-of-order: sort CSV by school, group, year");
}

// The remembered answers must be the directory's: wrongly "permitted", the damaged id S9 would
// start a block and be out of order at row 6; wrongly "unknown", S2 would not be found at row 5.
TEST(Validator, RememberedDirectoryAnswersAreTheDirectorysAnswers) {
  const std::string csv = std::string(kHeader) +
                          "G,S1,2025,,9000000001,\n"
                          "G,S9,2025,,9000000002,\n"
                          "H,S2,2025,,9000000003,\n"
                          "G,S9,2025,,9000000004,\n"
                          "G,S2,2025,,9000000005,\n"
                          "G,S9,2025,,9000000006,\n";
  EXPECT_EQ(run(csv, {"S1", "S2"}).text,
            "Row: 2 Failure: School [S9] can not be found\n"
            "Row: 5 Failure: School [S2] is out-of-order: sort CSV by school, group, year");
}

TEST(Validator, UnicodeDigitsAndSignsAreYears) {
  // Java's Integer.valueOf accepts any BMP decimal digit and a sign; fullwidth 2025 is valid.
  const Verdict v = run(std::string(kHeader) + "G,S1,\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x95,,,\n"
                                                "G,S1,+2025,,,\n",
                        {"S1"});
  EXPECT_EQ(v.text, "1 group accepted for S1.");
}

TEST(Validator, YearOverflowIsNotANumber) {
  const Verdict v = run(std::string(kHeader) + "G,S1,2147483648,,,\n", {"S1"});
  EXPECT_EQ(v.text, "Row: 1 Failure: Record does not contain a school year");
}

TEST(Validator, HeaderNamesCollideIgnoringUnicodeCase) {
  // KELVIN SIGN (U+212A) upper-cases to itself and lower-cases to 'k': equalsIgnoreCase
  // treats "\u212A" and "k" as equal, so these two names collide in the header map.
  const Verdict v = run("group_name,school_natural_id,school_year,subject_code,student_ssid,"
                        "group_user_login,\xE2\x84\xAA,k\nG,S1,2025,,,,,\n",
                        {"S1"});
  EXPECT_EQ(v.text, "Row: 0 Failure: File does not appear to be a valid CSV with a header row");
}

TEST(Validator, MalformedBytesCompareAsReplacementCharacter) {
  // Two different invalid bytes both decode to U+FFFD: CERS sees the same school text.
  const Verdict v = run(std::string(kHeader) + "G,S\xFF,2025,,,\nG,S\xFE,2025,,,\n", {"S1"});
  EXPECT_EQ(v.text, "Row: 1 Failure: School [S\xEF\xBF\xBD] can not be found");
}

TEST(Validator, ResultKeepsOnlyWhatItPrints) {
  // 10,000 distinct failures: the text holds 100 lines plus the count line.
  std::string csv = kHeader;
  for (int i = 0; i < 10000; ++i) csv += "G,X" + std::to_string(i) + ",2025,,,\n";
  const Verdict v = run(csv, {"S1"});
  EXPECT_EQ(std::count(v.text.begin(), v.text.end(), '\n'), 100);
  EXPECT_EQ(v.text.substr(v.text.rfind('\n') + 1), "With 9900 additional validation failures");
}


// Records every failure the validator reports, in order.
class Recorder final : public FailureListener {
 public:
  void on_failure(const Failure& f) override {
    log += std::to_string(static_cast<int>(f.kind)) + " " + std::to_string(f.row) + " " +
           std::string(f.text) + "\n";
  }
  std::string log;
};

std::string run_logged(const std::string& csv, bool shortcuts, Verdict& verdict) {
  const auto permitted = directory::PermittedSchools::from_list({"S1", "S2", "S3"});
  Config config;
  config.schools = &permitted;
  config.years = {2024, 2025};
  config.subjects = {"Math", "ELA"};
  Recorder recorder;
  Validator v(config, &recorder);
  v.set_shortcuts(shortcuts);
  feed(v, csv);
  verdict = v.verdict();
  return recorder.log;
}

// Replaying repeated keys and skipping failures already reported must be invisible: random
// files built from a small alphabet of values (so keys repeat, change case, go blank, turn
// invalid, come back) give the same failures and verdict with and without them.
TEST(Validator, ShortcutsChangeNothing) {
  const std::vector<std::string> schools = {"S1", "S2", "S3", "S9", "", " S1"};
  // Quoted names: "G1" is the bytes between its quotes, "G""1" is unescaped elsewhere.
  const std::vector<std::string> groups = {"G1", "g1", "G2", "", "G 3", "\"G1\"",
                                           "\"G\"\"1\""};
  const std::vector<std::string> years = {"2025", "2024", "1999", "", "x", "2025.0"};
  const std::vector<std::string> subjects = {"",    "",        " ",          "Math",
                                             "math", "ELA",     "Science",    "M\u00C4TH",
                                             "ELA\u00A0", "Sci\u00EBnce"};
  const std::vector<std::string> ssids = {"9000000001", "9000000002", "", " "};
  std::mt19937 rng(20261123);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int file = 0; file < 400; ++file) {
    std::string csv = kHeader;
    std::string row;
    for (int r = 0; r < 60; ++r) {
      // Mostly repeat the previous row's keys (as real files do), sometimes change one value.
      if (row.empty() || rng() % 4 == 0) {
        row = pick(groups) + "," + pick(schools) + "," + pick(years) + "," + pick(subjects);
      } else if (rng() % 3 == 0) {
        row = row.substr(0, row.rfind(',') + 1) + pick(subjects);
      }
      csv += row + "," + pick(ssids) + (rng() % 40 == 0 ? "\n" : ",\n");  // a few short rows
    }
    Verdict with, without;
    const std::string a = run_logged(csv, true, with);
    const std::string b = run_logged(csv, false, without);
    ASSERT_EQ(a, b) << csv;
    ASSERT_EQ(with.text, without.text) << csv;
    ASSERT_EQ(with.status, without.status) << csv;
  }
}

// Row 2 replays by its values (blank subject), so its prefix is kept for the rows after it.
// Row 3 changes the keys; row 4 has row 2's bytes but must be checked against row 3's keys.
TEST(Validator, APrefixThatReplayedIsForgottenWhenTheKeysChange) {
  const std::string csv = std::string(kHeader) +
                          "G1,S1,2025,Math,9000000001,\n"
                          "G1,S1,2025,,9000000002,\n"
                          "G1,S2,2025,Math,9000000003,\n"
                          "G1,S1,2025,,9000000004,\n";
  Verdict with, without;
  const std::string log = run_logged(csv, true, with);
  EXPECT_EQ(log, run_logged(csv, false, without));
  EXPECT_EQ(with.text,
            "Row: 4 Failure: School [S1] is out-of-order: sort CSV by school, group, year");
}

}  // namespace
}  // namespace cerslint::cers
