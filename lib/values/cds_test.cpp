#include "values/cds.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text/java_text.hpp"
#include "values/syu_chars.hpp"

namespace cerslint::values {
namespace {

using directory::SchoolInfo;
using directory::SchoolStatus;

// A fake directory: a few codes with the statuses the real one gives them.
SchoolInfo fake_lookup(std::string_view code) {
  if (code == "01611766111330") return {SchoolStatus::kActivePublic, "Forest Park Elementary"};
  if (code == "01611760000000") return {SchoolStatus::kDistrictOffice, "Fremont Unified"};
  if (code == "19647336018568") return {SchoolStatus::kPrivate, "Some Private"};
  if (code == "77000000000001") return {SchoolStatus::kPrivate, "Out Of State"};
  if (code == "01611760106666") return {SchoolStatus::kClosed, "Old School"};
  if (code == "01611760107777") return {SchoolStatus::kMerged, ""};
  if (code == "01611760108888") return {SchoolStatus::kFormerlyActive, ""};
  return {};
}

CdsVerdict classify(std::string_view s) { return classify_cds(s, &fake_lookup); }

TEST(Cds, ActiveSchoolIsFine) {
  const CdsVerdict v = classify("01611766111330");
  EXPECT_EQ(v.problem, CdsProblem::kNone);
  EXPECT_FALSE(v.surrounding_spaces);
  EXPECT_EQ(v.school.name, "Forest Park Elementary");
}

TEST(Cds, SurroundingSpacesAreStrippedThenClassified) {
  CdsVerdict v = classify(" 01611766111330\t");
  EXPECT_TRUE(v.surrounding_spaces);
  EXPECT_EQ(v.code, "01611766111330");
  EXPECT_EQ(v.problem, CdsProblem::kNone);
  v = classify("01611766111330\xC2\xA0");  // no-break space
  EXPECT_TRUE(v.surrounding_spaces);
  EXPECT_EQ(v.problem, CdsProblem::kNone);
  v = classify("\xE2\x80\x8B" "1611766111330");  // zero-width space, then 13 digits
  EXPECT_TRUE(v.surrounding_spaces);
  EXPECT_EQ(v.problem, CdsProblem::kLeadingZeroDropped);
  v = classify("   ");
  EXPECT_EQ(v.problem, CdsProblem::kBlank);
}

TEST(Cds, Scientific) {
  EXPECT_EQ(classify("1.61177E+12").problem, CdsProblem::kScientific);
  EXPECT_EQ(classify("1.61E+13").problem, CdsProblem::kScientific);
  EXPECT_EQ(classify(" 1.61177e+12").problem, CdsProblem::kScientific);
}

TEST(Cds, LeadingZeroDroppedOnlyWhenPaddedCodeIsKnown) {
  CdsVerdict v = classify("1611766111330");
  EXPECT_EQ(v.problem, CdsProblem::kLeadingZeroDropped);
  EXPECT_EQ(v.school.name, "Forest Park Elementary");
  EXPECT_EQ(classify("1611766111331").problem, CdsProblem::kWrongLength);
}

TEST(Cds, NonDigitsAndLength) {
  EXPECT_EQ(classify("0161176611133O").problem, CdsProblem::kNonDigits);
  EXPECT_EQ(classify("01-61176-6111330").problem, CdsProblem::kNonDigits);
  EXPECT_EQ(classify("0161176\xC2\xA0" "6111330").problem, CdsProblem::kNonDigits);
  EXPECT_EQ(classify("6111330").problem, CdsProblem::kWrongLength);
  EXPECT_EQ(classify("016117661113300").problem, CdsProblem::kWrongLength);
}

TEST(Cds, CountyDistrictOfficePrivate) {
  EXPECT_EQ(classify("99611766111330").problem, CdsProblem::kInvalidCounty);
  EXPECT_EQ(classify("00611766111330").problem, CdsProblem::kInvalidCounty);
  EXPECT_EQ(classify("59611766111330").problem, CdsProblem::kInvalidCounty);
  EXPECT_EQ(classify("77000000000001").problem, CdsProblem::kPrivate);  // in the directory
  EXPECT_EQ(classify("77123450000011").problem, CdsProblem::kPrivate);  // county 77 pattern
  EXPECT_EQ(classify("01611760000000").problem, CdsProblem::kDistrictOffice);
  EXPECT_EQ(classify("01611760000000").school.name, "Fremont Unified");
  EXPECT_EQ(classify("01999990000000").problem, CdsProblem::kDistrictOffice);  // pattern
  EXPECT_EQ(classify("01611760000001").problem, CdsProblem::kPrivate);  // generic NPS
  EXPECT_EQ(classify("19647336018568").problem, CdsProblem::kPrivate);
}

TEST(Cds, ClosedMergedFormerlyActive) {
  EXPECT_EQ(classify("01611760106666").problem, CdsProblem::kClosedOrMerged);
  EXPECT_EQ(classify("01611760107777").problem, CdsProblem::kClosedOrMerged);
  EXPECT_EQ(classify("01611760108888").problem, CdsProblem::kClosedOrMerged);
}

TEST(Cds, CheckDigitsOnlyForUnknownCodes) {
  // 61176 and 6111330 pass Luhn; change one digit of each part.
  CdsVerdict v = classify("01611766111331");
  EXPECT_EQ(v.problem, CdsProblem::kCheckDigit);
  EXPECT_EQ(v.failing_parts, kSchoolPart);
  v = classify("01611866111330");
  EXPECT_EQ(v.problem, CdsProblem::kCheckDigit);
  EXPECT_EQ(v.failing_parts, kDistrictPart);
  v = classify("01611866111331");
  EXPECT_EQ(v.failing_parts, kDistrictPart | kSchoolPart);
  // Both parts valid but unknown: 61176 / 6111348 (6111348 passes Luhn).
  EXPECT_EQ(classify("01611766111348").problem, CdsProblem::kNotInDirectory);
}

TEST(Cds, WithoutSeparators) {
  const auto d = cds_without_separators("01-61176-6111330");
  ASSERT_TRUE(d);
  EXPECT_EQ(std::string(d->data(), d->size()), "01611766111330");
  EXPECT_TRUE(cds_without_separators("01 61176 6111330"));
  EXPECT_FALSE(cds_without_separators("01611766111330"));   // no separator
  EXPECT_FALSE(cds_without_separators("01-61176-611133"));  // 13 digits
  EXPECT_FALSE(cds_without_separators("01-61176-611133O"));
}

TEST(SyuChars, StripJavaWhitespaceKeepsNoBreakSpace) {
  EXPECT_EQ(text::strip(" \t2025\r\n"), "2025");
  EXPECT_EQ(text::strip("\xC2\xA0" "2025"), "\xC2\xA0" "2025");
  EXPECT_EQ(text::strip("\xE2\x80\x83" "2025\xE3\x80\x80"), "2025");  // em space, ideographic
  EXPECT_EQ(strip_spaces_and_invisibles("\xEF\xBB\xBF" "2025\xC2\xA0"), "2025");
  EXPECT_EQ(strip_spaces_and_invisibles("\xC2\xA0"), "");
  EXPECT_EQ(strip_spaces_and_invisibles("\xA0"), "\xA0");  // malformed byte stays
}

// The remembered last verdict: the same bytes in another buffer answer with a view into that
// buffer, and a different value or lookup is classified afresh.
SchoolInfo everything_private(std::string_view) { return {SchoolStatus::kPrivate, "P"}; }

TEST(Cds, RememberedVerdictPointsIntoTheNewValue) {
  const std::string first = " 01611766111330 ";
  const std::string second = first;  // same bytes, another buffer
  const CdsVerdict a = classify(first);
  const CdsVerdict b = classify(second);
  EXPECT_EQ(b.code, "01611766111330");
  EXPECT_EQ(b.code.data(), second.data() + 1);
  EXPECT_EQ(a.code.data(), first.data() + 1);
  EXPECT_EQ(b.problem, CdsProblem::kNone);
  EXPECT_TRUE(b.surrounding_spaces);
  EXPECT_EQ(classify_cds(second, &everything_private).problem, CdsProblem::kPrivate);
  EXPECT_EQ(classify(second).problem, CdsProblem::kNone);
  EXPECT_EQ(classify(" 01611760000000 ").problem, CdsProblem::kDistrictOffice);
  EXPECT_EQ(classify("").problem, CdsProblem::kBlank);
  EXPECT_EQ(classify(" ").problem, CdsProblem::kBlank);
  // An absent column: an empty view without data, twice (the memo must not compare through a
  // null pointer: UBSan in the asan suite stops on that).
  EXPECT_EQ(classify(std::string_view{}).problem, CdsProblem::kBlank);
  EXPECT_EQ(classify(std::string_view{}).problem, CdsProblem::kBlank);
}

}  // namespace
}  // namespace cerslint::values
