// Properties of `cerslint fix` over every fixture, the golden and example files, and 50 damaged
// generated files, at library level (fix::fix_file, engine::check):
//  (a) the fixer either succeeds or refuses with a message, and refuses only files it must not
//      touch (a quote error, a short row, a missing column);
//  (b) nobody is lost: the (school, year, group, SSID) and (school, year, group, login)
//      memberships of input and output are equal, as computed here independently of the fixer,
//      after the normalisations `fix` declares (see Normaliser);
//  (c) fixing converges: the output, fixed again, needs no change;
//  (d) after safe fixes, `check` reports no finding of a lint rule whose fix is safe, except the
//      commented cases in kCannotFix.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "engine/row.hpp"
#include "engine/rule.hpp"
#include "engine/runner.hpp"
#include "fix/fixer.hpp"
#include "fix/precheck.hpp"
#include "fix/oracle/membership_oracle.hpp"
#include "reader/csv_reader.hpp"

namespace cerslint {
namespace {

namespace fs = std::filesystem;
namespace oracle = fix::oracle;
using oracle::as_utf8;
using oracle::lost_or_invented;
using oracle::Memberships;
using oracle::memberships;
using oracle::refusal_allowed;
using oracle::valid_utf8;
using oracle::normal_logins;
using oracle::normal_school;
using oracle::normal_year;
using oracle::trim;
using engine::Column;

fs::path source_dir() {
  if (const char* env = std::getenv("CERSLINT_SOURCE_DIR")) return env;
  return CERSLINT_SOURCE_DIR;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}


// Findings of safe-fixable lint rules that may remain after `fix`, each with the reason the fix
// cannot act. Anything else left is a failure.
const std::map<std::string, std::string> kCannotFix = {
    // Only exact repeated rows are removed. The same SSID on rows that differ in another column
    // (a subject, a login) is a judgement: which row is right?
    {"N005", "same SSID twice in a group on rows that differ in another column"},
    // Same for logins; and logins that differ only in letter case are not exact repeats.
    {"L005", "same login twice in a group on rows that differ (subject, SSID, letter case)"},
};

// Safe fixes the fixer core does itself (lib/fix/fixer.cpp), not a rule folder's RowFix: only
// used to word failure messages.
const std::set<std::string> kFixerOwned = {"F001", "F002", "F004", "F005", "F010",
                                           "M004", "N005", "L005"};

// ---- Running the fixer and the checker ---------------------------------------------------------

class CollectLog final : public engine::FixLog {
 public:
  void applied(const engine::AppliedFix& f) override {
    text += std::string(f.rule->code) + " [row " + std::to_string(f.row) + "] " +
            std::string(f.description) + "\n";
  }
  std::string text;
};

Result<fix::FixOutcome> run_fix(const std::string& path, bool unsafe, std::string* log_text = nullptr) {
  fix::FixOptions options;
  options.cers = &oracle::fixture_config().config;
  options.current_year = oracle::kFixtureCurrentYear;
  options.unsafe = unsafe;
  CollectLog log;
  auto outcome = fix::fix_file(path, options, log);
  if (log_text != nullptr) *log_text = log.text;
  return outcome;
}

class SafeFixableLeft final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding& f) override {
    const std::string code(f.rule->code);
    if (code[0] == 'C' || f.rule->fix != engine::FixSafety::kSafe) return;  // CERS rules; not safe
    if (kCannotFix.count(code)) return;
    const engine::RuleEntry* e = engine::find_rule(code);
    text += "  line " + std::to_string(f.location.line) + ": " + code + " " + std::string(f.message) +
            (e != nullptr && e->make_fix == nullptr && !kFixerOwned.count(code)
                 ? "  [the rule declares a safe fix but provides no RowFix]"
                 : "") +
            "\n";
  }
  std::string text;
};

std::string safe_fixable_left(const std::string& path) {
  auto input = reader::Input::open(path);
  if (!input) return "cannot open " + path;
  reader::CsvReader csv(std::move(input).value());
  engine::CheckOptions check;
  check.cers = &oracle::fixture_config().config;
  check.current_year = oracle::kFixtureCurrentYear;
  SafeFixableLeft sink;
  engine::check(csv, check, sink);
  return sink.text;
}

