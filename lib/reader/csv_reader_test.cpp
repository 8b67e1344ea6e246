#include <gtest/gtest.h>
TEST(ReaderPlaceholder, Builds) { SUCCEED(); }
