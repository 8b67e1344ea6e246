// Numbers from a workbook's <v> text to CERS text, exactly; number formats; date serials.
#include "xlsx/number_text.hpp"

#include <gtest/gtest.h>

namespace cerslint::xlsx {
namespace {

TEST(PlainDecimal, KeepsEveryDigitOfLargeIds) {
  EXPECT_EQ(plain_decimal("1.2345671234567E+13"), "12345671234567");
  EXPECT_EQ(plain_decimal("12345671234567"), "12345671234567");
  EXPECT_EQ(plain_decimal("1.61176013006E+12"), "1611760130060");
  EXPECT_EQ(plain_decimal("1611760130062"), "1611760130062");
  EXPECT_EQ(plain_decimal("9.0000001E+9"), "9000000100");
  // 17 significant digits: a double cannot hold them all, but the text can, and is kept.
  EXPECT_EQ(plain_decimal("1.2345678901234567E+16"), "12345678901234567");
}

TEST(PlainDecimal, SmallAndNegativeNumbers) {
  EXPECT_EQ(plain_decimal("2026"), "2026");
  EXPECT_EQ(plain_decimal("2026.0"), "2026");
  EXPECT_EQ(plain_decimal("2026.50"), "2026.5");
  EXPECT_EQ(plain_decimal("-0.5"), "-0.5");
  EXPECT_EQ(plain_decimal("-0"), "0");
  EXPECT_EQ(plain_decimal("1E-3"), "0.001");
  EXPECT_EQ(plain_decimal("1.5e2"), "150");
  EXPECT_EQ(plain_decimal("0.000"), "0");
}

TEST(PlainDecimal, RefusesWhatIsNotANumber) {
  EXPECT_EQ(plain_decimal(""), std::nullopt);
  EXPECT_EQ(plain_decimal("abc"), std::nullopt);
  EXPECT_EQ(plain_decimal("1E"), std::nullopt);
  EXPECT_EQ(plain_decimal("1E+99999"), std::nullopt);  // would be 100 000 characters
  EXPECT_EQ(plain_decimal("12x"), std::nullopt);
}

TEST(NumberFormat, Classifies) {
  EXPECT_EQ(classify_format(0, "").kind, NumberFormat::Kind::kGeneral);
  EXPECT_EQ(classify_format(49, "").kind, NumberFormat::Kind::kText);
  EXPECT_EQ(classify_format(14, "").kind, NumberFormat::Kind::kDate);
  EXPECT_EQ(classify_format(16, "").code, "d-mmm");
  EXPECT_EQ(classify_format(164, "d-mmm").kind, NumberFormat::Kind::kDate);
  EXPECT_EQ(classify_format(165, "[$-409]mmmm d, yyyy;@").kind, NumberFormat::Kind::kDate);
  EXPECT_EQ(classify_format(166, "0.00E+00").kind, NumberFormat::Kind::kGeneral);
  EXPECT_EQ(classify_format(167, "\"Grade \"0").kind, NumberFormat::Kind::kGeneral);
  const NumberFormat padded = classify_format(168, "0000000000");
  EXPECT_EQ(padded.kind, NumberFormat::Kind::kZeroPadded);
  EXPECT_EQ(padded.width, 10u);
  EXPECT_EQ(classify_format(169, "@").kind, NumberFormat::Kind::kText);
}

TEST(DateText, ShowsWhatExcelShows) {
  EXPECT_EQ(date_text("45413", "d-mmm", false), "1-May");  // 2024-05-01
  EXPECT_EQ(date_text("45413", "m/d/yyyy", false), "5/1/2024");
  EXPECT_EQ(date_text("45413", "yyyy-mm-dd", false), "2024-05-01");
  EXPECT_EQ(date_text("45413", "mmm-yy", false), "May-24");
  EXPECT_EQ(date_text("45413.75", "m/d/yyyy h:mm", false), "5/1/2024 18:00");
  EXPECT_EQ(date_text("45413.75", "h:mm AM/PM", false), "6:00 PM");
  EXPECT_EQ(date_text("1", "yyyy-mm-dd", false), "1900-01-01");
  EXPECT_EQ(date_text("60", "yyyy-mm-dd", false), "1900-02-29");  // Excel's leap-year bug
  EXPECT_EQ(date_text("61", "yyyy-mm-dd", false), "1900-03-01");
  EXPECT_EQ(date_text("0", "yyyy-mm-dd", true), "1904-01-01");
  EXPECT_EQ(date_text("45413", "dddd", false), "Wednesday");
  EXPECT_EQ(date_text("-1", "d-mmm", false), std::nullopt);
}

}  // namespace
}  // namespace cerslint::xlsx
