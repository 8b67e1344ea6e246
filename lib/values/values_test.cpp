#include "values/values.hpp"

#include <gtest/gtest.h>

namespace cerslint::values {
namespace {

TEST(Values, ScientificNotationForms) {
  EXPECT_TRUE(is_scientific_notation("1.23457E+13"));
  EXPECT_TRUE(is_scientific_notation("1.23457e+13"));
  EXPECT_TRUE(is_scientific_notation(" 9.00E+09 "));
  EXPECT_TRUE(is_scientific_notation("1E+13"));
  EXPECT_TRUE(is_scientific_notation("1,23457E+13"));
  EXPECT_FALSE(is_scientific_notation("12345671234567"));
  EXPECT_FALSE(is_scientific_notation("E+13"));
  EXPECT_FALSE(is_scientific_notation("1.2E"));
  EXPECT_FALSE(is_scientific_notation("1.2E+13x"));
  EXPECT_FALSE(is_scientific_notation(""));
}

TEST(Values, LuhnOnCdsParts) {
  // Fremont Unified (61176) and Forest Park Elementary (6111330) from the CDE directory.
  EXPECT_TRUE(luhn_valid("61176"));
  EXPECT_TRUE(luhn_valid("6111330"));
  EXPECT_FALSE(luhn_valid("6111331"));
  EXPECT_FALSE(luhn_valid(""));
  EXPECT_FALSE(luhn_valid("61a76"));
}

TEST(Values, SuspectCharacters) {
  EXPECT_FALSE(first_suspect_char("Period 1\tA"));
  const auto nbsp = first_suspect_char("Math\xC2\xA0");
  ASSERT_TRUE(nbsp);
  EXPECT_EQ(nbsp->code_point, 0xA0u);
  EXPECT_EQ(nbsp->byte_offset, 4u);
  EXPECT_EQ(nbsp->name, "no-break space");
  const auto zw = first_suspect_char("A\xE2\x80\x8B" "B");
  ASSERT_TRUE(zw);
  EXPECT_EQ(zw->name, "zero-width space");
  EXPECT_EQ(first_suspect_char("caf\xC3\xA9"), std::nullopt);  // é is a real letter
  EXPECT_EQ(first_suspect_char("a\x01")->name, "control character");
  EXPECT_EQ(code_point_label(0xA0), "U+00A0");
}

}  // namespace
}  // namespace cerslint::values
