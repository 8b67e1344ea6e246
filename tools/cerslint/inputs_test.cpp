// expand_input_patterns: folders, glob patterns (`*`, `?`, `[...]`, `**`) and what passes
// through untouched, on a small tree of files made per test.
#include "tools/cerslint/inputs.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace cerslint::cli {
namespace {

namespace fs = std::filesystem;

TEST(GlobPart, StarQuestionAndBrackets) {
  EXPECT_TRUE(glob_part_matches("*.csv", "groups.csv"));
  EXPECT_TRUE(glob_part_matches("*.csv", ".csv"));
  EXPECT_FALSE(glob_part_matches("*.csv", "groups.CSV"));  // letter case counts
  EXPECT_FALSE(glob_part_matches("*.csv", "groups.csv.bak"));
  EXPECT_TRUE(glob_part_matches("g?oups.csv", "groups.csv"));
  EXPECT_FALSE(glob_part_matches("g?oups.csv", "goups.csv"));
  EXPECT_TRUE(glob_part_matches("Gr?de",
                                "Gr\xC3\xA9"
                                "de"));  // ? is one character, not a byte
  EXPECT_TRUE(glob_part_matches("school[0-9].csv", "school7.csv"));
  EXPECT_FALSE(glob_part_matches("school[0-9].csv", "schoolA.csv"));
  EXPECT_TRUE(glob_part_matches("school[!0-9].csv", "schoolA.csv"));
  EXPECT_FALSE(glob_part_matches("school[^0-9].csv", "school1.csv"));
  EXPECT_TRUE(glob_part_matches("[]x].csv", "].csv"));  // ']' first is a member
  EXPECT_TRUE(glob_part_matches("a[bc", "a[bc"));       // unclosed: an ordinary '['
  EXPECT_TRUE(glob_part_matches("a\\*b", "a*b"));
  EXPECT_FALSE(glob_part_matches("a\\*b", "axb"));
  EXPECT_TRUE(glob_part_matches("*a*b*c*", "xxaxxbxxcxx"));
  EXPECT_FALSE(glob_part_matches("*a*b*c*", "xxaxxcxxbxx"));
}

TEST(GlobPattern, RecognisesUnquotedSpecials) {
  EXPECT_TRUE(is_glob_pattern("district/**/*.csv"));
  EXPECT_TRUE(is_glob_pattern("a?.csv"));
  EXPECT_TRUE(is_glob_pattern("a[12].csv"));
  EXPECT_FALSE(is_glob_pattern("groups.csv"));
  EXPECT_FALSE(is_glob_pattern("a\\*.csv"));
}

// A district tree in a fresh folder, made the working folder for the test.
class ExpandInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    old_cwd_ = fs::current_path();
    root_ = fs::temp_directory_path() / ("cerslint_inputs_test_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    for (const char* f :
         {"top.csv", "notes.txt", "district/a.csv", "district/B.CSV", "district/east/c.csv",
          "district/east/deep/d.csv", "district/east/deep/readme.md", "district/.git/hidden.csv",
          "district/.hidden.csv", "other/e.csv", "odd[1].csv"}) {
      fs::create_directories((root_ / f).parent_path());
      std::ofstream(root_ / f) << "x\n";
    }
    fs::current_path(root_);
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    fs::remove_all(root_);
  }
  fs::path old_cwd_, root_;
};

using Files = std::vector<std::string>;

TEST_F(ExpandInputs, FoldersGiveTheirCsvFilesInAnyCaseSortedWithoutHiddenFolders) {
  // .git/hidden.csv is in a hidden folder; .hidden.csv, a hidden file, was asked for by folder.
  EXPECT_EQ(expand_input_patterns({"district"}).files,
            (Files{"district/.hidden.csv", "district/B.CSV", "district/a.csv",
                   "district/east/c.csv", "district/east/deep/d.csv"}));
}

TEST_F(ExpandInputs, DoubleStarCrossesAnyNumberOfFolders) {
  EXPECT_EQ(expand_input_patterns({"district/**/*.csv"}).files,
            (Files{"district/a.csv", "district/east/c.csv", "district/east/deep/d.csv"}));
  EXPECT_EQ(expand_input_patterns({"**/c.csv"}).files, (Files{"district/east/c.csv"}));
  EXPECT_EQ(expand_input_patterns({"**/*.csv"}).files,
            (Files{"district/a.csv", "district/east/c.csv", "district/east/deep/d.csv",
                   "odd[1].csv", "other/e.csv", "top.csv"}));
}

TEST_F(ExpandInputs, StarStaysWithinOneFolderAndSkipsDotNames) {
  EXPECT_EQ(expand_input_patterns({"district/*.csv"}).files, (Files{"district/a.csv"}));
  EXPECT_EQ(expand_input_patterns({"district/.*.csv"}).files, (Files{"district/.hidden.csv"}));
  EXPECT_EQ(expand_input_patterns({"*/e.csv"}).files, (Files{"other/e.csv"}));
  EXPECT_EQ(expand_input_patterns({"t?p.csv", "district/[AB].*"}).files,
            (Files{"top.csv", "district/B.CSV"}));
}

TEST_F(ExpandInputs, MatchedFoldersGiveTheirCsvFiles) {
  EXPECT_EQ(expand_input_patterns({"dist*/east"}).files,
            (Files{"district/east/c.csv", "district/east/deep/d.csv"}));
  EXPECT_EQ(expand_input_patterns({"oth*"}).files, (Files{"other/e.csv"}));
}

TEST_F(ExpandInputs, AbsolutePatternsKeepTheirPrefix) {
  const std::string base = root_.string();
  EXPECT_EQ(expand_input_patterns({base + "/other/*.csv"}).files, (Files{base + "/other/e.csv"}));
}

TEST_F(ExpandInputs, PatternsMatchingNothingAreReported) {
  const ExpandedInputs got = expand_input_patterns({"top.csv", "nowhere/**/*.csv", "*.xlsx"});
  EXPECT_EQ(got.files, (Files{"top.csv"}));
  EXPECT_EQ(got.unmatched, (Files{"nowhere/**/*.csv", "*.xlsx"}));
}

TEST_F(ExpandInputs, ExistingFilesStdinAndMissingPlainPathsPassThrough) {
  // "odd[1].csv" exists: it is a file name, not a pattern matching "odd1.csv".
  const ExpandedInputs got = expand_input_patterns({"odd[1].csv", "-", "missing.csv", "notes.txt"});
  EXPECT_EQ(got.files, (Files{"odd[1].csv", "-", "missing.csv", "notes.txt"}));
  EXPECT_TRUE(got.unmatched.empty());
}

}  // namespace
}  // namespace cerslint::cli
