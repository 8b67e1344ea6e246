#include "values/group_name.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/java_text.hpp"
#include "values/text_fix.hpp"  // formula_prefix (G007)
#include "values/values.hpp"    // first_suspect_char (G003)

namespace cerslint::values {
namespace {

std::string original(std::string_view s) {
  auto d = excel_date_text(s);
  if (!d) d = excel_date_serial(s);
  return d ? excel_date_original(*d) : std::string("-");
}

TEST(GroupName, ExcelDateShapes) {
  EXPECT_EQ(original("1-May"), "5-1");
  EXPECT_EQ(original("01-May"), "5-1");
  EXPECT_EQ(original("12-mar"), "3-12");
  EXPECT_EQ(original("1-May-25"), "5-1");
  EXPECT_EQ(original("1-May-2025"), "5-1");
  EXPECT_EQ(original("May-01"), "5-01");
  EXPECT_EQ(original("Mar-45"), "3-45");
  EXPECT_EQ(original("5/1/2025"), "5-1");
  EXPECT_EQ(original("5/1/25"), "5-1");
  EXPECT_EQ(original("12/31/2024"), "12-31");
  EXPECT_EQ(original("2025-05-01"), "5-1");
  EXPECT_EQ(original("45413"), "5-1");  // 2024-05-01
  EXPECT_EQ(excel_date_serial("45413")->shape, DateShape::kSerial);
  EXPECT_EQ(excel_date_text("1-May")->shape, DateShape::kDayMonth);
  EXPECT_EQ(excel_date_text("May-01")->shape, DateShape::kMonthYear);
}

TEST(GroupName, NotExcelDates) {
  for (std::string_view s : {"", "5-1", "1-Mayo", "32-May", "0-May", "Maybe", "May 01", "May-1",
                             "Mai-01", "13/1/2025", "5/32/2025", "5/1/202", "5/1", "2025-13-01",
                             "1850-05-01", "Period 1", "1-May ", "Math-12", "10-2"}) {
    EXPECT_FALSE(excel_date_text(s).has_value()) << s;
  }
  for (std::string_view s : {"32873", "51502", "4541", "454130", "4541a", " 45413", "10234"}) {
    EXPECT_FALSE(excel_date_serial(s).has_value()) << s;
  }
  EXPECT_TRUE(excel_date_serial("32874").has_value());
  EXPECT_TRUE(excel_date_serial("51501").has_value());
}

TEST(GroupName, SectionCodes) {
  EXPECT_TRUE(looks_like_section_code("1-2"));
  EXPECT_TRUE(looks_like_section_code("10-3"));
  EXPECT_TRUE(looks_like_section_code("101-12"));
  EXPECT_FALSE(looks_like_section_code("1-"));
  EXPECT_FALSE(looks_like_section_code("-1"));
  EXPECT_FALSE(looks_like_section_code("1-2-3"));
  EXPECT_FALSE(looks_like_section_code("1234-1"));
  EXPECT_FALSE(looks_like_section_code("P1-2"));
  EXPECT_FALSE(looks_like_section_code("45413"));
}

TEST(GroupName, FoldHashMergesCaseAndSpaces) {
  std::string scratch;
  const auto h = [&](std::string_view s) { return group_name_fold_hash(s, scratch); };
  EXPECT_EQ(h("Period 1"), h("PERIOD 1"));
  EXPECT_EQ(h("Period 1"), h(" period  1 "));
  EXPECT_EQ(h("Period 1"), h("Period\t1"));
  EXPECT_NE(h("Period 1"), h("Period 2"));
  EXPECT_NE(h("Period 1"), h("Period1"));
  EXPECT_EQ(h("\xC3\x89" "cole"), h("\xC3\xA9" "COLE"));                  // École / éCOLE
  EXPECT_EQ(h("\xCE\xA3\xCE\x91"), h("\xCF\x83\xCE\xB1"));                // ΣΑ / σα
  EXPECT_EQ(h("Caf\xC3\xA9\xE2\x80\x83" "A"), h("caf\xC3\xA9 a"));       // em space collapses
  EXPECT_NE(h("Caf\xC3\xA9\xC2\xA0" "A"), h("caf\xC3\xA9 a"));           // no-break space stays
  EXPECT_EQ(h("bad \xFF"), h("BAD \xFF"));                                // malformed byte
}

TEST(GroupName, CodePointsAndBmp) {
  EXPECT_EQ(code_point_count(""), 0u);
  EXPECT_EQ(code_point_count("abc"), 3u);
  EXPECT_EQ(code_point_count("Caf\xC3\xA9"), 4u);
  EXPECT_EQ(code_point_count("\xF0\x9F\x98\x80x"), 2u);
  EXPECT_EQ(code_point_count("\xFF\xFE"), 2u);
  EXPECT_FALSE(first_outside_bmp("Caf\xC3\xA9 \xE2\x80\x99").has_value());
  const auto e = first_outside_bmp("Math \xF0\x9F\x98\x80");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->code_point, 0x1F600u);
  EXPECT_EQ(e->byte_offset, 5u);
  EXPECT_FALSE(first_outside_bmp("\xF0\x9F").has_value());  // truncated: not a character
}

TEST(GroupName, LookAlikes) {
  EXPECT_FALSE(first_look_alike("Period 1").has_value());
  EXPECT_FALSE(first_look_alike("Jos\xC3\xA9's class").has_value());  // accented Latin
  // A Cyrillic word beside a Latin one is a real name, not a look-alike.
  EXPECT_FALSE(first_look_alike("\xD0\x9A\xD0\xBB\xD0\xB0\xD1\x81\xD1\x81 5A").has_value());
  EXPECT_FALSE(first_look_alike("\xCE\xB1\xCE\xB2\xCE\xB3 Math").has_value());  // αβγ Math
  // "Pеriod" with U+0435 CYRILLIC SMALL LETTER IE.
  const auto c = first_look_alike("P\xD0\xB5riod 1");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->code_point, 0x435u);
  EXPECT_EQ(c->byte_offset, 1u);
  EXPECT_EQ(c->looks_like, 'e');
  EXPECT_EQ(c->name, "cyrillic small letter ie");
  // Greek capital omicron in "ELD Grοup" (U+03BF small omicron).
  const auto g = first_look_alike("ELD Gr\xCE\xBFup");
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->looks_like, 'o');
}

