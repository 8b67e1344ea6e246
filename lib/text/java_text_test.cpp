// Unit tests for the Java string semantics in java_text.hpp. Expected values are what Java 17
// (Character, Integer, String, commons-lang StringUtils) returns for the same text; malformed
// UTF-8 is expected to behave as the U+FFFD characters Java's decoder would have produced.
#include "text/java_text.hpp"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace cerslint::text {
namespace {

using namespace std::string_literals;

const std::string kFffd = "\xEF\xBF\xBD";

std::string enc(char32_t cp) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(out);
  return out;
}

std::string repeat_fffd(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += kFffd;
  return out;
}

// ICU's own repair, which follows Unicode's maximal-subpart practice exactly.
std::string icu_repair(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toUTF8String(out);
  return out;
}

// --- is_java_whitespace -------------------------------------------------------------------

TEST(JavaWhitespace, AsciiSet) {
  const std::set<char32_t> expected = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20};
  for (char32_t cp = 0; cp < 0x80; ++cp) {
    EXPECT_EQ(is_java_whitespace(cp), expected.count(cp) == 1)
        << "cp " << static_cast<std::uint32_t>(cp);
  }
}

TEST(JavaWhitespace, ExhaustiveMatchesJava17List) {
  // Character.isWhitespace is true for exactly these code points in Java 17.
  std::set<char32_t> expected = {0x1680, 0x2028, 0x2029, 0x205F, 0x3000};
  for (char32_t cp : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20}) {
    expected.insert(cp);
  }
  for (char32_t cp = 0x2000; cp <= 0x200A; ++cp) {
    if (cp != 0x2007) expected.insert(cp);
  }
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    ASSERT_EQ(is_java_whitespace(cp), expected.count(cp) == 1)
        << "cp " << std::hex << static_cast<std::uint32_t>(cp);
  }
  EXPECT_FALSE(is_java_whitespace(0x110000));
}

TEST(JavaWhitespace, NamedCases) {
  EXPECT_FALSE(is_java_whitespace(0x00A0));  // NO-BREAK SPACE
  EXPECT_FALSE(is_java_whitespace(0x2007));  // FIGURE SPACE
  EXPECT_FALSE(is_java_whitespace(0x202F));  // NARROW NO-BREAK SPACE
  EXPECT_FALSE(is_java_whitespace(0x0085));  // NEL is a control, not whitespace in Java
  EXPECT_FALSE(is_java_whitespace(0x180E));  // MONGOLIAN VOWEL SEPARATOR is Cf since Unicode 6.3
  EXPECT_FALSE(is_java_whitespace(0x200B));  // ZERO WIDTH SPACE is Cf
  EXPECT_FALSE(is_java_whitespace(0xFEFF));  // BOM
  EXPECT_FALSE(is_java_whitespace(0xFFFD));
  EXPECT_TRUE(is_java_whitespace(0x2003));  // EM SPACE
  EXPECT_TRUE(is_java_whitespace(0x3000));  // IDEOGRAPHIC SPACE
  EXPECT_TRUE(is_java_whitespace(0x001C));  // FILE SEPARATOR
  EXPECT_TRUE(is_java_whitespace(0x000B));  // VT
  EXPECT_TRUE(is_java_whitespace(0x2028));  // LINE SEPARATOR
  EXPECT_TRUE(is_java_whitespace(0x2029));  // PARAGRAPH SEPARATOR
}

// --- is_blank -----------------------------------------------------------------------------

TEST(IsBlank, Ascii) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" "));
  EXPECT_TRUE(is_blank(" \t\n\v\f\r"));
  EXPECT_TRUE(is_blank("\x1C\x1D\x1E\x1F"));
  EXPECT_FALSE(is_blank("a"));
  EXPECT_FALSE(is_blank("  a  "));
  EXPECT_FALSE(is_blank("\x01"));
  EXPECT_FALSE(is_blank("\0"s));
}

TEST(IsBlank, Unicode) {
  EXPECT_TRUE(is_blank("\u2003"));
  EXPECT_TRUE(is_blank(" \u3000\t\u2003\u2028 "));
  EXPECT_FALSE(is_blank("\u00A0"));
  EXPECT_FALSE(is_blank(" \u00A0 "));
  EXPECT_FALSE(is_blank("\u202F"));
  EXPECT_FALSE(is_blank("\u0085"));
  EXPECT_FALSE(is_blank(kFffd));
}

