// Runs a GoogleTest suite once per SIMD level this CPU supports (scalar, SSE2, AVX2), so every
// reader test checks every classifier: derive the fixture from LevelTest and instantiate it
// with CERSLINT_INSTANTIATE_FOR_EACH_LEVEL(Fixture).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "reader/simd_level.hpp"

namespace cerslint::reader {

class LevelTest : public testing::TestWithParam<simd::Level> {
 protected:
  // Readers pick their classifier when constructed, so the level is set before the test body.
  void SetUp() override {
    before_ = simd::level();
    ASSERT_EQ(simd::set_level(GetParam()), GetParam());
  }
  void TearDown() override { simd::set_level(before_); }

 private:
  simd::Level before_ = simd::Level::kScalar;
};

inline std::string level_param_name(const testing::TestParamInfo<simd::Level>& info) {
  return std::string(simd::name(info.param));
}

}  // namespace cerslint::reader

#define CERSLINT_INSTANTIATE_FOR_EACH_LEVEL(Fixture)                                      \
  INSTANTIATE_TEST_SUITE_P(Simd, Fixture,                                                 \
                           testing::ValuesIn(::cerslint::reader::simd::supported_levels()), \
                           ::cerslint::reader::level_param_name)
