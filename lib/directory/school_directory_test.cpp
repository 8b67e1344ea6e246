// Tests for the embedded CDE directory and the permitted-school set. Expected codes were picked
// from lib/directory/data/*.tsv; if the data is refreshed and a school changes status, update the
// code here rather than the logic.

#include "directory/school_directory.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace cerslint::directory {
namespace {

// A file in the system temp folder that is removed when the test ends.
class TempFile {
 public:
  TempFile(const std::string& tag, const std::string& contents)
      : path_(std::filesystem::temp_directory_path() /
              ("cerslint_dir_" + tag + "_" + std::to_string(::getpid()))) {
    std::ofstream out(path_, std::ios::binary);
    out << contents;
  }
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

TEST(LookupSchool, ActivePublicSchoolIsPermittedByDefault) {
  const SchoolInfo info = lookup_school("01100170112607");
  EXPECT_EQ(info.status, SchoolStatus::kActivePublic);
  EXPECT_EQ(info.name, "Envision Academy for Arts & Technology");
  EXPECT_TRUE(PermittedSchools::from_embedded_directory().contains("01100170112607"));
}

TEST(LookupSchool, PendingPublicSchoolIsPermittedByDefault) {
  EXPECT_EQ(lookup_school("01750930165498").status, SchoolStatus::kPendingPublic);
  EXPECT_TRUE(PermittedSchools::from_embedded_directory().contains("01750930165498"));
}

TEST(LookupSchool, DistrictOfficeIsNotPermitted) {
  const SchoolInfo info = lookup_school("01100170000000");
  EXPECT_EQ(info.status, SchoolStatus::kDistrictOffice);
  EXPECT_EQ(info.name, "Alameda County Office of Education");
  EXPECT_FALSE(PermittedSchools::from_embedded_directory().contains("01100170000000"));
}

TEST(LookupSchool, PrivateSchoolIsNotPermitted) {
  EXPECT_EQ(lookup_school("01611196165120").status, SchoolStatus::kPrivate);
  EXPECT_EQ(lookup_school("77764220112599").status, SchoolStatus::kPrivate);  // out of state
  EXPECT_FALSE(PermittedSchools::from_embedded_directory().contains("01611196165120"));
}

TEST(LookupSchool, NonAsciiNameSurvivesGeneration) {
  EXPECT_EQ(lookup_school("01611686172043").name,
            "Escuela Biling\xC3\xBC"
            "e Internacional");
}

TEST(LookupSchool, ClosedOnlyIn2018FileIsClosedWithItsName) {
  const SchoolInfo info = lookup_school("19647666020135");
  EXPECT_EQ(info.status, SchoolStatus::kClosed);
  EXPECT_EQ(info.name, "Grovedale Elementary");
  EXPECT_FALSE(PermittedSchools::from_embedded_directory().contains("19647666020135"));
}

TEST(LookupSchool, MergedAndFormerlyActive) {
  EXPECT_EQ(lookup_school("01100176002737").status, SchoolStatus::kMerged);
  // Active in 2018 and 2021, gone from the 2026 list; the name comes from 2018.
  const SchoolInfo info = lookup_school("01100170125567");
  EXPECT_EQ(info.status, SchoolStatus::kFormerlyActive);
  EXPECT_EQ(info.name, "Urban Montessori Charter");
}

TEST(LookupSchool, MalformedCodesAreUnknown) {
  EXPECT_EQ(lookup_school("1100170112607").status, SchoolStatus::kUnknown);    // 13 digits
  EXPECT_EQ(lookup_school("0110017011260X").status, SchoolStatus::kUnknown);   // non-digit
  EXPECT_EQ(lookup_school(" 1100170112607").status, SchoolStatus::kUnknown);   // padded
  EXPECT_EQ(lookup_school("011001701126070").status, SchoolStatus::kUnknown);  // 15 digits
  EXPECT_EQ(lookup_school("").status, SchoolStatus::kUnknown);
  EXPECT_EQ(lookup_school("99999999999999").status, SchoolStatus::kUnknown);  // past the end
  EXPECT_EQ(lookup_school("00000000000000").status, SchoolStatus::kUnknown);  // before the start
  EXPECT_TRUE(lookup_school("1100170112607").name.empty());
}

TEST(PermittedSchools, EmbeddedCountMatchesActiveAndPendingPublic) {
  // 10,587 active + 19 pending public schools per data/SOURCE.md.
  EXPECT_EQ(default_permitted_count(), 10606u);
  EXPECT_EQ(PermittedSchools::from_embedded_directory().size(), 10606u);
}

TEST(PermittedSchools, FromListIsExactText) {
  const auto p = PermittedSchools::from_list({"01100170112607", "DS9002"});
  EXPECT_EQ(p.size(), 2u);
  EXPECT_TRUE(p.contains("DS9002"));
  EXPECT_FALSE(p.contains("ds9002"));
  EXPECT_FALSE(p.contains("1100170112607"));
  EXPECT_FALSE(p.contains("01100170109835"));
}

TEST(PermittedSchools, FromPlainListWithCrlfAndComments) {
  const TempFile f("list",
                   "# district 9 test schools\r\n01100170112607\r\n\r\nDS9002\r\n"
                   "   \r\n#01100170000000\r\n19647666020135");
  auto result = PermittedSchools::from_file(f.path());
  ASSERT_TRUE(result.ok()) << result.error().message;
  const PermittedSchools& p = result.value();
  EXPECT_EQ(p.size(), 3u);
  EXPECT_TRUE(p.contains("01100170112607"));
  EXPECT_TRUE(p.contains("DS9002"));
  EXPECT_TRUE(p.contains("19647666020135"));  // a file list is taken as written, closed or not
  EXPECT_FALSE(p.contains("DS9002\r"));
  EXPECT_FALSE(p.contains("01100170000000"));
  EXPECT_FALSE(p.contains("01750930165498"));
}

TEST(PermittedSchools, FromTsvTakesOnlyActiveAndPendingRows) {
  const TempFile f("tsv",
                   "\xEF\xBB\xBF"
                   "CDSCode\tNCESDist\tStatusType\tSchool\n"
                   "01100170112607\t0691051\tActive\tEnvision\n"
                   "01100170109835\t0691051\tClosed\tFAME\n"
                   "01750930165498\t0691051\tPending\tShamrock Hills\n"
                   "01100176002737\t0691051\tMerged\tOld\n");
  auto result = PermittedSchools::from_file(f.path());
  ASSERT_TRUE(result.ok()) << result.error().message;
  const PermittedSchools& p = result.value();
  EXPECT_EQ(p.size(), 2u);
  EXPECT_TRUE(p.contains("01100170112607"));
  EXPECT_TRUE(p.contains("01750930165498"));
  EXPECT_FALSE(p.contains("01100170109835"));
  EXPECT_FALSE(p.contains("01100176002737"));
  EXPECT_FALSE(p.contains("CDSCode"));
}

TEST(PermittedSchools, FromTsvWithoutStatusTakesEveryRow) {
  const TempFile f("tsv_nostatus", "School\tCDS Code\r\nA\tDS9002\r\nB\t01100170109835\r\n");
  auto result = PermittedSchools::from_file(f.path());
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result.value().size(), 2u);
  EXPECT_TRUE(result.value().contains("DS9002"));
  EXPECT_TRUE(result.value().contains("01100170109835"));
}

TEST(PermittedSchools, TsvWithoutCdsCodeColumnIsAnError) {
  const TempFile f("tsv_nocode", "School\tDistrict\nA\tB\n");
  auto result = PermittedSchools::from_file(f.path());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, f.path());
  EXPECT_NE(result.error().message.find("CDSCode"), std::string::npos);
}

TEST(PermittedSchools, MissingFileIsAnError) {
  const std::string path = "/nonexistent/cerslint/permitted.txt";
  auto result = PermittedSchools::from_file(path);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, path);
  EXPECT_FALSE(result.error().message.empty());
}

TEST(PermittedSchools, MovedFromSetIsEmpty) {
  auto a = PermittedSchools::from_list({"DS9002"});
  PermittedSchools b = std::move(a);
  EXPECT_TRUE(b.contains("DS9002"));
  EXPECT_EQ(a.size(), 0u);  // NOLINT(bugprone-use-after-move): documents the safe state
  EXPECT_FALSE(a.contains("DS9002"));
}

}  // namespace
}  // namespace cerslint::directory