TEST(IsBlank, MalformedIsNotWhitespace) {
  EXPECT_FALSE(is_blank("\xFF"));
  EXPECT_FALSE(is_blank(" \x80 "));
  EXPECT_FALSE(is_blank("\xE2\x80"));          // EM SPACE cut short
  EXPECT_FALSE(is_blank("\xE2\x80\x83\x83"));  // EM SPACE plus a stray continuation byte
  EXPECT_FALSE(is_blank("\xC0\xA0"));          // overlong space
}

// --- strip / strip_to_null -----------------------------------------------------------------

TEST(Strip, Ascii) {
  EXPECT_EQ(strip("\t ELA \t"), "ELA");
  EXPECT_EQ(strip("ELA"), "ELA");
  EXPECT_EQ(strip(""), "");
  EXPECT_EQ(strip("   "), "");
  EXPECT_EQ(strip(" a b "), "a b");
  EXPECT_EQ(strip("\r\n2018\r\n"), "2018");
  EXPECT_EQ(strip("\x1Cx\x1F"), "x");
  EXPECT_EQ(strip("\x01x\x01"), "\x01x\x01");
}

TEST(Strip, ReturnsViewIntoInput) {
  const std::string input = "  ELA  ";
  const std::string_view out = strip(input);
  EXPECT_EQ(out.data(), input.data() + 2);
  EXPECT_EQ(out.size(), 3U);
  const std::string unicode = "\u3000x\u2003";
  EXPECT_EQ(strip(unicode).data(), unicode.data() + 3);
}

TEST(Strip, Unicode) {
  EXPECT_EQ(strip("\u3000ELA\u2003"), "ELA");
  EXPECT_EQ(strip("\u2003 \t\u3000"), "");
  EXPECT_EQ(strip("\u2028x\u2029"), "x");
  EXPECT_EQ(strip("\u00A0ELA\u00A0"), "\u00A0ELA\u00A0");
  EXPECT_EQ(strip(" \u00A0 "), "\u00A0");
  EXPECT_EQ(strip("\u0085x\u0085"), "\u0085x\u0085");
  EXPECT_EQ(strip(" Jos\u00E9 "), "Jos\u00E9");
  EXPECT_EQ(strip("\u00E9"), "\u00E9");
  EXPECT_EQ(strip("a\U0001F600 "), "a\U0001F600");
  EXPECT_EQ(strip("\u3000\u5317\u4EAC\u3000"), "\u5317\u4EAC");
}

TEST(Strip, StopsAtMalformedBytes) {
  EXPECT_EQ(strip(" \xFF "), "\xFF");
  EXPECT_EQ(strip("\u2003\xFF \u2003"), "\xFF");
  EXPECT_EQ(strip(" \x83"), "\x83");
  EXPECT_EQ(strip("\x83 "), "\x83");
  EXPECT_EQ(strip(" a\xE2\x80"), "a\xE2\x80");  // truncated EM SPACE is not whitespace
  EXPECT_EQ(strip("\xE2\x80 a"), "\xE2\x80 a");
  EXPECT_EQ(strip("\xE2\xE2\x80\x83"), "\xE2");  // stray lead, then a real EM SPACE
  EXPECT_EQ(strip("\x80\x80\x80\xE2\x80\x83"), "\x80\x80\x80");
  EXPECT_EQ(strip("a\xE2\x80\x83\x83"), "a\xE2\x80\x83\x83");  // EM SPACE + stray continuation
  EXPECT_EQ(strip("a\x83\x83\x83\x83"), "a\x83\x83\x83\x83");
  EXPECT_EQ(strip("\xC0\xA0x\xC0\xA0"), "\xC0\xA0x\xC0\xA0");  // overlong spaces
}

TEST(StripToNull, Cases) {
  EXPECT_EQ(strip_to_null(""), std::nullopt);
  EXPECT_EQ(strip_to_null("  \t"), std::nullopt);
  EXPECT_EQ(strip_to_null("\u3000\u2003"), std::nullopt);
  EXPECT_EQ(strip_to_null(" x "), std::optional<std::string_view>("x"));
  EXPECT_EQ(strip_to_null("\u00A0"), std::optional<std::string_view>("\u00A0"));
  EXPECT_EQ(strip_to_null(" \xFF "), std::optional<std::string_view>("\xFF"));
}

