#include "values/text_fix.hpp"

#include <gtest/gtest.h>

namespace cerslint::values {
namespace {

template <typename F>
std::string run(F f, std::string_view in) {
  std::string out = "(unchanged)";
  f(in, out);
  return out;
}

TEST(TextFix, JoinLineBreaks) {
  EXPECT_EQ(run(join_line_breaks, "Period\n1"), "Period 1");
  EXPECT_EQ(run(join_line_breaks, "Period \r\n\r\n 1"), "Period 1");
  EXPECT_EQ(run(join_line_breaks, "Period 1\n"), "Period 1");
  EXPECT_EQ(run(join_line_breaks, "\r\nPeriod 1"), "Period 1");
  EXPECT_EQ(run(join_line_breaks, "\n"), "");
  EXPECT_EQ(run(join_line_breaks, "Period 1"), "(unchanged)");
}

TEST(TextFix, ReplaceBackslashes) {
  EXPECT_EQ(run(replace_backslashes, "Math\\Science\\"), "Math/Science/");
  EXPECT_EQ(run(replace_backslashes, "Math/Science"), "(unchanged)");
}

TEST(TextFix, PlainGroupName) {
  EXPECT_EQ(run(plain_group_name, "Period\u00A01"), "Period 1");
  EXPECT_EQ(run(plain_group_name, "Period 1\u00A0"), "Period 1");
  EXPECT_EQ(run(plain_group_name, " Period\u200B 1 "), " Period 1 ");  // ends are G001's
  EXPECT_EQ(run(plain_group_name, "Smith\u2019s \u2013 ELA"), "Smith's - ELA");
  EXPECT_EQ(run(plain_group_name, "P\u0435riod \u0410B \u0410"), "Period AB \u0410");  // a lone Cyrillic A is a Cyrillic word
  EXPECT_EQ(run(plain_group_name, "\u0406ntro"), "Intro");             // Cyrillic I
  EXPECT_EQ(run(plain_group_name, "\u200B"), "(unchanged)");           // would be blank
  EXPECT_EQ(run(plain_group_name, "\u041C\u0430\u0442"), "(unchanged)");  // all Cyrillic
  EXPECT_EQ(run(plain_group_name, "Period 1"), "(unchanged)");
}

TEST(TextFix, RemoveOutsideBmp) {
  EXPECT_EQ(run(remove_outside_bmp, "Math \U0001F389 Club"), "Math Club");
  EXPECT_EQ(run(remove_outside_bmp, "Math Club \U0001F389"), "Math Club");
  EXPECT_EQ(run(remove_outside_bmp, "\U0001F469\u200D\U0001F3EB Teachers"), "Teachers");
  EXPECT_EQ(run(remove_outside_bmp, "Run\U0001F3C3\u200D\u2640\uFE0F!"), "Run!");
  EXPECT_EQ(run(remove_outside_bmp, "\U0001D40Cath 6"), "Math 6");  // mathematical bold M
  // A mathematical rho's compatibility form is the Greek rho, which G003 reads as a 'p' in a
  // Latin word: G006 writes the 'p', as G003 (which runs before it) would on the next run.
  EXPECT_EQ(run(remove_outside_bmp, "\U0001D70Cath 6"), "path 6");
  // Characters G003 finds in the name as it was stay G003's (not selected, or it ran already).
  EXPECT_EQ(run(remove_outside_bmp, "\u00A0\U0001D70Cath 6"), "\u00A0\u03C1ath 6");
  EXPECT_EQ(run(remove_outside_bmp, "\U0001F389"), "(unchanged)");
  EXPECT_EQ(run(remove_outside_bmp, "Caf\u00E9 \u2605"), "(unchanged)");
}

TEST(TextFix, RenameGuard) {
  RenameGuard g;
  const auto upper = [](std::string_view n, std::string& out) {
    if (n.empty() || n[0] != 'x') return false;
    out.assign(n.substr(1));
    return true;
  };
  EXPECT_EQ(g.decide("1", "2025", "A", upper), nullptr);
  // "xA" would become "A", which this school and year already have.
  EXPECT_EQ(g.decide("1", "2025", "xA", upper), nullptr);
  // Another school: fine, and the decision sticks for the group.
  ASSERT_NE(g.decide("2", "2025", "xA", upper), nullptr);
  EXPECT_EQ(*g.decide("2", "2025", "xA", upper), "A");
  EXPECT_EQ(g.decide("1", "2025", "B", upper), nullptr);
  EXPECT_EQ(g.decide("1", "2025", "xA", upper), nullptr);
  EXPECT_EQ(*g.decide("2", "2025", "xA", upper), "A");
}

// Two spellings the database folds together are one group: both are renamed or neither is
// (found by fuzz_fix: "=xX" renamed, "=xx" kept, which split the group).
TEST(TextFix, RenameGuardDecidesOncePerFoldedGroup) {
  RenameGuard g;
  const auto strip = [](std::string_view n, std::string& out) {
    if (n.empty() || n[0] != '=') return false;
    out.assign(n.substr(1));
    return true;
  };
  ASSERT_NE(g.decide("1", "2025", "=Lab", strip), nullptr);
  const std::string* other = g.decide("1", "2025", "=LAB", strip);
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(*other, "LAB");
  // A group kept under one spelling is kept under the other.
  EXPECT_EQ(g.decide("1", "2025", "Art", strip), nullptr);
  EXPECT_EQ(g.decide("1", "2025", "=Art", strip), nullptr);
  EXPECT_EQ(g.decide("1", "2025", "=ART", strip), nullptr);
}

TEST(TextFix, RenameGuardForgetsNamesOfEarlierSchools) {
  RenameGuard g;
  const auto strip_x = [](std::string_view n, std::string& out) {
    if (n.empty() || n[0] != 'x') return false;
    out.assign(n.substr(1));
    return true;
  };
  for (int school = 0; school < 100; ++school) {
    for (int group = 0; group < 50; ++group) {
      g.decide(std::to_string(school), "2025", "G" + std::to_string(group), strip_x);
    }
  }
  EXPECT_LE(g.names_tracked(), 50u);  // one school's names, not 5,000
}

TEST(TextFix, RenameGuardMakesNoNewRenameInASchoolThatComesBack) {
  RenameGuard g;
  const auto strip_x = [](std::string_view n, std::string& out) {
    if (n.empty() || n[0] != 'x') return false;
    out.assign(n.substr(1));
    return true;
  };
  ASSERT_NE(g.decide("1", "2025", "xB", strip_x), nullptr);  // decided while school 1 is open
  EXPECT_EQ(g.decide("1", "2025", "A", strip_x), nullptr);
  EXPECT_EQ(g.decide("2", "2025", "C", strip_x), nullptr);
  // School 1 again: its earlier names ("A") are forgotten, so "xA" -> "A" could merge two
  // groups. Refused; the decision made before still holds for every row of "xB".
  EXPECT_EQ(g.decide("1", "2025", "xA", strip_x), nullptr);
  ASSERT_NE(g.decide("1", "2025", "xB", strip_x), nullptr);
  EXPECT_EQ(*g.decide("1", "2025", "xB", strip_x), "B");
}

}  // namespace
}  // namespace cerslint::values
