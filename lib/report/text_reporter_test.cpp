// escape_for_terminal: printable ASCII passes through (the word-at-a-time fast path), everything
// else is shown as an escape, whatever its position in the string.
#include "report/text_reporter.hpp"

#include <gtest/gtest.h>

#include <string>

namespace cerslint::report {
namespace {

TEST(EscapeForTerminal, EveryByteAtEveryPositionOfAWord) {
  for (int b = 0; b < 256; ++b) {
    for (std::size_t at = 0; at < 17; ++at) {
      std::string s(17, 'a');
      s[at] = static_cast<char>(b);
      const std::string shown = escape_for_terminal(s);
      const bool printable = b >= 0x20 && b < 0x7F;
      if (printable) {
        EXPECT_EQ(shown, s) << "byte " << b << " at " << at;
      } else {
        EXPECT_NE(shown, s) << "byte " << b << " at " << at << " was not escaped";
        EXPECT_EQ(shown.find(static_cast<char>(b)), std::string::npos) << "byte " << b;
      }
    }
  }
}

TEST(EscapeForTerminal, KnownEscapes) {
  EXPECT_EQ(escape_for_terminal("a\tb\r\nc"), "a\\tb\\r\\nc");
  EXPECT_EQ(escape_for_terminal("Caf\xC3\xA9 \xC2\xA0x"), "Caf\xC3\xA9 \\u{a0}x");
  EXPECT_EQ(escape_for_terminal("bad \xFF byte"), "bad \\xff byte");
}

}  // namespace
}  // namespace cerslint::report
