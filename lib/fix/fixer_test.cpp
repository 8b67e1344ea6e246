// fix::fix_file on tiny inputs: the fixer core's own repairs (header, line endings, group order,
// repeated rows, 200-student splits), its refusals, and that a rule selection is respected.
#include "fix/fixer.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "directory/school_directory.hpp"
#include "engine/rule.hpp"
#include "values/encoding.hpp"

namespace cerslint::fix {
namespace {

namespace fs = std::filesystem;

struct Config {
  directory::PermittedSchools schools = directory::PermittedSchools::from_embedded_directory();
  cers::Config config;
  Config() {
    config.schools = &schools;
    for (int y = 2015; y <= 2027; ++y) config.years.push_back(y);
    config.subjects = {"Math", "ELA", "ELPAC"};
  }
};
const cers::Config& config() {
  static const Config c;
  return c.config;
}

class NullLog final : public engine::FixLog {
 public:
  void applied(const engine::AppliedFix& f) override { codes += std::string(f.rule->code) + " "; }
  std::string codes;
};

struct FixRun {
  bool ok = false;
  bool changed = false;
  std::string output;  // the repaired bytes, or the input's when nothing changed
  std::string error;
  std::string codes;  // rules that logged a fix, in order
};

FixRun fix(const std::string& content, bool unsafe = false, const char* only = nullptr,
           bool neutralize = false) {
  const fs::path p = fs::temp_directory_path() /
                     ("cerslint_fixer_test_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(p, std::ios::binary | std::ios::trunc) << content;
  FixOptions options;
  options.cers = &config();
  options.current_year = 2027;
  options.unsafe = unsafe;
  options.neutralize_formulas = neutralize;
  if (only != nullptr) {
    options.selected = std::vector<const engine::RuleEntry*>{engine::find_rule(only)};
  }
  NullLog log;
  auto outcome = fix_file(p.string(), options, log);
  FixRun run;
  run.codes = log.codes;
  if (!outcome) {
    run.error = outcome.error().message;
  } else {
    run.ok = true;
    run.changed = outcome->changed;
    std::ifstream in(outcome->changed ? outcome->fixed->path() : p.string(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    run.output = ss.str();
  }
  fs::remove(p);
  return run;
}

const std::string kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n";
const std::string kS1 = "19644446012694";  // two real schools of one district
const std::string kS2 = "19644446057608";

std::string row(const std::string& group, const std::string& school, const std::string& ssid,
                const std::string& login = "") {
  return group + "," + school + ",2026,Math," + ssid + "," + login + "\r\n";
}

// Fixes `in` with --unsafe-fixes, expects every line of `wanted` in the output, and a second
// run to change nothing (fixing converges).
void expect_converges_to(const std::string& in, std::initializer_list<std::string> wanted) {
  const FixRun once = fix(in, true);
  ASSERT_TRUE(once.ok) << once.error;
  for (const std::string& w : wanted) EXPECT_NE(once.output.find(w), std::string::npos) << w << once.output;
  const FixRun twice = fix(once.output, true);
  ASSERT_TRUE(twice.ok) << twice.error;
  EXPECT_FALSE(twice.changed) << twice.codes;
}

// Fixes `in` with safe fixes only, expects M004 to move rows, and a second run to change nothing.
void expect_moves_then_converges(const std::string& in) {
  const FixRun once = fix(in);
  ASSERT_TRUE(once.ok) << once.error;
  EXPECT_NE(once.codes.find("M004"), std::string::npos) << once.codes;
  const FixRun twice = fix(once.output);
  ASSERT_TRUE(twice.ok) << twice.error;
  EXPECT_FALSE(twice.changed) << twice.codes;
}

TEST(Fixer, CleanFileIsNotChanged) {
  const std::string in = kHeader + row("A", kS1, "9000000001") + row("A", kS1, "", "a@example.org");
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.changed);
  EXPECT_EQ(r.output, in);
  EXPECT_EQ(r.codes, "");
}

TEST(Fixer, EmptyFileIsNotChanged) {
  const FixRun r = fix("");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.changed);
}

TEST(Fixer, RefusesQuoteErrorsShortRowsAndMissingColumns) {
  const FixRun quote = fix(kHeader + "A," + kS1 + ",2026,Math,\"9000000001\"x,\r\n");
  EXPECT_FALSE(quote.ok);
  EXPECT_NE(quote.error.find("quote error"), std::string::npos) << quote.error;
  const FixRun shortrow = fix(kHeader + "A," + kS1 + ",2026\r\n");
  EXPECT_FALSE(shortrow.ok);
  EXPECT_NE(shortrow.error.find("values where the header has"), std::string::npos) << shortrow.error;
  const FixRun missing = fix("group_name,school_natural_id,school_year,subject_code,student_ssid\r\n" +
                          std::string("A,") + kS1 + ",2026,Math,9000000001\r\n");
  EXPECT_FALSE(missing.ok);
  EXPECT_NE(missing.error.find("group_user_login"), std::string::npos) << missing.error;
}

TEST(Fixer, HeaderCaseAndMixedLineEndings) {
  const FixRun r = fix("Group_Name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n" +
                    std::string("A,") + kS1 + ",2026,Math,9000000001,\n" + row("A", kS1, "", "a@example.org"));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.output, kHeader + row("A", kS1, "9000000001") + row("A", kS1, "", "a@example.org"));
  EXPECT_NE(r.codes.find("F010"), std::string::npos) << r.codes;
  EXPECT_NE(r.codes.find("F004"), std::string::npos) << r.codes;
}

TEST(Fixer, ExactRepeatedRowsAreRemovedOthersKept) {
  const std::string in = kHeader + row("A", kS1, "9000000001") + row("A", kS1, "9000000001") +
                         "A," + kS1 + ",2026,,9000000001,\r\n" +  // differs in subject: kept
                         row("A", kS1, "", "a@example.org") + row("A", kS1, "", "a@example.org");
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.output, kHeader + row("A", kS1, "9000000001") + "A," + kS1 + ",2026,,9000000001,\r\n" +
                          row("A", kS1, "", "a@example.org"));
}

TEST(Fixer, GroupRowsAreBroughtTogetherStably) {
  const std::string in = kHeader + row("A", kS1, "9000000001") + row("B", kS1, "9000000002") +
                         row("A", kS1, "", "a@example.org") + row("B", kS1, "", "b@example.org");
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.output, kHeader + row("A", kS1, "9000000001") + row("A", kS1, "", "a@example.org") +
                          row("B", kS1, "9000000002") + row("B", kS1, "", "b@example.org"));
  EXPECT_EQ(r.codes, "M004 ");
}

