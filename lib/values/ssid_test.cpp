#include "values/ssid.hpp"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

#include "util/hash.hpp"

namespace cerslint::values {
namespace {

TEST(Ssid, Shapes) {
  EXPECT_EQ(classify_ssid("9000000001").shape, SsidShape::kValid);
  EXPECT_EQ(classify_ssid("").shape, SsidShape::kBlank);
  EXPECT_EQ(classify_ssid("   ").shape, SsidShape::kBlank);
  EXPECT_EQ(classify_ssid("\t").shape, SsidShape::kBlank);
  EXPECT_EQ(classify_ssid("9.00001E+09").shape, SsidShape::kScientific);
  EXPECT_EQ(classify_ssid("9E+09").shape, SsidShape::kScientific);
  EXPECT_EQ(classify_ssid("900000001").shape, SsidShape::kNineDigits);
  EXPECT_EQ(classify_ssid("90000000011").shape, SsidShape::kOther);
  EXPECT_EQ(classify_ssid("9000000001.0").shape, SsidShape::kOther);
  EXPECT_EQ(classify_ssid("900-000-0001").shape, SsidShape::kOther);
  EXPECT_EQ(classify_ssid("90000O0001").shape, SsidShape::kOther);
  EXPECT_EQ(classify_ssid("9000000001\t").shape, SsidShape::kOther);  // tabs are not trimmed
  EXPECT_EQ(classify_ssid("\xC2\xA0").shape, SsidShape::kOther);      // NBSP is not blank
  // Full-width digits are Unicode digits but not ASCII.
  EXPECT_EQ(classify_ssid("\xEF\xBC\x99"
                          "000000001")
                .shape,
            SsidShape::kOther);
}

TEST(Ssid, TenDigitsSwar) {
  EXPECT_TRUE(is_ten_ascii_digits("9000000001"));
  EXPECT_TRUE(is_ten_ascii_digits("0123456789"));
  EXPECT_FALSE(is_ten_ascii_digits("900000001"));
  EXPECT_FALSE(is_ten_ascii_digits("90000000011"));
  // Every byte value at every position.
  for (std::size_t i = 0; i < 10; ++i) {
    for (int v = 0; v < 256; ++v) {
      const char c = static_cast<char>(v);
      std::string s = "9000000001";
      s[i] = c;
      EXPECT_EQ(is_ten_ascii_digits(s), v >= '0' && v <= '9') << i << " " << v;
    }
  }
}

TEST(Ssid, KeysAreExactForTenDigits) {
  EXPECT_EQ(ssid_key("9000000001"), ssid_key("9000000001"));
  EXPECT_NE(ssid_key("9000000001"), ssid_key("9000000010"));
  EXPECT_NE(ssid_key("9000000001"), ssid_key("1000000009"));
  EXPECT_NE(ssid_key("0000000000"), ssid_key("900000000"));
  EXPECT_EQ(ssid_key("900000000") >> 63, 1u);  // hashed keys have the top bit
  EXPECT_EQ(ssid_key("9999999999") >> 63, 0u);
  // Packed keys of all 10-digit values that differ in one digit are distinct.
  for (std::size_t i = 0; i < 10; ++i) {
    std::string s = "9000000001";
    for (char d = '0'; d <= '9'; ++d) {
      s[i] = d;
      if (s != "9000000001") {
        EXPECT_NE(ssid_key(s), ssid_key("9000000001")) << s;
      }
    }
  }
}

TEST(Ssid, SurroundingSpacesAreTrimmedThenClassified) {
  auto c = classify_ssid(" 9000000001 ");
  EXPECT_TRUE(c.surrounding_spaces);
  EXPECT_EQ(c.shape, SsidShape::kValid);
  EXPECT_EQ(c.trimmed, "9000000001");
  c = classify_ssid("900000001 ");
  EXPECT_TRUE(c.surrounding_spaces);
  EXPECT_EQ(c.shape, SsidShape::kNineDigits);
  c = classify_ssid(" 9.00001E+09");
  EXPECT_EQ(c.shape, SsidShape::kScientific);
  EXPECT_FALSE(classify_ssid("9000000001").surrounding_spaces);
}

std::string describe(std::string_view s) {
  std::string out;
  describe_ssid_problem(s, out);
  return out;
}

TEST(Ssid, Descriptions) {
  EXPECT_EQ(describe("90000000011"), "has 11 digits");
  EXPECT_EQ(describe("9000000001.0"), "looks like a number with decimals");
  EXPECT_EQ(describe("900-000-0001"), "contains '-'");
  EXPECT_EQ(describe("90000O0001"), "contains the letter 'O'");
  EXPECT_EQ(describe("9000000001\t"), "contains a tab");
  EXPECT_EQ(describe("9000000001\xC2\xA0"), "contains a no-break space (U+00A0)");
  EXPECT_EQ(describe("\xEF\xBC\x99"
                     "000000001"),
            "contains '\xEF\xBC\x99', which is not an ASCII digit");
}

TEST(Ssid, LowerHashMatchesHashOfLowered) {
  EXPECT_EQ(hash64_ascii_lower("Ann.Lee@Example.ORG"), hash64("ann.lee@example.org"));
  EXPECT_NE(hash64_ascii_lower("ann@example.org"), hash64_ascii_lower("ann@example.com"));
}

// The word-at-a-time case fold against a byte-at-a-time one: every byte value (the edges '@',
// 'A', 'Z', '[', and their non-ASCII twins 0xC1, 0xDA) at every position of the full words and
// of the zero-padded last word.
TEST(Ssid, LowerHashFoldsEveryByteAtEveryPositionAlikeAsHashOfLowered) {
  int failures = 0;
  for (std::size_t len = 1; len <= 19; ++len) {
    for (std::size_t at = 0; at < len; ++at) {
      for (int b = 0; b < 256; ++b) {
        std::string s(len, 'Q');
        s[at] = static_cast<char>(b);
        std::string lowered = s;
        for (char& c : lowered) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        }
        if (hash64_ascii_lower(s) != hash64(lowered)) ++failures;
      }
    }
  }
  EXPECT_EQ(failures, 0);
}

// Values in the sets hashes stand for: no collision among many similar short strings, and a
// trailing zero byte (the padding of the last word) still changes the hash.
TEST(Hash64, DistinctValuesGetDistinctHashes) {
  std::unordered_set<std::uint64_t> seen;
  for (int i = 0; i < 200000; ++i) {
    EXPECT_TRUE(seen.insert(hash64("90" + std::to_string(i))).second) << i;
  }
  EXPECT_NE(hash64(std::string_view("a", 1)), hash64(std::string_view("a\0", 2)));
  EXPECT_NE(hash64(""), hash64(std::string_view("\0", 1)));
  EXPECT_NE(hash64("12345678"), hash64("123456789"));
}

TEST(FirstRowMap, FindsFirstRowAndClearsInConstantTime) {
  FirstRowMap m;
  EXPECT_EQ(m.find_or_insert(hash64("a"), 1), 0u);
  EXPECT_EQ(m.find_or_insert(hash64("b"), 2), 0u);
  EXPECT_EQ(m.find_or_insert(hash64("a"), 3), 1u);
  EXPECT_EQ(m.size(), 2u);
  m.clear();
  EXPECT_EQ(m.size(), 0u);
  EXPECT_EQ(m.find_or_insert(hash64("a"), 7), 0u);
  EXPECT_EQ(m.find_or_insert(hash64("a"), 8), 7u);
}

TEST(FirstRowMap, GrowsAndKeepsEntries) {
  FirstRowMap m;
  for (std::uint64_t i = 1; i <= 10000; ++i)
    EXPECT_EQ(m.find_or_insert(hash64(std::to_string(i)), i), 0u);
  for (std::uint64_t i = 1; i <= 10000; ++i)
    EXPECT_EQ(m.find_or_insert(hash64(std::to_string(i)), 0), i);
  const std::size_t cap = m.capacity();
  EXPECT_GE(cap, 20000u);
  m.clear();
  EXPECT_EQ(m.capacity(), cap);  // capacity kept between groups
  EXPECT_EQ(m.find_or_insert(hash64("5"), 42), 0u);
  m.release_if_larger_than(4096);
  EXPECT_EQ(m.capacity(), 0u);
  EXPECT_EQ(m.find_or_insert(hash64("5"), 43), 0u);
  EXPECT_EQ(m.find_or_insert(hash64("5"), 44), 43u);
}

TEST(FirstRowMap, FindLooksWithoutInserting) {
  FirstRowMap m;
  EXPECT_EQ(m.find(hash64("a")), 0u);  // no table yet
  for (std::uint64_t i = 1; i <= 1000; ++i) m.find_or_insert(hash64(std::to_string(i)), i * 2);
  for (std::uint64_t i = 1; i <= 1000; ++i) EXPECT_EQ(m.find(hash64(std::to_string(i))), i * 2);
  EXPECT_EQ(m.find(hash64("1001")), 0u);
  EXPECT_EQ(m.size(), 1000u);  // find added nothing
  m.clear();
  EXPECT_EQ(m.find(hash64("1")), 0u);  // cleared entries are gone, though the slots remain
}

}  // namespace
}  // namespace cerslint::values
