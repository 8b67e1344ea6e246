#include "values/email_fix.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "values/email.hpp"

namespace cerslint::values {
namespace {

std::vector<std::string> split(std::string_view s) {
  std::vector<std::string_view> parts;
  split_addresses(s, parts);
  EXPECT_EQ(parts.size(), count_addresses(s)) << s;
  return {parts.begin(), parts.end()};
}

TEST(SplitAddresses, Separators) {
  using V = std::vector<std::string>;
  EXPECT_EQ(split("a@x.org; b@x.org"), (V{"a@x.org", "b@x.org"}));
  EXPECT_EQ(split("a@x.org,b@x.org,c@x.org"), (V{"a@x.org", "b@x.org", "c@x.org"}));
  EXPECT_EQ(split("a@x.org\nb@x.org"), (V{"a@x.org", "b@x.org"}));
  EXPECT_EQ(split("a@x.org;;b@x.org"), (V{"a@x.org", "b@x.org"}));
  EXPECT_EQ(split("Ann <a@x.org>; Bo <b@x.org>"), (V{"<a@x.org>", "<b@x.org>"}));
  EXPECT_EQ(split("\"Lee, Ann\" <a@x.org>, b@x.org"), (V{"<a@x.org>", "b@x.org"}));
  EXPECT_EQ(split("a@x.org"), (V{"a@x.org"}));
  EXPECT_EQ(split("Bo\"\" <b@x.org><a@x.org>"), (V{"<b@x.org>", "<a@x.org>"}));  // found by fuzz_fix
  EXPECT_EQ(split("Ann<a@x.org>"), (V{"Ann<a@x.org>"}));
  EXPECT_EQ(split("ann @x.org"), (V{}));
  EXPECT_EQ(split(""), (V{}));
}

}  // namespace
}  // namespace cerslint::values