// FIXME(reported: lib/fix/fixer.cpp pass B): `regroup` is computed as "a group has several
// blocks", so a file whose schools alternate while each group is one block (sorted by
// teacher, rules/C107_school_out_of_order/cases/bad_sorted_by_teacher.csv) is left as it is:
// M004/C107 remain after `fix`.
TEST(Fixer, SchoolRowsAreBroughtTogetherWhenEachGroupIsOneBlock) {
  const std::string in = kHeader + row("A", kS1, "", "a@example.org") +
                         row("B", kS2, "", "b@example.org") + row("C", kS1, "", "c@example.org");
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.output, kHeader + row("A", kS1, "", "a@example.org") +
                          row("C", kS1, "", "c@example.org") + row("B", kS2, "", "b@example.org"));
  EXPECT_EQ(r.codes, "M004 ");
}

// FIXME(reported: lib/fix/fixer.cpp pass B, same cause): when M004 is not selected, or when it
// is but `regroup` is false, pass B still writes the blocks sorted by school; the move is
// neither logged nor allowed, and any other fix (here F010) makes it reach the output.
TEST(Fixer, RowsDoNotMoveWhenM004IsNotSelected) {
  const std::string body = row("A", kS1, "", "a@example.org") + row("B", kS2, "", "b@example.org") +
                           row("C", kS1, "", "c@example.org");
  const FixRun r = fix("Group_Name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n" +
                        body,
                    false, "F010");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.output, kHeader + body);
  EXPECT_EQ(r.codes, "F010 ");
}

std::string big_group(const std::string& name, int students) {
  std::string s = row(name, kS1, "", "t@example.org");
  for (int i = 0; i < students; ++i) s += row(name, kS1, std::to_string(9000000000 + i));
  return s;
}

