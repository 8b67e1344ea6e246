#include "report/redact.hpp"

#include <gtest/gtest.h>

namespace cerslint::report {
namespace {

TEST(Redact, MasksIdentifiers) {
  EXPECT_EQ(mask_identifier("9000000107"), "********07");
  EXPECT_EQ(mask_identifier("ann.lee@example.org"), "***@example.org");
  EXPECT_EQ(mask_identifier("S1"), "****");  // short values would be given away by their length
}

TEST(Redact, MasksSsidsAndAddressesInTextButNotSchoolIds) {
  EXPECT_EQ(redact_text("Student 9000000107 is twice in group 5-1 at 01611766111330"),
            "Student ********07 is twice in group 5-1 at 01611766111330");
  EXPECT_EQ(redact_text("Login \"mailto:ann.lee@example.org\": use ann.lee@example.org"),
            "Login \"mailto:***@example.org\": use ***@example.org");
  // The row's own odd SSID, which no pattern would recognise.
  EXPECT_EQ(redact_text("SSID \"9O00000107\" is not 10 digits", "9O00000107"),
            "SSID \"********07\" is not 10 digits");
  // Eleven digits are not an SSID's shape; an "@" alone is not an address.
  EXPECT_EQ(redact_text("12345678901 @ x"), "12345678901 @ x");
}

class Collect final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding& f) override {
    text = std::string(f.message) + "|" + std::string(f.hint) + "|" + std::string(f.row.member);
  }
  std::string text;
};

TEST(Redact, SinkMasksMessageHintAndIdentity) {
  Collect out;
  RedactingSink sink(out);
  engine::Finding f;
  f.message = "Student 9000000107 has no teacher t.lee@example.org";
  f.hint = "Ask t.lee@example.org";
  f.row.member = "9000000107";
  sink.on_finding(f);
  EXPECT_EQ(out.text, "Student ********07 has no teacher ***@example.org|Ask ***@example.org|********07");
}

}  // namespace
}  // namespace cerslint::report