// An ordinary name is one the five name rules skip without looking: each of their classifiers
// must find nothing in it. Every name of up to three characters from an alphabet of the bytes
// and characters those rules care about, plus names around the length limit, are checked
// against the classifiers themselves; the names that are not ordinary include one of each kind.
TEST(GroupName, OrdinaryNamesAreOnesTheNameRulesFindNothingIn) {
  const std::vector<std::string> alphabet = {
      "a", "Z", "7", " ", "=", "+", "-", "@", "\t", "\x1F", "\x7F", "'", "\"",
      "\xC3\xA9",          // e-acute
      "\xC2\xA0",          // no-break space
      "\xE2\x80\x8B",      // zero-width space
      "\xD0\xB5",          // Cyrillic small ie, a look-alike of e
      "\xF0\x9F\x98\x80",  // an emoji, outside the BMP
      "\xFF"};             // not UTF-8
  auto check = [](const std::string& name) {
    const bool ordinary = ordinary_group_name(name);
    const std::string_view stripped = text::strip(name);
    const bool rules_find_nothing =
        stripped.size() == name.size() &&                                         // G001
        !first_suspect_char(stripped) && !first_look_alike(stripped) &&           // G003
        code_point_count(stripped) <= kMaxGroupNameChars &&                      // G005
        !first_outside_bmp(name) &&                                               // G006
        !formula_prefix(name);                                                    // G007
    if (ordinary) {
      EXPECT_TRUE(rules_find_nothing) << "\"" << name << "\"";
    }
    return ordinary;
  };
  std::size_t ordinary = 0, total = 0;
  std::vector<std::string> names = {""};
  for (int length = 1; length <= 3; ++length) {
    std::vector<std::string> longer;
    for (const std::string& n : names) {
      for (const std::string& c : alphabet) longer.push_back(n + c);
    }
    for (const std::string& n : longer) {
      ordinary += check(n);
      ++total;
    }
    names = std::move(longer);
  }
  EXPECT_GT(ordinary, 0u);
  EXPECT_LT(ordinary, total);
  EXPECT_TRUE(check(std::string(kMaxGroupNameChars, 'g')));
  EXPECT_FALSE(check(std::string(kMaxGroupNameChars + 1, 'g')));
  for (const char* odd : {" P1", "P1 ", "=P1", "+P1", "-P1", "@P1", "P\t1", "P\xC3\xA9"}) {
    EXPECT_FALSE(check(odd)) << odd;
  }
  EXPECT_TRUE(check("Period 1 - Math (A&B) #2/3"));
}

}  // namespace
}  // namespace cerslint::values