fix::FindingTally fixable_findings(const std::string& path) {
  fix::FindingTally tally;
  auto input = reader::Input::open(path);
  if (!input) return tally;
  reader::CsvReader csv(std::move(input).value());
  engine::CheckOptions check;
  check.cers = &oracle::fixture_config().config;
  check.current_year = oracle::kFixtureCurrentYear;
  engine::check(csv, check, tally);
  return tally;
}


// All four properties for one input file, in safe and in unsafe mode.
void check_properties(const fs::path& file) {
  SCOPED_TRACE(file.string());
  const std::string input_bytes = slurp(file);
  const Memberships in = memberships(as_utf8(input_bytes));
  for (const bool unsafe : {false, true}) {
    SCOPED_TRACE(unsafe ? "--unsafe-fixes" : "safe fixes");
    std::string log;
    auto outcome = run_fix(file.string(), unsafe, &log);
    // (a) success, or a refusal of a file the fixer must not touch.
    if (!outcome) {
      EXPECT_FALSE(outcome.error().message.empty());
      EXPECT_TRUE(refusal_allowed(outcome.error().message))
          << "refused for another reason: " << outcome.error().message;
      continue;
    }
    // (e) the CLI's shortcut (fix/precheck.hpp) is sound: without a finding whose fix applies,
    // the fixer changes nothing.
    if (!fixable_findings(file.string()).fixable(unsafe)) {
      EXPECT_FALSE(outcome->changed)
          << "the file changed although the check found nothing fixable:\n" << log;
    }
    if (!outcome->changed) {
      EXPECT_FALSE(outcome->fixed.has_value());
      EXPECT_EQ(log, "") << "fixes logged but nothing changed";
    }
    const std::string out_path = outcome->changed ? outcome->fixed->path() : file.string();
    const std::string output_bytes = slurp(out_path);
    EXPECT_TRUE(valid_utf8(output_bytes)) << "the output is not UTF-8";

    // (b) memberships preserved.
    const Memberships out = memberships(output_bytes, &in);
    const std::string difference = lost_or_invented(in, out, unsafe);
    EXPECT_EQ(difference, "") << (unsafe ? "memberships (group names aside) differ" : "memberships differ")
                              << "; fixes applied:\n" << log;

    // (c) idempotent.
    if (outcome->changed) {
      std::string log2;
      auto again = run_fix(out_path, unsafe, &log2);
      if (!again) {
        ADD_FAILURE() << "the fixer refuses its own output: " << again.error().message;
      } else {
        EXPECT_FALSE(again->changed) << "fixing the output again changes it:\n" << log2;
      }
    }

    // (d) no safe-fixable finding left (after safe fixes).
    if (!unsafe) {
      const std::string left = safe_fixable_left(out_path);
      EXPECT_EQ(left, "") << "findings with a safe fix left after fixing:\n" << left
                          << "fixes applied:\n" << log;
    }
  }
}

// ---- Inputs ------------------------------------------------------------------------------------