TEST(Fixer, GroupOver200IsSplitOnlyWithUnsafeFixes) {
  const std::string in = kHeader + big_group("Gr5", 201);
  const FixRun safe = fix(in);
  ASSERT_TRUE(safe.ok) << safe.error;
  EXPECT_FALSE(safe.changed);

  const FixRun r = fix(in, true);
  ASSERT_TRUE(r.ok) << r.error;
  std::string expected = kHeader + row("Gr5 1", kS1, "", "t@example.org");
  for (int i = 0; i < 200; ++i) expected += row("Gr5 1", kS1, std::to_string(9000000000 + i));
  expected += row("Gr5 2", kS1, "", "t@example.org") + row("Gr5 2", kS1, "9000000200");
  EXPECT_EQ(r.output, expected);
  EXPECT_EQ(r.codes, "M003 ");
}

// Two rows that name a student of the first part and the same teacher give the second part
// that teacher once, so a second run has no repeated row to remove (found by fuzz_fix).
TEST(Fixer, SplitGivesEachPartATeacherOnce) {
  std::string in = kHeader + row("Gr5", kS1, "9000000000", "u@example.org") +
                   row("Gr5", kS1, "9000000001", "u@example.org");
  for (int i = 2; i < 201; ++i) in += row("Gr5", kS1, std::to_string(9000000000 + i));
  const FixRun once = fix(in, true);
  ASSERT_TRUE(once.ok) << once.error;
  const std::string teacher_row = row("Gr5 2", kS1, "", "u@example.org");
  std::size_t in_part_2 = 0;
  for (std::size_t at = once.output.find(teacher_row); at != std::string::npos;
       at = once.output.find(teacher_row, at + 1)) {
    ++in_part_2;
  }
  EXPECT_EQ(in_part_2, 1u) << once.output.substr(once.output.find("Gr5 2,"), 400);
  const FixRun twice = fix(once.output, true);
  ASSERT_TRUE(twice.ok) << twice.error;
  EXPECT_FALSE(twice.changed) << twice.codes;
}

// A group over 200 students whose subject is in conflict (Math, ELA, blank) is not filled
// whole; after the split, a part naming only Math and a blank is a group of its own, which U002
// fills in the same run, so a second run changes nothing (found by fuzz_fix).
TEST(Fixer, SplitPartsGetTheirSubjectFilled) {
  std::string in = kHeader;
  const auto with_subject = [](std::string line, const std::string& subject) {
    return line.replace(line.find(",Math,"), 6, "," + subject + ",");
  };
  in += with_subject(row("Gr5", kS1, "9000000000"), "");
  for (int i = 1; i < 201; ++i) in += row("Gr5", kS1, std::to_string(9000000000 + i));
  in += with_subject(row("Gr5", kS1, "9000000201"), "ELA");
  expect_converges_to(in, {"Gr5 1," + kS1 + ",2026,Math,9000000000,", "Gr5 2," + kS1 + ",2026,ELA,9000000201,"});
}

// U002 judges a group over the whole file: a blank subject on a row of the group attached to
// another school's block (here a school CERS does not know, inside a known school's block) is
// filled too. Deciding per block made the result depend on where rows stood, and rows move
// (found by fuzz_fix: a second run filled more).
TEST(Fixer, SubjectFillSeesTheGroupsRowsWherever) {
  const std::string unknown = "88800120012001";
  std::string blank_g = row("G", unknown, "9000000003");
  blank_g.replace(blank_g.find(",Math,"), 6, ",,");
  const std::string in = kHeader + row("G", unknown, "9000000001") + row("A", kS1, "9000000002") +
                         blank_g + row("B", kS2, "9000000004") + row("A", kS1, "9000000005");
  expect_converges_to(in, {row("G", unknown, "9000000003")});
}

