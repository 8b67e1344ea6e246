#include "util/recent_answers.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace cerslint::util {
namespace {

TEST(RecentAnswers, ComputesOnceWhileRememberedAndAgainAfterFourOthers) {
  RecentAnswers<std::uint64_t> answers;
  int computed = 0;
  auto ask = [&](std::uint64_t q) {
    return answers.get(q, [&] {
      ++computed;
      return q * 10;
    });
  };
  EXPECT_EQ(ask(1), 10u);
  EXPECT_EQ(ask(2), 20u);
  EXPECT_EQ(ask(1), 10u);
  EXPECT_EQ(computed, 2);  // 1 was remembered
  EXPECT_EQ(ask(0), 0u);   // 0 is a question like any other, not an empty slot
  EXPECT_EQ(ask(0), 0u);
  EXPECT_EQ(computed, 3);
  EXPECT_EQ(ask(3), 30u);  // four answers now: 1, 2, 0, 3
  EXPECT_EQ(ask(4), 40u);  // makes room by forgetting the oldest, 1
  EXPECT_EQ(computed, 5);
  EXPECT_EQ(ask(2), 20u);
  EXPECT_EQ(computed, 5);
  EXPECT_EQ(ask(1), 10u);  // asked again: computed again, and right
  EXPECT_EQ(computed, 6);
}

}  // namespace
}  // namespace cerslint::util