std::string test_name(const fs::path& p) {
  std::string s = p.parent_path().parent_path().filename().string() + "_" + p.stem().string();
  if (p.parent_path().filename() != "cases") s = p.parent_path().filename().string() + "_" + p.stem().string();
  for (char& c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return s;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<fs::path> fixture_inputs() {
  std::vector<fs::path> out;
  const fs::path root = source_dir();
  const auto add_dir = [&](const fs::path& dir) {
    if (!fs::is_directory(dir)) return;
    for (const auto& e : fs::directory_iterator(dir)) {
      const std::string name = e.path().filename().string();
      if (!e.is_regular_file() || !ends_with(name, ".csv")) continue;
      if (ends_with(name, ".fixed.csv") || ends_with(name, ".unsafe-fixed.csv")) continue;
      out.push_back(e.path());
    }
  };
  for (const auto& rule : fs::directory_iterator(root / "rules")) {
    if (rule.is_directory()) add_dir(rule.path() / "cases");
  }
  add_dir(root / "testdata" / "golden");
  add_dir(root / "testdata" / "examples");
  std::sort(out.begin(), out.end());
  return out;
}

class Fixtures : public ::testing::TestWithParam<fs::path> {};

TEST_P(Fixtures, FixKeepsMembershipsAndConverges) { check_properties(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Files, Fixtures, ::testing::ValuesIn(fixture_inputs()),
                         [](const auto& param_info) { return test_name(param_info.param); });

TEST(FixtureInputs, AreFound) {
  // Every rule folder has cases, plus the golden and example files.
  EXPECT_GT(fixture_inputs().size(), 200u);
}

// 50 files from the seeded generator with 20% of rows damaged (Excel and SIS mistakes).
class Generated : public ::testing::TestWithParam<int> {
 public:
  static void SetUpTestSuite() {
    std::string pattern = (fs::temp_directory_path() / "cerslint_fix_property_XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    ASSERT_NE(::mkdtemp(name.data()), nullptr);
    dir_ = name.data();
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  static fs::path generate(int seed) {
    const fs::path out = dir_ / ("damaged_" + std::to_string(seed) + ".csv");
    const std::string cmd = std::string("'") + GEN_DISTRICT_BINARY +
                            "' --rows 400 --damage 0.2 --seed " + std::to_string(seed) + " -o '" +
                            out.string() + "'";
    if (std::system(cmd.c_str()) != 0) return {};
    return out;
  }

 private:
  static fs::path dir_;
};
fs::path Generated::dir_;

TEST_P(Generated, FixKeepsMembershipsAndConverges) {
  const fs::path file = generate(GetParam());
  ASSERT_FALSE(file.empty()) << "gen_district failed";
  check_properties(file);
}

INSTANTIATE_TEST_SUITE_P(Seeds, Generated, ::testing::Range(1, 51));

// The normaliser itself: what the declared normalisations are.
TEST(Normaliser, DeclaredNormalisations) {
  EXPECT_EQ(normal_year(" 2025 "), "2025");
  EXPECT_EQ(normal_year("2025.0"), "2025");
  EXPECT_EQ(normal_year("+02025"), "2025");
  EXPECT_EQ(normal_year("2024-25"), "2025");
  EXPECT_EQ(normal_year("2024-2025"), "2025");
  EXPECT_EQ(normal_year("2026\xe2\x80\x91" "27"), "2027");  // a non-breaking hyphen
  EXPECT_EQ(normal_year("\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa5"), "2025");  // Arabic-Indic digits
  EXPECT_EQ(normal_year("2025.5"), "2025.5");
  EXPECT_EQ(normal_school(" 01611766111330\xc2\xa0"), "01611766111330");
  EXPECT_EQ(normal_school("1611766111330"), "01611766111330");
  EXPECT_EQ(normal_school("9999999999999"), "9999999999999");  // not a known school: kept
  EXPECT_EQ(normal_logins("mailto:A.Lee@example.org"), std::vector<std::string>{"a.lee@example.org"});
  EXPECT_EQ(normal_logins("Ann Lee <ann.lee@example.org>"),
            std::vector<std::string>{"ann.lee@example.org"});
  EXPECT_EQ(normal_logins("a@example.org; b@example.org"),
            (std::vector<std::string>{"a@example.org", "b@example.org"}));
  EXPECT_EQ(normal_logins(" \xe2\x80\x8b"), std::vector<std::string>{});
  // A right-to-left mark alone names nobody; a left-to-right mark inside an address goes (L004).
  EXPECT_EQ(normal_logins("\xe2\x80\x8f"), std::vector<std::string>{});
  EXPECT_EQ(normal_logins("a\xe2\x80\x8e@example.org"), std::vector<std::string>{"a@example.org"});
  // An address part as L001 counts one: any '@' with text on both sides.
  EXPECT_EQ(normal_logins("ra@example.org @b.lee@example.org"),
            (std::vector<std::string>{"ra@example.org", "@b.lee@example.org"}));
  // A login read from its brackets across a line break (F006 joins it with a space).
  EXPECT_EQ(normal_logins("Bo\" <b@ex\r\nample.org>"), std::vector<std::string>{"b@ex ample.org"});
  // An unpaired quote right after an address quotes what follows, not the address.
  EXPECT_EQ(normal_logins("\"a@example.org\" <b@example.org\" <c@example.org>"),
            std::vector<std::string>{"b@example.org"});
  // U+0085 (NEL) is a control character to the fixer (and to Java), not a space: it goes.
  EXPECT_EQ(normal_logins("lo\xc2\x85\xc2\x85" "9001"), std::vector<std::string>{"lo9001"});
  EXPECT_EQ(normal_logins("lo\xe2\x80\x82" "9001"), std::vector<std::string>{"lo 9001"});  // en space
  EXPECT_EQ(trim("\xc2\xa0 Period 1\t"), "Period 1");
}

// The comparison: nobody lost, nobody invented; a login the model did not read is accepted only
// when it is text of a login cell of the same group (L001 splitting a malformed cell).
TEST(Normaliser, LostOrInventedComparesMemberships) {
  const std::string header =
      "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";
  const std::string row = "P1,01611766111330,2025,Math,,";
  const Memberships in = memberships(header + row + "\"Ann Rivera@example.org>, Bo <b@example.org>\"\n" +
                                     "P1,01611766111330,2025,Math,9000000001,\n");
  // What L001's split keeps: the address outside brackets (with its stray '>') and the one inside.
  const Memberships split = memberships(header + row + "rivera@example.org>\n" + row + "b@example.org\n" +
                                        "P1,01611766111330,2025,Math,9000000001,\n");
  EXPECT_EQ(lost_or_invented(in, split, false), "");
  // A part the model reads whole once L001 split it off, with control characters inside: its
  // text is compared with whitespace and controls as one space.
  const Memberships joined = memberships(header + row + "\"a@example.org; b@\x1f\x1f" "example.org\"\n");
  const Memberships split_off = memberships(header + row + "a@example.org\n" + row + "b@\x1f\x1f" "example.org\n");
  EXPECT_EQ(lost_or_invented(joined, split_off, false), "");
  // A login lost, a student lost, an invented login, a login moved to another group: each differs.
  const Memberships lost = memberships(header + row + "rivera@example.org>\n" +
                                       "P1,01611766111330,2025,Math,9000000001,\n");
  EXPECT_NE(lost_or_invented(in, lost, false).find("lost: "), std::string::npos);
  const Memberships no_student = memberships(header + row + "b@example.org\n");
  EXPECT_NE(lost_or_invented(in, no_student, false).find("lost: "), std::string::npos);
  const Memberships invented = memberships(header + row + "b@example.org\n" + row + "eve@example.org\n" +
                                           "P1,01611766111330,2025,Math,9000000001,\n");
  EXPECT_NE(lost_or_invented(in, invented, false).find("new:  "), std::string::npos);
  const Memberships moved = memberships(header + row + "b@example.org\n" +
                                        "P2,01611766111330,2025,Math,,rivera@example.org>\n" +
                                        "P1,01611766111330,2025,Math,9000000001,\n");
  EXPECT_NE(lost_or_invented(in, moved, false), "");
  EXPECT_NE(lost_or_invented(in, moved, true), "");  // one group became two
  // Renamed groups: names may change, the number of groups of a school and year may not.
  const Memberships two = memberships(header + "=P1,01611766111330,2025,Math,9000000001,\n" +
                                      "P2,01611766111330,2025,Math,9000000002,\n");
  const Memberships renamed = memberships(header + "P1,01611766111330,2025,Math,9000000001,\n" +
                                          "P2,01611766111330,2025,Math,9000000002,\n");
  const Memberships merged = memberships(header + "P2,01611766111330,2025,Math,9000000001,\n" +
                                         "p2 ,01611766111330,2025,Math,9000000002,\n");
  EXPECT_EQ(lost_or_invented(two, renamed, true), "");
  EXPECT_NE(lost_or_invented(two, renamed, false), "");
  EXPECT_NE(lost_or_invented(two, merged, true).find("merged"), std::string::npos);
  // `<NUL>=A` and `=A` are two groups to the database that read as one. Neutralizing `=A` alone
  // makes them read apart (no split: each group keeps its rows); renaming half of `=A`'s rows
  // is a split.
  const std::string nul_a("\0=A,01611766111330,2025,Math,9000000001,\n", 41);
  const Memberships alike = memberships(header + nul_a + "=A,01611766111330,2025,Math,9000000002,\n" +
                                        "=A,01611766111330,2025,Math,9000000003,\n");
  const Memberships apart = memberships(header + nul_a + "'=A,01611766111330,2025,Math,9000000002,\n" +
                                        "'=A,01611766111330,2025,Math,9000000003,\n");
  const Memberships split_a = memberships(header + nul_a + "'=A,01611766111330,2025,Math,9000000002,\n" +
                                          "=A,01611766111330,2025,Math,9000000003,\n");
  EXPECT_EQ(lost_or_invented(alike, apart, true), "");
  // An en dash and an em dash read alike: G003 writing both as '-' merges nothing.
  const Memberships dashes = memberships(header + "A \xe2\x80\x93 B,01611766111330,2025,Math,9000000001,\n" +
                                         "A \xe2\x80\x94 B,01611766111330,2025,Math,9000000002,\n");
  const Memberships hyphens = memberships(header + "A - B,01611766111330,2025,Math,9000000001,\n" +
                                          "A - B,01611766111330,2025,Math,9000000002,\n");
  EXPECT_EQ(lost_or_invented(dashes, hyphens, true), "");
  EXPECT_NE(lost_or_invented(alike, split_a, true).find("split"), std::string::npos);
  // ` =A` and `<U+00A0>=A` are two groups to the database (the loader strips Java whitespace
  // only): neutralizing the first alone splits nothing (found by fuzz_fix).
  const Memberships space_nbsp = memberships(header + " =A,01611766111330,2025,Math,9000000001,\n" +
                                             "\xc2\xa0=A,01611766111330,2025,Math,9000000002,\n");
  const Memberships one_neutralized = memberships(header + "'=A,01611766111330,2025,Math,9000000001,\n" +
                                                  "\xc2\xa0=A,01611766111330,2025,Math,9000000002,\n");
  EXPECT_EQ(lost_or_invented(space_nbsp, one_neutralized, true), "");
  // A capital Cyrillic look-alike made plain (G003) beside a group named like its first word:
  // `Мath 6` -> `Math 6` is one group renamed, not a split part of `Math` (found by fuzz_fix:
  // lower-cased first, `м` is no look-alike of `m`).
  const Memberships cyrillic = memberships(header + "\xd0\x9c" "ath 6,01611766111330,2025,Math,9000000001,\n" +
                                           "Math,01611766111330,2025,Math,9000000002,\n");
  const Memberships latin = memberships(header + "Math 6,01611766111330,2025,Math,9000000001,\n" +
                                        "Math,01611766111330,2025,Math,9000000002,\n", &cyrillic);
  EXPECT_EQ(lost_or_invented(cyrillic, latin, true), "");
  // `L-May` and `1-May` are two names a person tells apart (the confusable skeleton of the whole
  // name made both `l-may`): G007's `@L-May` -> `L-May` merges nothing (found by fuzz_fix).
  const Memberships at_l = memberships(header + "@L-May,01611766111330,2025,Math,9000000001,\n" +
                                       "1-May,01611766111330,2025,Math,9000000002,\n");
  const Memberships l_one = memberships(header + "L-May,01611766111330,2025,Math,9000000001,\n" +
                                        "1-May,01611766111330,2025,Math,9000000002,\n");
  EXPECT_EQ(lost_or_invented(at_l, l_one, true), "");
  // F007 writes an SSID `\n` as `/n`: a backslash and an n, not the loader's `\N` (no value),
  // which only a lower-cased login key spells `\n` (found by fuzz_fix).
  const Memberships backslash_n = memberships(header + "G,01611766111330,2025,Math,\\n,\n");
  const Memberships slash_n = memberships(header + "G,01611766111330,2025,Math,/n,\n");
  EXPECT_EQ(lost_or_invented(backslash_n, slash_n, true), "");
}

}  // namespace
}  // namespace cerslint
