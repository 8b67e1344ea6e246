// Login (e-mail) shapes (family L). CERS never validates group_user_login: whatever the cell
// holds is stored as one login, and a teacher whose login does not match exactly gets no access.
// Pure functions on UTF-8 views; the common case (one plain ASCII address) is a single table
// scan. Non-ASCII domains go through ICU's UTS #46 IDNA (nameToASCII).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "values/values.hpp"

namespace cerslint::values {


// True when every byte is one an ordinary address uses (ASCII atext, '.', '@') and there is
// exactly one '@'. Such a value cannot hold separators, whitespace, angle brackets, "mailto:"
// or invisible characters; it may still be a bad address (check_addr_spec decides that).
bool is_plain_login_bytes(std::string_view s);

// Why a value is not an addr-spec (RFC 5322 subset, see check_addr_spec).
enum class EmailProblem : std::uint8_t {
  kNone,
  kNoAt,           // no '@'
  kManyAt,         // more than one '@'
  kEmptyLocal,     // nothing before '@'
  kQuotedLocal,    // "john doe"@x.org: legal but unusual, no sign-in system uses it
  kLocalChar,      // a character not allowed before '@'
  kLocalDots,      // local part starts or ends with '.', or has '..'
  kLocalTooLong,   // more than 64 characters before '@'
  kEmptyDomain,    // nothing after '@'
  kDomainLiteral,  // user@[192.0.2.1]
  kDomainNoDot,    // "x" (no dot)
  kDomainChar,     // a character not allowed in a host name
  kDomainLabel,    // empty label ("x..org", ".x.org", "x.org."), or too long
  kDomainHyphen,   // a label starts or ends with '-'
  kTopLevel,       // the last label is not letters (nor xn--)
  kIdna,           // a non-ASCII domain that IDNA rejects
  kTooLong,        // more than 255 characters (CERS's database column holds 255)
};

// Checks one addr-spec: local part of atext words separated by single dots (ASCII only; quoted
// local parts are rejected as unusual), one '@', a domain of at least two labels of letters,
// digits and inner hyphens (1-63 each) whose last label is letters or "xn--"; a non-ASCII
// domain is fine when ICU's UTS #46 nameToASCII accepts it and the result passes the same test.
// At most 255 characters in all.
EmailProblem check_addr_spec(std::string_view s);

// Plain words for a problem: "has no @", "has a space before the @"... `s` is the checked value.
void describe_email_problem(EmailProblem p, std::string_view s, std::string& out);

// Number of address-looking parts (some text, '@', some text) when the value is split on ';',
// ',' and runs of whitespace (space, tab, line breaks), and after each '>' outside quotes
// (`<a@x.org><b@x.org>` is two). 2 or more: several logins in one cell.
std::size_t count_addresses(std::string_view s);
// The same scan, also handing out the parts themselves when `parts` is given (L001's split).
std::size_t scan_addresses(std::string_view s, std::vector<std::string_view>* parts);

// "mailto:ann@x.org", "Ann Lee <ann@x.org>", "\"Lee, Ann\" <ann@x.org>", "<ann@x.org>",
// "ann@x.org (Ann Lee)": returns the bare address inside (stripped), else nullopt. `s` should
// be stripped of surrounding whitespace.
std::optional<std::string_view> unwrap_login(std::string_view s);

// What is wrong with a login cell, in the precedence of rules L001 > L003 > L002, with L004's
// whitespace facts alongside.
enum class LoginKind : std::uint8_t {
  kBlank,     // empty or Java-blank: no user on this row
  kOk,        // one good address (maybe with whitespace around or invisible characters)
  kMultiple,  // L001
  kWrapped,   // L003
  kInvalid,   // L002
};

struct LoginAnalysis {
  LoginKind kind = LoginKind::kBlank;
  bool leading_or_trailing_space = false;  // only ASCII spaces at the ends (the loader trims)
  bool other_edge_whitespace = false;      // tabs, line breaks... at the ends (kept by CERS)
  std::optional<SuspectChar> invisible;    // first invisible character (no-break space, ...)
  std::size_t addresses = 0;               // for kMultiple
  std::string_view cleaned;  // stripped, invisible characters replaced (view into scratch/raw)
  std::string_view bare;     // for kWrapped: the address inside (view into cleaned)
  EmailProblem problem = EmailProblem::kNone;  // for kInvalid
};

// Invisible characters in a login: the suspect characters that are spaces or nothing to the
// eye (no-break and other Unicode spaces, zero-width characters, BOM, soft hyphen, controls).
// Smart quotes and dashes are visible, so they are left to check_addr_spec.
std::optional<SuspectChar> first_invisible_char(std::string_view s);

// Full analysis of a raw group_user_login value. `scratch` is reused for the cleaned value
// when invisible characters had to be replaced; views in the result point into `raw` or
// `scratch` and are valid until the next call with the same scratch.
LoginAnalysis analyze_login(std::string_view raw, std::string& scratch);

}  // namespace cerslint::values