// --- parse_java_int -----------------------------------------------------------------------

TEST(ParseJavaInt, Ascii) {
  EXPECT_EQ(parse_java_int("2018"), 2018);
  EXPECT_EQ(parse_java_int("+2018"), 2018);
  EXPECT_EQ(parse_java_int("-2018"), -2018);
  EXPECT_EQ(parse_java_int("0"), 0);
  EXPECT_EQ(parse_java_int("-0"), 0);
  EXPECT_EQ(parse_java_int("+0"), 0);
  EXPECT_EQ(parse_java_int("007"), 7);
  EXPECT_EQ(parse_java_int("00000000000000000000002018"), 2018);
}

TEST(ParseJavaInt, Rejected) {
  for (const char* s : {"", "+", "-", " 2018", "2018 ", "2018.0", "20 18", "--1", "+-1", "-+1",
                        "++1", "1e3", "0x10", "1,000", "abc", "12a", "\t1", "1\n"}) {
    EXPECT_EQ(parse_java_int(s), std::nullopt) << '"' << s << '"';
  }
}

TEST(ParseJavaInt, Int32Edges) {
  EXPECT_EQ(parse_java_int("2147483647"), 2147483647);
  EXPECT_EQ(parse_java_int("+2147483647"), 2147483647);
  EXPECT_EQ(parse_java_int("-2147483648"), std::numeric_limits<std::int32_t>::min());
  EXPECT_EQ(parse_java_int("-002147483648"), std::numeric_limits<std::int32_t>::min());
  EXPECT_EQ(parse_java_int("2147483648"), std::nullopt);
  EXPECT_EQ(parse_java_int("+2147483648"), std::nullopt);
  EXPECT_EQ(parse_java_int("-2147483649"), std::nullopt);
  EXPECT_EQ(parse_java_int("4294967296"), std::nullopt);
  EXPECT_EQ(parse_java_int("99999999999999999999999999999999"), std::nullopt);
}

TEST(ParseJavaInt, UnicodeDecimalDigits) {
  EXPECT_EQ(parse_java_int("\u0662\u0660\u0661\u0668"), 2018);  // Arabic-Indic
  EXPECT_EQ(parse_java_int("\u06F2\u06F0\u06F1\u06F8"), 2018);  // Extended Arabic-Indic
  EXPECT_EQ(parse_java_int("\u0968\u0966\u0967\u096E"), 2018);  // Devanagari
  EXPECT_EQ(parse_java_int("\uFF12\uFF10\uFF11\uFF18"), 2018);  // fullwidth
  EXPECT_EQ(parse_java_int("-\uFF12\uFF10\uFF11\uFF18"), -2018);
  EXPECT_EQ(parse_java_int("2\u06601\uFF18"), 2018);  // scripts may be mixed
  EXPECT_EQ(parse_java_int("\uFF12\uFF11\uFF14\uFF17\uFF14\uFF18\uFF13\uFF16\uFF14\uFF18"),
            std::nullopt);  // 2147483648, fullwidth
}

TEST(ParseJavaInt, NonDecimalNumbersRejected) {
  EXPECT_EQ(parse_java_int("\U0001D7CE"), std::nullopt);  // MATHEMATICAL BOLD DIGIT ZERO (Nd)
  EXPECT_EQ(parse_java_int("1\U0001D7CF"), std::nullopt);
  EXPECT_EQ(parse_java_int("\U000104A0"), std::nullopt);  // OSMANYA DIGIT ZERO (Nd)
  EXPECT_EQ(parse_java_int("\u00B2"), std::nullopt);      // SUPERSCRIPT TWO (No)
  EXPECT_EQ(parse_java_int("\u2460"), std::nullopt);      // CIRCLED DIGIT ONE (No)
  EXPECT_EQ(parse_java_int("\u216B"), std::nullopt);      // ROMAN NUMERAL TWELVE (Nl)
  EXPECT_EQ(parse_java_int("\u00BD"), std::nullopt);      // VULGAR FRACTION ONE HALF
  EXPECT_EQ(parse_java_int("\u3007"), std::nullopt);      // IDEOGRAPHIC NUMBER ZERO (Nl)
  EXPECT_EQ(parse_java_int("\uFF0D1"), std::nullopt);     // FULLWIDTH HYPHEN-MINUS is no sign
  EXPECT_EQ(parse_java_int("\u22121"), std::nullopt);     // MINUS SIGN is no sign
  EXPECT_EQ(parse_java_int("\uFF11\u00A0"), std::nullopt);
}

