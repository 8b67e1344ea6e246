#include "values/encoding.hpp"

#include <gtest/gtest.h>

namespace cerslint::values {
namespace {

using namespace std::string_view_literals;

TEST(Encoding, NonAsciiFastPath) {
  EXPECT_FALSE(has_non_ascii(""));
  EXPECT_FALSE(has_non_ascii("Period 1,01611766111330,2027,Math,9000000001,"));
  EXPECT_TRUE(has_non_ascii("Period 1,01611766111330,2027,Math,9000000001,\xE9"));
  EXPECT_TRUE(has_non_ascii("\x80"));
  EXPECT_TRUE(has_non_ascii("abcdefgh\xC3\xA9"));
}

TEST(Encoding, FirstUtf8Error) {
  EXPECT_FALSE(first_utf8_error("Espa\xC3\xB1ol").has_value());
  EXPECT_FALSE(first_utf8_error("\xF0\x9F\x98\x80 \xE2\x80\x99").has_value());
  auto e = first_utf8_error("Espa\xF1ol");  // Windows-1252 n-tilde: a 4-byte lead, then 'o'
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 4u);
  EXPECT_EQ(e->length, 1u);
  e = first_utf8_error("ab\xE2\x80");  // truncated 3-byte sequence: one maximal subpart
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 2u);
  EXPECT_EQ(e->length, 2u);
  e = first_utf8_error("\xED\xA0\x80");  // a surrogate: the lead alone
  ASSERT_TRUE(e);
  EXPECT_EQ(e->length, 1u);
  e = first_utf8_error("\xC0\xAF");  // overlong lead
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 0u);
  EXPECT_EQ(e->length, 1u);
  e = first_utf8_error("x\xF4\x90\x80\x80");  // above U+10FFFF
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 1u);
  EXPECT_EQ(e->length, 1u);
}

// ASCII is skipped a word at a time: a bad byte (or a good sequence, then a bad byte) after
// every length of ASCII run, at every place within a word, is still found where it is.
TEST(Encoding, FirstUtf8ErrorAfterAsciiRunsOfEveryLength) {
  for (std::size_t run = 0; run <= 40; ++run) {
    const std::string ascii(run, 'a');
    auto e = first_utf8_error(ascii + "\xF1" + ascii);
    ASSERT_TRUE(e) << run;
    EXPECT_EQ(e->offset, run);
    e = first_utf8_error(ascii + "\xC3\xB1" + ascii + "\xFF" + "tail");
    ASSERT_TRUE(e) << run;
    EXPECT_EQ(e->offset, 2 * run + 2);
    EXPECT_FALSE(first_utf8_error(ascii + "\xE2\x80\x99" + ascii).has_value()) << run;
    e = first_utf8_error(ascii + "\xE2\x80");  // cut short at the very end
    ASSERT_TRUE(e) << run;
    EXPECT_EQ(e->offset, run);
    EXPECT_EQ(e->length, 2u);
  }
}

TEST(Encoding, Utf16Heuristic) {
  const std::string_view le = "g\0r\0o\0u\0p\0_\0n\0a\0m\0e\0"sv;
  const std::string_view be = "\0g\0r\0o\0u\0p\0_\0n\0a\0m\0e"sv;
  EXPECT_EQ(looks_like_utf16(le, 0), Utf16Order::kLittleEndian);
  EXPECT_EQ(looks_like_utf16(be, 0), Utf16Order::kBigEndian);
  EXPECT_EQ(looks_like_utf16(le, 1), Utf16Order::kBigEndian);  // parity is by file offset
  EXPECT_EQ(looks_like_utf16("group_name,school_natural_id", 0), Utf16Order::kNone);
  EXPECT_EQ(looks_like_utf16("a\0b"sv, 0), Utf16Order::kNone);  // one stray NUL
  EXPECT_TRUE(file_is_utf16(true, "anything", 0));
  EXPECT_TRUE(file_is_utf16(false, le, 0));
  EXPECT_FALSE(file_is_utf16(false, "group_name", 0));
}

TEST(Encoding, GuessPrefersWindows1252) {
  const EncodingGuess spanish = guess_encoding("Ni\xF1os y ni\xF1""as de la se\xF1ora Pe\xF1""a,1,2\n");
  EXPECT_EQ(spanish.icu_name, "windows-1252");
  EXPECT_EQ(spanish.label, "Windows-1252");
  EXPECT_TRUE(spanish.confident);
  const EncodingGuess quotes = guess_encoding("\x93Period 1\x94,01611766111330\n");
  EXPECT_EQ(quotes.icu_name, "windows-1252");
  // Too short for ICU (it says UTF-8): still Windows-1252, but not confident.
  const EncodingGuess cafe = guess_encoding("Caf\xE9");
  EXPECT_EQ(cafe.icu_name, "windows-1252");
  EXPECT_FALSE(cafe.confident);
  EXPECT_EQ(guess_encoding("").icu_name, "windows-1252");
}

TEST(Encoding, DecodeWithIcu) {
  EXPECT_EQ(decode_to_utf8("\xE9", "windows-1252"), "\xC3\xA9");        // é
  EXPECT_EQ(decode_to_utf8("\x92", "windows-1252"), "\xE2\x80\x99");    // ’
  EXPECT_EQ(decode_to_utf8("Espa\xF1ol", "windows-1252"), "Espa\xC3\xB1ol");
  EXPECT_EQ(decode_to_utf8("x", "no-such-charset"), "");
  EXPECT_EQ(hex_bytes("\xE9"), "0xE9");
  EXPECT_EQ(hex_bytes("\xE2\x80"), "0xE2 0x80");
}

}  // namespace
}  // namespace cerslint::values