// G004 restores a date to its section code when the school names groups by section codes
// anywhere in the file, not only before the date: rows move (M004), and a decision on the rows
// so far made a second run rename more (found by fuzz_fix).
TEST(Fixer, SectionCodeEvidenceAnywhereInTheSchool) {
  expect_converges_to(kHeader + row("1-May", kS1, "9000000001") + row("5-2", kS1, "9000000002") +
                          row("3-Jan", kS2, "9000000003"),
                      {row("5-1", kS1, "9000000001"), row("3-Jan", kS2, "9000000003")});  // kS2: no evidence
  // A section code behind a formula character counts too: G007 removes it in this run.
  expect_converges_to(kHeader + row("1-May", kS1, "9000000001") + row("-05-02", kS1, "9000000002"),
                      {row("5-1", kS1, "9000000001")});
  // A date serial behind a formula character: G004 reads the name after G007 repaired it.
  expect_converges_to(kHeader + row("@45414", kS1, "9000000001") + row("1-2", kS1, "9000000002"),
                      {row("5-2", kS1, "9000000001")});
}

// A rename refused for a name that another rename frees in the same run: `=45414` cannot become
// `45414` (G007) while the group `45414` has that name, but that group becomes `5-2` (G004). A
// second run then renamed `=45414` (found by fuzz_fix); the fixer now runs the rows again with
// the names the first run kept. Both groups claim section 5-2: the first in the file gets it,
// the other keeps a name a person must choose, and no two groups meet.
TEST(Fixer, RenameTakesANameAnotherRenameFrees) {
  const std::string evidence = row("1-2", kS1, "9000000009");
  expect_converges_to(kHeader + row("=45414", kS1, "9000000001") + row("45414", kS1, "9000000002") + evidence,
                      {row("5-2", kS1, "9000000001"), row("45414", kS1, "9000000002")});
  expect_converges_to(kHeader + row("45414", kS1, "9000000001") + row("=45414", kS1, "9000000002") + evidence,
                      {row("5-2", kS1, "9000000001"), row("45414", kS1, "9000000002")});
  // The same name in another school is no meeting: `=45414` of kS2 (no section codes there)
  // becomes `45414` beside kS1's `45414`.
  expect_converges_to(kHeader + row("=45414", kS1, "9000000001") + row("45414", kS1, "9000000002") + evidence +
                          row("=45414", kS2, "9000000003"),
                      {row("5-2", kS1, "9000000001"), row("45414", kS1, "9000000002"),
                       row("45414", kS2, "9000000003")});
  // A year written `<TAB>2026` is the same year to the database (found by fuzz_fix: the guards
  // took the raw year for another one, and both groups became `5-2`).
  expect_converges_to(kHeader + "=45414," + kS1 + ",\t2026,Math,9000000001,\r\n" +
                          row("45414", kS1, "9000000002") + evidence,
                      {"5-2," + kS1 + ",\t2026,Math,9000000001,", row("45414", kS1, "9000000002")});
  // A name a group held only on its way to another (`=45414` -> `45414` -> `5-2`) is free for
  // the next group in the same run, as it is in a second run (found by fuzz_fix).
  expect_converges_to(kHeader + row("=45414", kS1, "9000000001") + row("@45414", kS1, "9000000002") + evidence,
                      {row("5-2", kS1, "9000000001"), row("45414", kS1, "9000000002")});
  // The same when rows must move: the full pipeline starts the run over and must give names
  // back too (found by fuzz_fix).
  expect_converges_to(kHeader + row("=45414", kS1, "9000000001") + row("@45414", kS1, "9000000002") +
                          row("=45414", kS1, "9000000003") + evidence,
                      {row("5-2", kS1, "9000000001"), row("5-2", kS1, "9000000003"),
                       row("45414", kS1, "9000000002")});
}

// A rerun of the rows (when a rename was refused for a name no group kept) takes the names the
// run kept, as written and as G003 would write them, as the file's names are taken: `'=A`
// (the neutralized `=A`) reads as the kept `'=<NUL><NUL>A`, so it stays refused (found by
// fuzz_fix: the rerun granted it, and two groups read as one).
TEST(Fixer, RerunKeepsTheLookOfKeptNames) {
  const std::string look_alike = std::string("'=\0\0A", 5);
  const std::string in = kHeader + row("=A", kS1, "9000000001") + row(look_alike, kS1, "9000000002");
  const FixRun once = fix(in, false, nullptr, true);
  ASSERT_TRUE(once.ok) << once.error;
  EXPECT_FALSE(once.changed) << once.output;
  EXPECT_EQ(once.codes.find("G007"), std::string::npos) << once.codes;
  // Without the look-alike, the name is neutralized.
  const FixRun alone = fix(kHeader + row("=A", kS1, "9000000001"), false, nullptr, true);
  ASSERT_TRUE(alone.ok) << alone.error;
  EXPECT_NE(alone.output.find(row("'=A", kS1, "9000000001")), std::string::npos) << alone.output;
}