TEST(ParseJavaInt, MalformedRejected) {
  EXPECT_EQ(parse_java_int("1\xFF"), std::nullopt);
  EXPECT_EQ(parse_java_int("\xD9"), std::nullopt);  // Arabic-Indic digit cut short
  EXPECT_EQ(parse_java_int("2\xD9\xA0\xD9"), std::nullopt);
  EXPECT_EQ(parse_java_int("\xC0\xB1"), std::nullopt);  // overlong '1'
  EXPECT_EQ(parse_java_int(kFffd), std::nullopt);
}

TEST(ParseJavaInt, EveryBmpCodePointAlone) {
  // Exactly the BMP code points of category Nd parse, to their digit value.
  int digits = 0;
  for (char32_t cp = 0x80; cp <= 0xFFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const auto got = parse_java_int(enc(cp));
    if (u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) {
      ++digits;
      ASSERT_EQ(got, u_charDigitValue(static_cast<UChar32>(cp)))
          << std::hex << static_cast<std::uint32_t>(cp);
    } else {
      ASSERT_EQ(got, std::nullopt) << std::hex << static_cast<std::uint32_t>(cp);
    }
  }
  EXPECT_GT(digits, 300);
}

// --- equals_ignore_case -------------------------------------------------------------------

TEST(EqualsIgnoreCase, Ascii) {
  EXPECT_TRUE(equals_ignore_case("", ""));
  EXPECT_TRUE(equals_ignore_case("ELA", "ela"));
  EXPECT_TRUE(equals_ignore_case("eLa", "ElA"));
  EXPECT_TRUE(equals_ignore_case("Math 7-8", "MATH 7-8"));
  EXPECT_FALSE(equals_ignore_case("ELA", "ELB"));
  EXPECT_FALSE(equals_ignore_case("ELA", "EL"));
  EXPECT_FALSE(equals_ignore_case("a", ""));
  EXPECT_FALSE(
      equals_ignore_case("@", "`"));  // 0x40/0x60 differ by the case bit but are not letters
  EXPECT_FALSE(equals_ignore_case("[", "{"));
}

TEST(EqualsIgnoreCase, SimpleCaseMappingOnly) {
  EXPECT_FALSE(equals_ignore_case("\u00DF", "SS"));  // ß has no simple upper-case
  EXPECT_FALSE(equals_ignore_case("stra\u00DFe", "STRASSE"));
  EXPECT_TRUE(equals_ignore_case("\u00DF", "\u1E9E"));  // ß and capital sharp s
  EXPECT_FALSE(equals_ignore_case("\uFB01", "FI"));     // ligature fi is one code point
  EXPECT_FALSE(equals_ignore_case("\uFB01", "fi"));
  EXPECT_TRUE(equals_ignore_case("\u01C5", "\u01C6"));  // ǅ ǆ
  EXPECT_TRUE(equals_ignore_case("\u01C4", "\u01C5"));  // Ǆ ǅ
  EXPECT_TRUE(equals_ignore_case("\u03A3", "\u03C2"));  // Σ ς
  EXPECT_TRUE(equals_ignore_case("\u03C3", "\u03C2"));  // σ ς
  EXPECT_TRUE(equals_ignore_case("\u041F\u0420\u0418", "\u043F\u0440\u0438"));
  EXPECT_TRUE(equals_ignore_case("Jos\u00C9", "jos\u00E9"));
  EXPECT_FALSE(equals_ignore_case("Jose", "Jos\u00E9"));
  EXPECT_TRUE(equals_ignore_case("\U00010400", "\U00010428"));  // Deseret, supplementary plane
}

