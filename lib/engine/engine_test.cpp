// The engine's own semantics: lenient column lookup, change masks and group starts, rule
// selection tokens, and that selection limits what check() reports.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "directory/school_directory.hpp"
#include "engine/runner.hpp"
#include "engine/selection.hpp"
#include "reader/csv_reader.hpp"
#include "util/hash.hpp"

namespace cerslint::engine {
namespace {

constexpr std::string_view kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";

TEST(ColumnMap, FindsColumnsIgnoringCaseSpacesAndOrder) {
  auto reader = reader::CsvReader::from_memory(
      " School_Natural_ID ,GROUP_NAME,extra,school_year\tsubject_code,student_ssid\n");
  const reader::Record* header = reader.next();
  ASSERT_NE(header, nullptr);
  const ColumnMap map = ColumnMap::from_header(*header);
  EXPECT_EQ(map[Column::kSchool], 0);
  EXPECT_EQ(map[Column::kGroupName], 1);
  EXPECT_EQ(map[Column::kYear], -1);  // "school_year\tsubject_code" is one unknown name
  EXPECT_EQ(map[Column::kSsid], 4);
  EXPECT_EQ(map[Column::kLogin], -1);
}

TEST(RowTracker, ChangeMaskAndGroupStarts) {
  const std::string csv = std::string(kHeader) +
                          "G1,01611766111330,2027,Math,9000000001,\n"
                          "G1,01611766111330,2027,Math,9000000002,\n"
                          "G1,01611766111330,2027,ELA,9000000002,\n"
                          "G2,01611766111330,2027,ELA,,t@example.org\n"
                          "G2\n";
  auto reader = reader::CsvReader::from_memory(csv);
  const ColumnMap map = ColumnMap::from_header(*reader.next());
  RowTracker tracker;
  std::vector<ColumnMask> masks;
  std::vector<bool> starts;
  while (const reader::Record* r = reader.next()) {
    const Row row = tracker.next(*r, map);
    masks.push_back(row.changed());
    starts.push_back(row.starts_group());
  }
  ASSERT_EQ(masks.size(), 5u);
  EXPECT_EQ(masks[0], kAllColumns);
  EXPECT_EQ(masks[1], bit(Column::kSsid));
  EXPECT_EQ(masks[2], bit(Column::kSubject));
  EXPECT_EQ(masks[3], bit(Column::kGroupName) | bit(Column::kSsid) | bit(Column::kLogin));
  // A short row: missing columns read as empty, so they "change" to empty.
  EXPECT_EQ(masks[4], bit(Column::kSchool) | bit(Column::kYear) | bit(Column::kSubject) |
                          bit(Column::kLogin));
  EXPECT_EQ(starts, (std::vector<bool>{true, false, false, true, true}));
}

// Runs a RowTracker over `csv` (first record = header) and hands `each` every data row.
template <typename Each>
void track_rows(const std::string& csv, Each&& each,
                RowTraits wanted = static_cast<RowTraits>(~0u)) {
  auto reader = reader::CsvReader::from_memory(csv);
  const reader::Record* header = reader.next();
  const ColumnMap map = ColumnMap::from_header(*header);
  RowTracker tracker;
  tracker.want(wanted);
  tracker.on_header(*header, map);
  while (const reader::Record* r = reader.next()) each(tracker.next(*r, map));
}

// The same rows under the template header (where the four key values are compared as one raw
// prefix) and under a permuted header (compared value by value) give the same change masks.
TEST(RowTracker, KeyPrefixComparisonAgreesWithValueComparison) {
  const std::vector<std::string> groups = {"G1", "\"G,1\"", "G2", ""};
  const std::vector<std::string> schools = {"01611766111330", "01611766111331"};
  const std::vector<std::string> subjects = {"", "Math", "\"Math\""};
  const std::vector<std::string> ssids = {"9000000001", "9000000002", ""};
  std::mt19937 rng(7);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  std::string canonical(kHeader);
  std::string permuted =
      "student_ssid,group_user_login,subject_code,school_year,school_natural_id,group_name\n";
  for (int i = 0; i < 3000; ++i) {
    const std::string g = pick(groups), sc = pick(schools), y = rng() % 5 ? "2027" : "2026",
                      su = pick(subjects), ss = pick(ssids), lo = rng() % 8 ? "" : "t@example.org";
    canonical += g + "," + sc + "," + y + "," + su + "," + ss + "," + lo + "\n";
    permuted += ss + "," + lo + "," + su + "," + y + "," + sc + "," + g + "\n";
  }
  auto masks = [](const std::string& csv) {
    std::vector<int> out;
    track_rows(csv, [&](const Row& row) {
      out.push_back(row.changed() | ((row.traits() & (trait::kSsid | trait::kLogin)) << 8));
    });
    return out;
  };
  EXPECT_EQ(masks(canonical), masks(permuted));
}

TEST(RowTracker, TraitsNameWhatIsUnusualAboutARow) {
  const std::string csv = std::string(kHeader) +
                          "G1,01611766111330,2027,Math,9000000001,\n"          // plain
                          "G\xC3\xA9,01611766111330,2027,Math,900000001,\n"    // non-ASCII, odd SSID
                          "G1,0161176611133\\0,2027,,,t@example.org\r\n"      // backslash, login, CRLF
                          ",,,,,\n"                                              // blank first value
                          "G1,01611766111330,2027,Math,9000000001,,extra\n";    // after blank, wide
  std::vector<RowTraits> traits;
  track_rows(csv, [&](const Row& row) { traits.push_back(row.traits()); });
  using namespace trait;
  ASSERT_EQ(traits.size(), 5u);
  EXPECT_EQ(traits[0], kSsid | kStartsGroup);
  EXPECT_EQ(traits[1], kNonAscii | kSsid | kOddSsid | kStartsGroup | kOddGroupName);
  EXPECT_EQ(traits[2], kBackslash | kLogin | kOtherEnding | kStartsGroup | kOddSchool);
  EXPECT_EQ(traits[3], kMaybeBlank | kStartsGroup);
  EXPECT_EQ(traits[4], kAfterMaybeBlank | kWidthDiffers | kSsid | kStartsGroup);
}

// kOddSchool and kOddGroupName are facts of the value: worked out when it changes, kept on the
// rows that repeat it, dropped when it changes to an ordinary one, and not worked out at all
// when no rule wants them.
TEST(RowTracker, ValueFactsHoldWhileTheValueRepeats) {
  const std::string csv = std::string(kHeader) +
                          "G1,1.61177E+12,2027,Math,,t@example.org\n"       // odd school
                          "G1,1.61177E+12,2027,Math,9000000001,\n"          // repeats it
                          "=G2,1.61177E+12,2027,Math,9000000001,\n"         // odd name too
                          "=G2,01611766111330,2027,Math,9000000002,\n"      // known school
                          "G3,01611766111330,2027,Math,9000000003,\n"       // ordinary name
                          "G3, 01611766111330,2027,Math,9000000003,\n"      // spaces around id
                          "G3,,2027,Math,9000000003,\n";                    // blank id: C101's
  constexpr RowTraits kFacts = trait::kOddSchool | trait::kOddGroupName;
  auto facts = [&](RowTraits wanted) {
    std::vector<RowTraits> out;
    track_rows(csv, [&](const Row& row) { out.push_back(row.traits() & kFacts); }, wanted);
    return out;
  };
  using namespace trait;
  EXPECT_EQ(facts(static_cast<RowTraits>(~0u)),
            (std::vector<RowTraits>{kOddSchool, kOddSchool, kOddSchool | kOddGroupName,
                                    kOddGroupName, 0, kOddSchool, 0}));
  EXPECT_EQ(facts(kOddGroupName), (std::vector<RowTraits>{0, 0, kOddGroupName, kOddGroupName, 0, 0, 0}));
  EXPECT_EQ(facts(0), std::vector<RowTraits>(7, 0));
}

// A damaged id inside a block makes the block's own id come back every other row: the
// key hashes and kOddSchool follow the values through such cycles (six ids, more than the
// remembered answers), through quoting, and over a column the record lacks.
TEST(RowTracker, KeyHashesAndOddSchoolFollowEveryValue) {
  const std::vector<std::string> schools = {"01611766111330", "1.61177E+12", "1611766111330",
                                            " 01611766111330", "\"01611766111330\"", "99"};
  const std::vector<std::string> names = {"G1", "g1", "\"G,1\"", "", "=G2"};
  std::mt19937 rng(16);
  std::string csv(kHeader);
  for (int i = 0; i < 2000; ++i) {
    const std::string& school = schools[rng() % schools.size()];
    const std::string& name = names[rng() % names.size()];
    csv += rng() % 50 == 0 ? "G1\n"  // a short record: no school value at all
                           : name + "," + school + ",2027,Math,9000000001,\n";
  }
  int rows = 0, odd = 0;
  track_rows(csv, [&](const Row& row) {
    ++rows;
    EXPECT_EQ(row.school_hash(), hash64(row.value(Column::kSchool))) << "row " << rows;
    EXPECT_EQ(row.group_name_hash(), hash64(row.value(Column::kGroupName))) << "row " << rows;
    const bool want_odd = Row::odd_school(values::classify_cds(row.value(Column::kSchool),
                                                                &directory::lookup_school));
    EXPECT_EQ((row.traits() & trait::kOddSchool) != 0, want_odd) << "row " << rows;
    odd += want_odd;
  });
  EXPECT_EQ(rows, 2000);
  EXPECT_GT(odd, 500);  // both answers came up often
  EXPECT_LT(odd, 1900);
}

// The byte traits are read 16 bytes at a time (SSE2) or 8 at a time, the last load overlapping
// the one before: a non-ASCII byte or a backslash is found at every position of records of
// every length across those strides, and a record without one gets neither trait.
TEST(RowTracker, ByteTraitsAtEveryPositionAndLength) {
  for (std::size_t n = 1; n <= 70; ++n) {
    const std::string plain(n, 'g');
    for (std::size_t at = 0; at <= n; ++at) {  // at == n: none
      for (const char* odd : {"\\", "\xC3\xA9"}) {
        std::string value = plain;
        if (at < n) value.replace(at, 1, odd);
        std::vector<RowTraits> traits;
        track_rows(std::string(kHeader) + value + "\n", [&](const Row& row) { traits.push_back(row.traits()); });
        ASSERT_EQ(traits.size(), 1u);
        const RowTraits want = at == n ? 0 : odd[0] == '\\' ? trait::kBackslash : trait::kNonAscii;
        EXPECT_EQ(traits[0] & (trait::kBackslash | trait::kNonAscii), want)
            << "length " << n << ", at " << at << ", " << (odd[0] == '\\' ? "backslash" : "e-acute");
      }
    }
  }
}

TEST(Selection, TokensMatchCodesNamesAndPrefixes) {
  const RuleMeta meta{"C106", "unknown-school", Severity::kError, FixSafety::kNone, ""};
  EXPECT_TRUE(token_matches("C106", meta));
  EXPECT_TRUE(token_matches("c106", meta));
  EXPECT_TRUE(token_matches("C1", meta));
  EXPECT_TRUE(token_matches("C", meta));
  EXPECT_TRUE(token_matches("unknown-school", meta));
  EXPECT_TRUE(token_matches("unknown-", meta));
  EXPECT_TRUE(token_matches("ALL", meta));
  EXPECT_FALSE(token_matches("C107", meta));
  EXPECT_FALSE(token_matches("Unknown-school", meta));  // names are exact kebab-case
  EXPECT_FALSE(token_matches("", meta));
}

TEST(Selection, IgnoreWinsAndUnknownTokensAreErrors) {
  auto all = resolve_selection({}, {});
  ASSERT_TRUE(all);
  EXPECT_FALSE(all.value().has_value());  // nothing given: every rule

  auto c_only = resolve_selection({"C"}, {"C106"});
  ASSERT_TRUE(c_only);
  ASSERT_TRUE(c_only.value().has_value());
  for (const RuleEntry* e : *c_only.value()) {
    EXPECT_EQ(e->meta->code[0], 'C');
    EXPECT_NE(e->meta->code, "C106");
  }
  EXPECT_EQ(c_only.value()->size(), 16u);

  auto nothing = resolve_selection({}, {"ALL"});
  ASSERT_TRUE(nothing);
  ASSERT_TRUE(nothing.value().has_value());
  EXPECT_TRUE(nothing.value()->empty());  // everything ignored: report nothing, not everything

  auto bad = resolve_selection({"Z999"}, {});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("Z999"), std::string::npos);
}

class Collect final : public FindingSink {
 public:
  void on_finding(const Finding& f) override { codes.emplace_back(f.rule->code); }
  std::vector<std::string> codes;
};

TEST(Check, SelectionLimitsFindingsButNotTheVerdict) {
  const std::string csv = std::string(kHeader) +
                          "G1,1.23457E+13,2027,Math,9000000001,t@example.org\n";
  const auto schools = directory::PermittedSchools::from_embedded_directory();
  const cers::Config config{&schools, {2027}, {"Math"}};
  for (const bool select_only_n006 : {false, true}) {
    auto reader = reader::CsvReader::from_memory(csv);
    CheckOptions options;
    options.cers = &config;
    if (select_only_n006) options.selected = resolve_selection({"N006"}, {}).value();
    Collect sink;
    const FileReport report = check(reader, options, sink);
    EXPECT_EQ(report.verdict.status, cers::Status::kRejected);
    const bool has_c106 =
        std::find(sink.codes.begin(), sink.codes.end(), "C106") != sink.codes.end();
    EXPECT_EQ(has_c106, !select_only_n006);
    EXPECT_NE(std::find(sink.codes.begin(), sink.codes.end(), "N006"), sink.codes.end());
  }
}

class CollectSeverity final : public FindingSink {
 public:
  void on_finding(const Finding& f) override { found.emplace_back(f.rule->code, f.severity); }
  std::vector<std::pair<std::string, Severity>> found;
};

TEST(Check, SeverityOverridesStampFindingsAndCountsButNotTheVerdict) {
  // C106 (error, CERS's own) and N006 (info) on one row.
  const std::string csv =
      std::string(kHeader) + "G1,1.23457E+13,2027,Math,9000000001,t@example.org\n";
  const auto schools = directory::PermittedSchools::from_embedded_directory();
  const cers::Config config{&schools, {2027}, {"Math"}};
  const RuleEntry* n006 = find_rule("N006");
  ASSERT_NE(n006, nullptr);
  ASSERT_EQ(n006->meta->severity, Severity::kInfo);
  for (const bool raise_n006 : {false, true}) {
    auto reader = reader::CsvReader::from_memory(csv);
    CheckOptions options;
    options.cers = &config;
    options.selected = resolve_selection({"N006", "C106"}, {}).value();
    if (raise_n006) options.severity_overrides = {{n006->meta, Severity::kWarning}};
    CollectSeverity sink;
    const FileReport report = check(reader, options, sink);
    EXPECT_EQ(report.verdict.status, cers::Status::kRejected);
    const Severity expected = raise_n006 ? Severity::kWarning : Severity::kInfo;
    ASSERT_EQ(sink.found.size(), 2u);
    for (const auto& [code, severity] : sink.found) {
      EXPECT_EQ(severity, code == "N006" ? expected : Severity::kError) << code;
    }
    EXPECT_EQ(report.counts[static_cast<int>(Severity::kError)], 1u);
    EXPECT_EQ(report.counts[static_cast<int>(Severity::kWarning)], raise_n006 ? 1u : 0u);
    EXPECT_EQ(report.counts[static_cast<int>(Severity::kInfo)], raise_n006 ? 0u : 1u);
  }
}

// CheckOptions::report_limit: each rule's first findings reach the sink, the rest are counted
// (by severity and in FileReport::unreported), and the verdict does not change.
TEST(Check, ReportLimitHandsOverEachRulesFirstFindingsAndCountsTheRest) {
  std::string csv(kHeader);
  for (int i = 0; i < 6; ++i) {
    csv += "G" + std::to_string(i) + ",1.23457E+13,2027,Maths,9.00E+09,t@example.org\n";
  }
  const auto schools = directory::PermittedSchools::from_embedded_directory();
  const cers::Config config{&schools, {2027}, {"Math"}};
  const auto run = [&](std::uint64_t limit, Collect& sink) {
    auto reader = reader::CsvReader::from_memory(csv);
    CheckOptions options;
    options.cers = &config;
    options.report_limit = limit;
    return check(reader, options, sink);
  };
  Collect all_sink, limited_sink;
  const FileReport all = run(0, all_sink);
  const FileReport limited = run(2, limited_sink);
  EXPECT_TRUE(all.unreported.empty());
  std::map<std::string, std::uint64_t> per_rule, handed, left_out;
  for (const std::string& code : all_sink.codes) ++per_rule[code];
  for (const std::string& code : limited_sink.codes) ++handed[code];
  for (const auto& [rule, n] : limited.unreported) left_out[std::string(rule->code)] = n;
  bool some_rule_over_limit = false;
  for (const auto& [code, n] : per_rule) {
    EXPECT_EQ(handed[code], std::min<std::uint64_t>(n, 2)) << code;
    EXPECT_EQ(left_out[code], n > 2 ? n - 2 : 0) << code;
    some_rule_over_limit |= n > 2;
  }
  EXPECT_TRUE(some_rule_over_limit) << "the file should give some rule more than two findings";
  for (int s = 0; s < 3; ++s) EXPECT_EQ(limited.counts[s], all.counts[s]) << s;
  EXPECT_EQ(limited.verdict.text, all.verdict.text);
  // The findings handed over are the first ones, in the same order.
  std::vector<std::string> expected;
  std::map<std::string, int> seen;
  for (const std::string& code : all_sink.codes) {
    if (++seen[code] <= 2) expected.push_back(code);
  }
  EXPECT_EQ(limited_sink.codes, expected);
}

}  // namespace
}  // namespace cerslint::engine
