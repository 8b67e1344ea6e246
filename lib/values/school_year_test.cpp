#include "values/school_year.hpp"

#include <gtest/gtest.h>

namespace cerslint::values {
namespace {

// What Integer.valueOf gives for the ASCII inputs used here.
std::optional<std::int32_t> java_int(std::string_view s) {
  std::size_t i = 0;
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    i = 1;
  }
  if (i == s.size()) return std::nullopt;
  std::int64_t v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return static_cast<std::int32_t>(neg ? -v : v);
}

YearReading read(std::string_view s) { return read_school_year(s, java_int(s)); }

TEST(SchoolYear, PlainAndOdd) {
  EXPECT_EQ(read("2025").form, YearForm::kPlain);
  EXPECT_EQ(read("2025").year, 2025);
  EXPECT_EQ(read("+2025").form, YearForm::kOddForm);
  EXPECT_EQ(read("+2025").year, 2025);
  EXPECT_EQ(read("02025").form, YearForm::kOddForm);
  // Full-width digits: Integer.valueOf reads them (the caller passes its value).
  EXPECT_EQ(read_school_year("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x95", 2025).form,
            YearForm::kOddForm);
  EXPECT_EQ(read("-2025").form, YearForm::kOther);
  EXPECT_EQ(read("0").form, YearForm::kOther);
}

TEST(SchoolYear, SpacesAreNotAnOddForm) {
  // CERS does not strip the year: " 2025" is no number (C103), not a Y003 form.
  EXPECT_EQ(read(" 2025").form, YearForm::kOther);
  EXPECT_EQ(read("2025 ").form, YearForm::kOther);
  EXPECT_EQ(read("  ").form, YearForm::kBlank);
  EXPECT_EQ(read("").form, YearForm::kBlank);
}

TEST(SchoolYear, ExcelDecimal) {
  EXPECT_EQ(read("2025.0").form, YearForm::kExcelDecimal);
  EXPECT_EQ(read("2025.0").year, 2025);
  EXPECT_EQ(read("2025.00").form, YearForm::kExcelDecimal);
  EXPECT_EQ(read("2,025").form, YearForm::kExcelDecimal);
  EXPECT_EQ(read("2,025").year, 2025);
  EXPECT_EQ(read(" 2025.0 ").form, YearForm::kExcelDecimal);
  EXPECT_EQ(read("2025.5").form, YearForm::kOther);
  EXPECT_EQ(read("202.0").form, YearForm::kOther);
  EXPECT_EQ(read("2,02").form, YearForm::kOther);
}

TEST(SchoolYear, Range) {
  for (std::string_view s : {"2024-25", "2024-2025", "2024/25", "2024\xE2\x80\x93" "25", "24-25",
                             "2024 - 2025", "2024_25"}) {
    const YearReading r = read(s);
    EXPECT_EQ(r.form, YearForm::kRange) << s;
    EXPECT_EQ(r.year, 2025) << s;
    EXPECT_EQ(r.range_start, 2024) << s;
  }
  EXPECT_EQ(read("1999-00").year, 2000);
  EXPECT_EQ(read("2024-26").form, YearForm::kOther);  // not one school year
  EXPECT_EQ(read("2025-24").form, YearForm::kOther);
  EXPECT_EQ(read("2024-255").form, YearForm::kOther);
  EXPECT_EQ(read("2024--25").form, YearForm::kOther);
}

}  // namespace
}  // namespace cerslint::values