// A UTF-8 file with a plain header whose rows hold many NUL bytes (CERS keeps them; so does the
// fixer) is no UTF-16 file: the encoding is judged by the header, as the check judges it. The
// fixer judged its first 4096 bytes and converted its own output from UTF-16BE on the next run
// (found by fuzz_fix).
TEST(Fixer, RowsFullOfNulBytesDoNotMakeAFileUtf16) {
  std::string name(kHeader.size() % 2, 'x');  // from here on, NULs at even file offsets
  for (int i = 0; i < 200; ++i) name += std::string("\0a", 2);
  const std::string in = kHeader + row(name, kS1, "9000000001");
  ASSERT_EQ(values::looks_like_utf16(in), values::Utf16Order::kBigEndian);  // the old judgement
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.codes.find("F002"), std::string::npos) << r.codes;
  EXPECT_EQ(r.codes.find("F001"), std::string::npos) << r.codes;
  EXPECT_NE(r.output.find(kHeader), std::string::npos);
}

// A group name that starts with a byte order mark, in rows that must move: the full pipeline
// reads each group's rows back from its scratch file, where the mark is the name's first
// character, not the file's (found by fuzz_fix: it was removed, and the fixer's own check
// refused the file as if rows were lost).
TEST(Fixer, GroupNameStartingWithAByteOrderMarkMoves) {
  const std::string bom_name = "\xEF\xBB\xBF" "B";
  const std::string in = kHeader + row("A", kS1, "9000000001") + row(bom_name, kS1, "9000000002") +
                         row("A", kS1, "9000000003");
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_NE(r.output.find(row(bom_name, kS1, "9000000002")), std::string::npos) << r.output;
  EXPECT_NE(r.codes.find("M004"), std::string::npos) << r.codes;
}

// Rows of a school CERS does not know, after a known group's rows, stay with that group's block
// up to 50 distinct rows. A row of that group that M004 moves up to its block continues the
// block: it must not let the next rows attach too, or a second run removed repeats (N005)
// that the first run left in a block of their own (found by fuzz_fix).
TEST(Fixer, AMovedRowDoesNotReopenTheAttachedRun) {
  const std::string unknown = "88800120012001";
  std::string in = kHeader + row("A", kS1, "9000000001");
  for (int i = 0; i < 50; ++i) in += row("G", unknown, std::to_string(9000000100 + i));
  for (int i = 45; i < 50; ++i) in += row("G", unknown, std::to_string(9000000100 + i));  // repeats
  in += row("C", kS2, "9000000002") + row("A", kS1, "9000000003");  // A comes back: M004
  expect_moves_then_converges(in);
}

// Rows that differ only in a subject U002 fills are one row for the 50-row attached run: the
// fill makes them equal, so counting them apart moved the cut in the next run, which then found
// more repeats to remove (found by fuzz_fix).
TEST(Fixer, SubjectFillDoesNotMoveTheAttachedRunsCut) {
  const std::string unknown = "88800120012001";
  std::string in = kHeader + row("A", kS1, "9000000001");
  for (int i = 0; i < 30; ++i) {
    const std::string ssid = std::to_string(9000000100 + i);
    in += "G," + unknown + ",2026,Math," + ssid + ",\r\n";
    in += "G," + unknown + ",2026,," + ssid + ",\r\n";
  }
  for (int i = 0; i < 20; ++i) in += row("G", unknown, std::to_string(9000000100 + i));  // repeats
  expect_converges_to(in, {row("A", kS1, "9000000001")});
}