TEST(EqualsIgnoreCase, NonAsciiMatchingAscii) {
  EXPECT_TRUE(equals_ignore_case("k", "\u212A"));  // KELVIN SIGN
  EXPECT_TRUE(equals_ignore_case("\u212A", "K"));
  EXPECT_TRUE(equals_ignore_case("s", "\u017F"));       // LONG S
  EXPECT_TRUE(equals_ignore_case("i", "\u0130"));       // İ lower-cases to i (simple mapping)
  EXPECT_TRUE(equals_ignore_case("I", "\u0131"));       // ı upper-cases to I
  EXPECT_TRUE(equals_ignore_case("\u00E5", "\u212B"));  // ANGSTROM SIGN
  EXPECT_TRUE(equals_ignore_case("Kelvin", "\u212Aelvin"));
  EXPECT_FALSE(equals_ignore_case("k", "\u212A\u212A"));
}

TEST(EqualsIgnoreCase, MalformedComparesAsReplacement) {
  EXPECT_TRUE(equals_ignore_case("\xFF", kFffd));
  EXPECT_TRUE(equals_ignore_case("a\xFF", "A\xFE"));
  EXPECT_TRUE(equals_ignore_case("\xE2\x80", "\xFF"));  // one ill-formed subpart each
  EXPECT_FALSE(equals_ignore_case("\xFF\xFF", "\xFF"));
  EXPECT_FALSE(equals_ignore_case("\xC0\xAF", "\xFF"));  // overlong: two subparts
  EXPECT_TRUE(equals_ignore_case("\xC0\xAF", "\x80\x80"));
  EXPECT_TRUE(equals_ignore_case("\xED\xA0\x80", "\xFF"));  // Java: one U+FFFD per surrogate
  EXPECT_FALSE(equals_ignore_case("x\xFF", "x"));
}

// --- to_lower -----------------------------------------------------------------------------

TEST(ToLower, Ascii) {
  EXPECT_EQ(to_lower(""), "");
  EXPECT_EQ(to_lower("ELA"), "ela");
  EXPECT_EQ(to_lower("MiXeD 123 @[`{"), "mixed 123 @[`{");
  EXPECT_EQ(to_lower("ISTANBUL"), "istanbul");  // root locale, not Turkish
  EXPECT_EQ(to_lower("A\0B"s), "a\0b"s);
}

TEST(ToLower, FullLowerCasing) {
  EXPECT_EQ(to_lower("\u0130"), "i\u0307");  // İ becomes i + COMBINING DOT ABOVE
  EXPECT_EQ(to_lower("\u0130STANBUL"), "i\u0307stanbul");
  EXPECT_EQ(to_lower("\uFB01"), "\uFB01");  // ﬁ is already lower-case
  EXPECT_EQ(to_lower("\uFB01N"), "\uFB01n");
  EXPECT_EQ(to_lower("\u00DF"), "\u00DF");
  EXPECT_EQ(to_lower("\u1E9E"), "\u00DF");  // capital sharp s
  EXPECT_EQ(to_lower("\u00C0\u00C9\u00CE"), "\u00E0\u00E9\u00EE");
  EXPECT_EQ(to_lower("JOS\u00C9"), "jos\u00E9");
  EXPECT_EQ(to_lower("\u01C4\u01C5"), "\u01C6\u01C6");
  EXPECT_EQ(to_lower("\u212A"), "k");       // KELVIN SIGN
  EXPECT_EQ(to_lower("\u2126"), "\u03C9");  // OHM SIGN
  EXPECT_EQ(to_lower("\U00010400"), "\U00010428");
  EXPECT_EQ(to_lower("\u041C\u0410\u0422"), "\u043C\u0430\u0442");
}

TEST(ToLower, FinalSigma) {
  EXPECT_EQ(to_lower("\u039F\u0394\u039F\u03A3"), "\u03BF\u03B4\u03BF\u03C2");  // ΟΔΟΣ -> οδος
  EXPECT_EQ(to_lower("\u03A3"), "\u03C3");
  EXPECT_EQ(to_lower("\u03A3\u0391"), "\u03C3\u03B1");
  EXPECT_EQ(to_lower("A\u03A3"),
            "a\u03C2");  // an ASCII letter counts as the preceding cased letter
}

TEST(ToLower, MalformedBecomesReplacement) {
  EXPECT_EQ(to_lower("A\xFF"), "a" + kFffd);
  EXPECT_EQ(to_lower("\xC3"), kFffd);
  EXPECT_EQ(to_lower("A\xED\xA0\x80"
                     "B"),
            "a" + kFffd + "b");
  EXPECT_EQ(to_lower("\xC0\xAF\u00C9"), repeat_fffd(2) + "\u00E9");
}

