// What --reference accepts as "the same value before Excel damaged it".
#include "fix/reference.hpp"

#include <gtest/gtest.h>

namespace cerslint::fix {
namespace {

TEST(Reference, ScientificNotationMatchesOnlyTheRoundedDigits) {
  EXPECT_TRUE(matches_scientific("1.61176E+12", "01611760134452"));  // leading zero dropped too
  EXPECT_TRUE(matches_scientific("1.61176E+12", "1611755000000"));   // rounds up to ...76
  EXPECT_FALSE(matches_scientific("1.61176E+12", "1611765000000"));  // rounds to ...77
  EXPECT_FALSE(matches_scientific("1.61176E+12", "16117600000000"));  // one digit too many
  EXPECT_TRUE(matches_scientific("9.01730E+09", "9017300636"));
  EXPECT_FALSE(matches_scientific("9017300636", "9017300636"));  // not damaged
}

TEST(Reference, LostOneDigit) {
  EXPECT_TRUE(lost_one_digit("901730066", "9017300636"));
  EXPECT_TRUE(lost_one_digit("123456789", "0123456789"));  // Excel's dropped leading zero
  EXPECT_FALSE(lost_one_digit("901730066", "9017300637"));
  EXPECT_FALSE(lost_one_digit("90173006", "9017300636"));  // two digits lost: no guess
}

}  // namespace
}  // namespace cerslint::fix
