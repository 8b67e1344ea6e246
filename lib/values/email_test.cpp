#include "text/java_text.hpp"
#include "values/email.hpp"

#include <gtest/gtest.h>

namespace cerslint::values {
namespace {

using P = EmailProblem;

TEST(Email, JavaWhitespaceMirrorsTextStrip) {
  const std::string nbsp = "\xC2\xA0", em = "\xE2\x80\x83", zwsp = "\xE2\x80\x8B";
  EXPECT_EQ(text::strip(" \t ann@example.org\r\n"), "ann@example.org");
  EXPECT_EQ(text::strip(em + "ann" + em), "ann");      // em space: Java whitespace
  EXPECT_EQ(text::strip(nbsp + "ann"), nbsp + "ann");  // no-break space is not
  EXPECT_EQ(text::strip("ann" + zwsp), "ann" + zwsp);  // nor zero-width space
  EXPECT_EQ(text::strip(std::string("\x1F") + "ann"), "ann");  // U+001F is
  EXPECT_TRUE(text::is_blank(""));
  EXPECT_TRUE(text::is_blank(" \t\xE3\x80\x80"));  // ideographic space
  EXPECT_FALSE(text::is_blank("\xC2\xA0"));
  EXPECT_FALSE(text::is_blank("\xE2"));  // malformed: U+FFFD, not whitespace
}

TEST(Email, GoodAddresses) {
  for (std::string_view s :
       {"ann@example.org", "Ann.Lee@Example.ORG", "a.b-c_d+tag@mail.example.org",
        "o'brien@example.org", "x!#$%&'*+/=?^_`{|}~-@example.org", "a@b.co",
        "a@xn--bcher-kva.example", "a@example.xn--p1ai", "a@sub-domain.k12.ca.us",
        "a@123.example.org"}) {
    EXPECT_EQ(check_addr_spec(s), P::kNone) << s;
  }
}

TEST(Email, IdnDomains) {
  EXPECT_EQ(check_addr_spec("ann@b\xC3\xBC"
                            "cher.example"),
            P::kNone);  // bücher
  EXPECT_EQ(check_addr_spec("ann@\xE4\xBE\x8B\xE5\xAD\x90.\xE4\xB8\xAD\xE5\x9B\xBD"), P::kNone);
  EXPECT_EQ(check_addr_spec("ann@B\xC3\x9C"
                            "CHER.example"),
            P::kNone);  // upper case
  EXPECT_EQ(check_addr_spec("ann@b\xC3\xBC"
                            "cher_x.example"),
            P::kIdna);  // '_' (STD3)
  EXPECT_EQ(check_addr_spec("ann@b\xC3\xBC"
                            "cher"),
            P::kIdna);                                               // no dot
  EXPECT_EQ(check_addr_spec("ann@\xE2\x98\x83.example"), P::kNone);  // snowman: UTS46 allows
}

TEST(Email, BadAddresses) {
  EXPECT_EQ(check_addr_spec("ann.example.org"), P::kNoAt);
  EXPECT_EQ(check_addr_spec("ann@x@example.org"), P::kManyAt);
  EXPECT_EQ(check_addr_spec("@example.org"), P::kEmptyLocal);
  EXPECT_EQ(check_addr_spec("\"ann lee\"@example.org"), P::kQuotedLocal);
  EXPECT_EQ(check_addr_spec("ann lee@example.org"), P::kLocalChar);
  EXPECT_EQ(check_addr_spec("ann(x)@example.org"), P::kLocalChar);
  EXPECT_EQ(check_addr_spec("jos\xC3\xA9@example.org"), P::kLocalChar);
  EXPECT_EQ(check_addr_spec(".ann@example.org"), P::kLocalDots);
  EXPECT_EQ(check_addr_spec("ann.@example.org"), P::kLocalDots);
  EXPECT_EQ(check_addr_spec("ann..lee@example.org"), P::kLocalDots);
  EXPECT_EQ(check_addr_spec(std::string(65, 'a') + "@example.org"), P::kLocalTooLong);
  EXPECT_EQ(check_addr_spec("ann@"), P::kEmptyDomain);
  EXPECT_EQ(check_addr_spec("ann@[192.0.2.1]"), P::kDomainLiteral);
  EXPECT_EQ(check_addr_spec("ann@localhost"), P::kDomainNoDot);
  EXPECT_EQ(check_addr_spec("ann@exa_mple.org"), P::kDomainChar);
  EXPECT_EQ(check_addr_spec("ann@example.org;"), P::kDomainChar);
  EXPECT_EQ(check_addr_spec("ann@example..org"), P::kDomainLabel);
  EXPECT_EQ(check_addr_spec("ann@.example.org"), P::kDomainLabel);
  EXPECT_EQ(check_addr_spec("ann@example.org."), P::kDomainLabel);
  EXPECT_EQ(check_addr_spec("ann@" + std::string(64, 'a') + ".org"), P::kDomainLabel);
  EXPECT_EQ(check_addr_spec("ann@-example.org"), P::kDomainHyphen);
  EXPECT_EQ(check_addr_spec("ann@example-.org"), P::kDomainHyphen);
  EXPECT_EQ(check_addr_spec("ann@example.c0m"), P::kTopLevel);
  EXPECT_EQ(check_addr_spec("ann@example.c"), P::kTopLevel);
  EXPECT_EQ(check_addr_spec("ann@192.0.2.1"), P::kTopLevel);
  std::string long_domain = "ann@";
  for (int i = 0; i < 5; ++i) long_domain += std::string(60, 'a') + ".";
  long_domain += "org";
  EXPECT_EQ(check_addr_spec(long_domain), P::kTooLong);
}

std::string describe(std::string_view s) {
  std::string out;
  describe_email_problem(check_addr_spec(s), s, out);
  return out;
}

TEST(Email, Descriptions) {
  EXPECT_EQ(describe("ann.example.org"), "has no @");
  EXPECT_EQ(describe("ann lee@example.org"), "has a space before the @");
  EXPECT_EQ(describe("ann\xE2\x80\x99s@example.org"),
            "has a right single quote (U+2019) before the @");
  EXPECT_EQ(describe("ann@example.org;"), "has ';' after the @");
  EXPECT_EQ(describe("ann@example"), "has no dot after the @ (\"example\" is not a full domain)");
  EXPECT_EQ(describe("ann@example.c0m"), "ends in \".c0m\", which is not a top-level domain");
  EXPECT_EQ(describe("ann@example.org."), "ends with a dot");
  EXPECT_EQ(describe("ann..lee@example.org"), "has two dots in a row before the @");
}

TEST(Email, PlainBytesFastPath) {
  EXPECT_TRUE(is_plain_login_bytes("ann@example.org"));
  EXPECT_TRUE(is_plain_login_bytes("ann..@x"));  // plain bytes, still a bad address
  EXPECT_FALSE(is_plain_login_bytes("ann@example.org "));
  EXPECT_FALSE(is_plain_login_bytes("a@x.org;b@x.org"));
  EXPECT_FALSE(is_plain_login_bytes("mailto:a@x.org"));
  EXPECT_FALSE(is_plain_login_bytes("<a@x.org>"));
  EXPECT_FALSE(is_plain_login_bytes("a@x@y"));
  EXPECT_FALSE(is_plain_login_bytes("ann.example.org"));
  EXPECT_FALSE(is_plain_login_bytes("ann@example.org\xC2\xA0"));
}

TEST(Email, Splitting) {
  EXPECT_EQ(count_addresses("ann@example.org"), 1u);
  EXPECT_EQ(count_addresses("ann@example.org; bob@example.org"), 2u);
  EXPECT_EQ(count_addresses("ann@example.org,bob@example.org,cy@example.org"), 3u);
  // An @ right inside a comment or brackets has no text on that side: no second address.
  EXPECT_EQ(count_addresses("a.rivera@example.org (@nn Rivera)"), 1u);
  EXPECT_EQ(count_addresses("a.rivera@example.org <@example.org>"), 1u);
  // A wide space (U+3000, whitespace to Java) beside the '@' is no text: L004 trims it from the
  // ends of a login, which would leave `@example.org` (found by fuzz_fix).
  EXPECT_EQ(count_addresses("a.rivera@example.org,\u3000@example.org"), 1u);
  EXPECT_EQ(count_addresses("a.rivera@example.org,b.lee@\u3000example.org"), 1u);
  EXPECT_EQ(count_addresses("a.rivera@example.org,\u00E9@example.org"), 2u);  // a letter is text
  EXPECT_EQ(count_addresses("ann@example.org bob@example.org"), 2u);
  EXPECT_EQ(count_addresses("ann@example.org\nbob@example.org"), 2u);
  EXPECT_EQ(count_addresses("ann@example.org;"), 1u);
  EXPECT_EQ(count_addresses("Ann Lee <ann@example.org>"), 1u);
  EXPECT_EQ(count_addresses("\"Lee, Ann\" <ann@example.org>"), 1u);
  EXPECT_EQ(count_addresses("\"ann@example.org\" <ann@example.org>"), 1u);
  EXPECT_EQ(count_addresses("Ann Lee <ann@example.org>; Bob Wu <bob@example.org>"), 2u);
  EXPECT_EQ(count_addresses("ann @ example.org"), 0u);
  EXPECT_EQ(count_addresses("ann lee@example.org"), 1u);
  // U+001C-U+001F separate like spaces: `a@<U+001D>b` names nobody (found by fuzz_fix).
  EXPECT_EQ(count_addresses("ann@\x1d" "example.org"), 0u);
  EXPECT_EQ(count_addresses("ann@example.org\x1f" "bo@example.org"), 2u);
}

TEST(Email, DisplayNamesAndMailto) {
  EXPECT_EQ(unwrap_login("mailto:ann@example.org"), "ann@example.org");
  EXPECT_EQ(unwrap_login("MailTo:ann@example.org?subject=Hi"), "ann@example.org");
  EXPECT_EQ(unwrap_login("Ann Lee <ann@example.org>"), "ann@example.org");
  EXPECT_EQ(unwrap_login("\"Lee, Ann\" <ann@example.org>"), "ann@example.org");
  EXPECT_EQ(unwrap_login("<ann@example.org>"), "ann@example.org");
  // An unpaired quote: what is quoted is unclear, so no address is taken (found by fuzz_fix).
  EXPECT_EQ(unwrap_login("\"a@example.org\" <b@example.org\" <c@example.org>"), std::nullopt);
  EXPECT_EQ(unwrap_login("MAILTO:b.l\te@example.org?subject=Groups"), std::nullopt);
  EXPECT_EQ(unwrap_login("mailto:ann@example.org?cc=bo@example.org"), std::nullopt);  // bo too
  EXPECT_EQ(unwrap_login("mailto:ann\x1f" "bo@example.org"), std::nullopt);
  EXPECT_EQ(unwrap_login("mailto:ann<bo@example.org>"), std::nullopt);  // would unwrap again
  EXPECT_EQ(unwrap_login("ann@example.org?s <bo@example.org>"), std::nullopt);  // two addresses
  // No text before or after the '@': no address to vouch for (found by fuzz_fix).
  EXPECT_EQ(unwrap_login("MAILTO:b.lee@"), std::nullopt);
  EXPECT_EQ(unwrap_login("Bo Lee <@example.org>"), std::nullopt);
  EXPECT_EQ(unwrap_login("ann@example.org (bo@example.org)"), std::nullopt);
  // What would unwrap again, or names two people: left for a person (found by fuzz_fix).
  EXPECT_EQ(unwrap_login("mailto:mailto:ann@example.org"), std::nullopt);
  EXPECT_EQ(unwrap_login("mailto:mailto:a@AILTO:b.lee@example.org?subject"), std::nullopt);
  EXPECT_EQ(unwrap_login("<ann@bo@example.org>"), std::nullopt);
  EXPECT_EQ(unwrap_login("\"ann@example.org\" <ann@example.org>"), "ann@example.org");
  EXPECT_EQ(unwrap_login("Ann Lee <ann@example.org>;"), "ann@example.org");
  EXPECT_EQ(unwrap_login("<mailto:ann@example.org>"), "ann@example.org");
  EXPECT_EQ(unwrap_login("ann@example.org (Ann Lee)"), "ann@example.org");
  EXPECT_EQ(unwrap_login("ann@example.org;"), "ann@example.org");
  EXPECT_EQ(unwrap_login("ann@example.org"), std::nullopt);
  EXPECT_EQ(unwrap_login("Ann Lee <none>"), std::nullopt);
  EXPECT_EQ(unwrap_login("ann@example.org>"), std::nullopt);
}

TEST(Email, AnalyzeLogin) {
  std::string scratch;
  auto a = analyze_login("ann@example.org", scratch);
  EXPECT_EQ(a.kind, LoginKind::kOk);
  EXPECT_FALSE(a.leading_or_trailing_space || a.other_edge_whitespace || a.invisible);

  EXPECT_EQ(analyze_login("", scratch).kind, LoginKind::kBlank);
  EXPECT_EQ(analyze_login("  \t", scratch).kind, LoginKind::kBlank);

  a = analyze_login(" ann@example.org ", scratch);
  EXPECT_EQ(a.kind, LoginKind::kOk);
  EXPECT_TRUE(a.leading_or_trailing_space);
  EXPECT_FALSE(a.other_edge_whitespace);
  EXPECT_EQ(a.cleaned, "ann@example.org");

  a = analyze_login("ann@example.org\t", scratch);
  EXPECT_EQ(a.kind, LoginKind::kOk);
  EXPECT_TRUE(a.other_edge_whitespace);

  a = analyze_login("ann@example.org\xC2\xA0", scratch);  // NBSP: not trimmed by Java nor loader
  EXPECT_EQ(a.kind, LoginKind::kOk);
  ASSERT_TRUE(a.invisible);
  EXPECT_EQ(a.invisible->code_point, 0xA0u);
  EXPECT_EQ(a.cleaned, "ann@example.org");

  a = analyze_login("ann\xE2\x80\x8B@example.org", scratch);  // zero-width space inside
  EXPECT_EQ(a.kind, LoginKind::kOk);
  EXPECT_EQ(a.cleaned, "ann@example.org");

  a = analyze_login(
      "ann@example.org\xC2\xA0"
      "bob@example.org",
      scratch);  // NBSP as separator
  EXPECT_EQ(a.kind, LoginKind::kMultiple);
  EXPECT_EQ(a.addresses, 2u);

  a = analyze_login("ann@example.org; bob@example.org", scratch);
  EXPECT_EQ(a.kind, LoginKind::kMultiple);

  a = analyze_login("Ann Lee <ann@example.org>", scratch);
  EXPECT_EQ(a.kind, LoginKind::kWrapped);
  EXPECT_EQ(a.bare, "ann@example.org");

  a = analyze_login("ann.example.org", scratch);
  EXPECT_EQ(a.kind, LoginKind::kInvalid);
  EXPECT_EQ(a.problem, EmailProblem::kNoAt);

  a = analyze_login("ann\xE2\x80\x99s@example.org", scratch);  // smart quote: visible, L002
  EXPECT_EQ(a.kind, LoginKind::kInvalid);
  EXPECT_FALSE(a.invisible);

  a = analyze_login("\xE2\x80\x8B", scratch);  // only a zero-width space
  EXPECT_EQ(a.kind, LoginKind::kOk);
  EXPECT_TRUE(a.invisible);
  EXPECT_TRUE(a.cleaned.empty());
}

}  // namespace
}  // namespace cerslint::values