// --- is_valid_utf8 / to_valid_utf8 --------------------------------------------------------

TEST(Utf8, ValidInputUnchanged) {
  for (const std::string& s :
       {""s, "abc"s, "a\0b"s, "\u00E9"s, "\u20AC"s, "\U0001F600"s, "\U0010FFFF"s, "\uD7FF"s,
        "\uE000"s, "\uFFFD"s, "\u0080"s, "\u07FF"s, "\u0800"s, "\U00010000"s,
        "Jos\u00E9 \u5317\u4EAC \U0001F600 and a longer ASCII tail to cross word boundaries"s}) {
    EXPECT_TRUE(is_valid_utf8(s)) << s;
    EXPECT_EQ(to_valid_utf8(s), s);
  }
}

TEST(Utf8, MaximalSubparts) {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"\xFF", kFffd},
      {"\x80\xBF", repeat_fffd(2)},
      {"\xC0\xAF", repeat_fffd(2)},  // overlong '/'
      {"\xC1\xBF", repeat_fffd(2)},
      {"\xE0\x80\xAF", repeat_fffd(3)},
      {"\xF0\x80\x80\xAF", repeat_fffd(4)},
      {"\xF4\x90\x80\x80", repeat_fffd(4)},  // above U+10FFFF
      {"\xF5\x80\x80\x80", repeat_fffd(4)},
      {"\xF8\x88\x80\x80\x80", repeat_fffd(5)},
      {"\xC3", kFffd},
      {"\xC3"
       "A",
       kFffd + "A"},
      {"\xE2\x82", kFffd},  // truncated euro sign
      {"\xE2\x82"
       "A",
       kFffd + "A"},
      {"\xE2\x82\xE2\x82\xAC", kFffd + "\u20AC"},
      {"\xF0\x9F\x98", kFffd},
      {"\xF0\x9F\x98"
       "A",
       kFffd + "A"},
      {"\xF0\x9F"
       "A",
       kFffd + "A"},
      {"\xF0"
       "A",
       kFffd + "A"},
      {"\xF0\x9F\x98\x80\x80", "\U0001F600" + kFffd},
      // Unicode 15 chapter 3, table 3-8.
      {"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + repeat_fffd(3) + "b" + kFffd + "c" + repeat_fffd(2) + "d"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(is_valid_utf8(c.in)) << testing::PrintToString(c.in);
    EXPECT_EQ(to_valid_utf8(c.in), c.out) << testing::PrintToString(c.in);
    EXPECT_EQ(icu_repair(c.in), c.out) << "ICU agrees on " << testing::PrintToString(c.in);
  }
}

TEST(Utf8, EncodedSurrogatesFollowJava) {
  // Java's decoder replaces a whole 3-byte encoded surrogate (or its 2-byte prefix) with ONE
  // U+FFFD; ICU would emit one per byte. We follow Java.
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
  EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));
  EXPECT_EQ(to_valid_utf8("\xED\xA0\x80"), kFffd);
  EXPECT_EQ(to_valid_utf8("\xED\xBF\xBF"), kFffd);
  EXPECT_EQ(to_valid_utf8("\xED\xA0\xBD\xED\xB8\x80"), repeat_fffd(2));  // CESU-8 U+1F600
  EXPECT_EQ(to_valid_utf8("\xED\xA0"), kFffd);
  EXPECT_EQ(to_valid_utf8("\xED\xA0"
                          "A"),
            kFffd + "A");
  EXPECT_EQ(to_valid_utf8("\xED"
                          "A"),
            kFffd + "A");
  EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));             // U+D7FF
  EXPECT_EQ(icu_repair("\xED\xA0\x80"), repeat_fffd(3));  // the divergence, for the record
}

TEST(Utf8, BadByteAtEveryPositionOfALongString) {
  for (std::size_t pos = 0; pos < 21; ++pos) {
    std::string s(21, 'a');
    s[pos] = '\x80';
    EXPECT_FALSE(is_valid_utf8(s)) << pos;
    std::string expected(21, 'a');
    expected.replace(pos, 1, kFffd);
    EXPECT_EQ(to_valid_utf8(s), expected) << pos;
  }
}