// When M004 regroups, a block of an unknown school must not land after a known group's block:
// the next run would attach its rows there and remove a repeat this run kept (found by
// fuzz_fix). Here the second `U` row is the 51st distinct row after B, so a block of its own.
TEST(Fixer, RegroupingPutsUnknownSchoolsBlocksWhereTheyStayApart) {
  const std::string unknown = "88800120012001", other = "88800240024002";
  const std::string teacher = "U," + other + ",2026,Math,,t.ng@example.org\r\n";
  std::string fifty;
  for (int i = 0; i < 50; ++i) fifty += row("G", unknown, std::to_string(9000000100 + i));
  const std::string in = kHeader + row("B", kS1, "9000000001") + fifty +
                         row("A", kS1, "9000000002") + teacher + row("B", kS1, "9000000003") +
                         fifty + teacher;
  expect_moves_then_converges(in);
}

TEST(Fixer, SplitNamesNeverCollideWithExistingGroups) {
  const std::string in = kHeader + big_group("Gr5", 201) + row("Gr5 2", kS1, "", "u@example.org");
  const FixRun r = fix(in, true);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.changed) << r.output;
}

// A renaming fix (here G007's prefix removal) must not give a group a name another group has,
// even when that group's rows come later in the file: the two groups would merge.
TEST(Fixer, RenamesNeverTakeANameThatComesLater) {
  const std::string in = kHeader + row("=A", kS1, "9000000001") + row("B", kS1, "9000000002") +
                         row("a", kS1, "9000000003");
  const FixRun r = fix(in, true);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.output.find("=A,"), kHeader.size()) << r.output;  // kept: "a" is the same name
  const std::string free = kHeader + row("=A", kS1, "9000000001") + row("B", kS1, "9000000002");
  const FixRun renamed = fix(free, true);
  ASSERT_TRUE(renamed.ok) << renamed.error;
  EXPECT_EQ(renamed.output.find("A,"), kHeader.size()) << renamed.output;
}

// F007 writes a backslash as '/' before the renaming rules run: `Period 4\` becomes
// `Period 4/`, so G007 must not rename `@Period 4\` to that name too (found by fuzz_fix).
TEST(Fixer, RenamesSeeNamesAsF007WritesThem) {
  const std::string in = kHeader + row("Period 4\\", kS1, "9000000001") +
                         row("@Period 4\\", kS1, "9000000002");
  expect_converges_to(in, {row("Period 4/", kS1, "9000000001"), row("@Period 4/", kS1, "9000000002")});
}

// A school whose rows come back after another school's is renamed in the first run, as a
// second run (after M004 brought its rows together) would: fixing converges (found by fuzz_fix).
TEST(Fixer, RenamesInASchoolThatComesBackConverge) {
  const std::string in = kHeader + row("B", kS1, "9000000001") + row("C", kS2, "9000000002") +
                         row("=A", kS1, "9000000003");
  const FixRun once = fix(in, true);
  ASSERT_TRUE(once.ok) << once.error;
  EXPECT_NE(once.output.find("\r\nA," + kS1), std::string::npos) << once.output;
  const FixRun twice = fix(once.output, true);
  ASSERT_TRUE(twice.ok) << twice.error;
  EXPECT_FALSE(twice.changed) << twice.output;
}

// M004 does not report rows of schools CERS does not know (CERS rejects them anyway), so they
// alone never make rows move; before, a second run could move them again (found by fuzz_fix).
TEST(Fixer, UnknownSchoolsAloneNeverMoveRows) {
  const std::string u1 = "88800120012001", u2 = "88800120012002";  // county 88: no such school
  const std::string in = kHeader + row("A", u1, "9000000001") + row("A", u2, "9000000002") +
                         row("A", u1, "9000000003");
  const FixRun r = fix(in);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.changed) << r.codes << "\n" << r.output;
  // With another repair to write (a login's spaces), the rows keep their order.
  const FixRun spaced = fix(in + row("A", u1, "", " a@example.org"));
  ASSERT_TRUE(spaced.ok) << spaced.error;
  EXPECT_EQ(spaced.output, in + row("A", u1, "", "a@example.org")) << spaced.codes;
  // A known school that comes back still moves, with the unknown rows where they were.
  const FixRun known = fix(kHeader + row("A", kS1, "9000000001") + row("B", kS2, "9000000002") +
                           row("A", kS1, "9000000003"));
  ASSERT_TRUE(known.ok) << known.error;
  EXPECT_EQ(known.codes, "M004 ");
}

}  // namespace
}  // namespace cerslint::fix