// is_blank, strip and parse_java_int answer common values inline and call the full versions
// for the rest: both must agree on every string of one or two bytes, and on digit strings
// around the nine digits the inline year parse takes.
TEST(InlineFastPaths, AgreeWithTheFullVersions) {
  std::vector<std::string> inputs;
  for (int a = 0; a < 256; ++a) {
    inputs.emplace_back(1, static_cast<char>(a));
    for (int b = 0; b < 256; ++b) inputs.push_back({static_cast<char>(a), static_cast<char>(b)});
  }
  for (const char* digits : {"0", "2027", "000000007", "999999999", "1000000000", "2147483647",
                             "2147483648", "0000000000002027", "12a", "+5", "-5", "2 "}) {
    inputs.emplace_back(digits);
  }
  for (const std::string& s : inputs) {
    EXPECT_EQ(is_blank(s), detail::is_blank_beyond_first(s)) << s;
    EXPECT_EQ(strip(s), detail::strip_any(s)) << s;
    EXPECT_EQ(parse_java_int(s), detail::parse_java_int_any(s)) << s;
  }
}

// is_ascii reads words, an overlapping last word and, under eight bytes, single bytes: a high
// byte must be seen at every position of every length those paths take.
TEST(IsAscii, HighByteAtEveryPositionOfEveryShortLength) {
  for (std::size_t n = 0; n <= 24; ++n) {
    const std::string plain(n, '\x7F');
    EXPECT_TRUE(is_ascii(plain)) << n;
    EXPECT_TRUE(is_valid_utf8(plain)) << n;
    for (std::size_t pos = 0; pos < n; ++pos) {
      std::string s = plain;
      s[pos] = '\x80';
      EXPECT_FALSE(is_ascii(s)) << n << " " << pos;
      EXPECT_FALSE(is_valid_utf8(s)) << n << " " << pos;
      s[pos] = 'e';
      s.replace(pos, 1, "\xC3\xA9");  // é: not ASCII, but valid UTF-8
      EXPECT_FALSE(is_ascii(s)) << n << " " << pos;
      EXPECT_TRUE(is_valid_utf8(s)) << n << " " << pos;
    }
  }
}

// equals_ignore_case compares whole words before bytes: a case difference, a real difference
// and a non-ASCII character that matches an ASCII one must be seen at every position.
TEST(EqualsIgnoreCase, DifferenceAtEveryPositionOfEveryShortLength) {
  for (std::size_t n = 1; n <= 24; ++n) {
    const std::string lower(n, 'k');
    for (std::size_t pos = 0; pos < n; ++pos) {
      std::string upper = lower;
      upper[pos] = 'K';
      EXPECT_TRUE(equals_ignore_case(lower, upper)) << n << " " << pos;
      std::string other = lower;
      other[pos] = 'j';
      EXPECT_FALSE(equals_ignore_case(lower, other)) << n << " " << pos;
      std::string kelvin = lower;
      kelvin.replace(pos, 1, "\xE2\x84\xAA");  // U+212A KELVIN SIGN: its lower case is k
      EXPECT_TRUE(equals_ignore_case(lower, kelvin)) << n << " " << pos;
      EXPECT_FALSE(equals_ignore_case(lower + "k", kelvin)) << n << " " << pos;
    }
  }
}

TEST(Utf8, RandomBytesAgreeWithIcu) {
  // Bytes chosen around every boundary of the UTF-8 tables.
  const std::vector<unsigned char> alphabet = {
      0x00, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
      0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    const int len = length(rng);
    for (int k = 0; k < len; ++k) s.push_back(static_cast<char>(alphabet[pick(rng)]));
    const std::string icu = icu_repair(s);
    ASSERT_EQ(is_valid_utf8(s), icu == s) << testing::PrintToString(s);
    const std::string ours = to_valid_utf8(s);
    ASSERT_TRUE(is_valid_utf8(ours));
    // Only encoded surrogates (ED A0..BF) are grouped differently from ICU.
    if (s.find('\xED') == std::string::npos) {
      ASSERT_EQ(ours, icu) << testing::PrintToString(s);
    }
    // The other functions see the same units as to_valid_utf8.
    ASSERT_TRUE(equals_ignore_case(s, ours)) << testing::PrintToString(s);
    ASSERT_EQ(s.size() - strip(s).size(), ours.size() - strip(ours).size());
    ASSERT_EQ(is_blank(s), is_blank(ours));
  }
}

}  // namespace
}  // namespace cerslint::text
