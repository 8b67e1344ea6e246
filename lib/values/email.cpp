// Login (e-mail) shapes: one 256-entry table drives the common case; ICU only for IDN domains.
#include "text/java_text.hpp"
#include "values/email.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/uidna.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace cerslint::values {
namespace {

enum : std::uint8_t { kAtext = 1, kLdh = 2, kPlain = 4, kSeparator = 8 };

constexpr std::array<std::uint8_t, 256> make_table() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAtext | kLdh | kPlain;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAtext | kLdh | kPlain;
  for (int c = '0'; c <= '9'; ++c) t[c] = kAtext | kLdh | kPlain;
  for (char c : std::string_view("!#$%&'*+/=?^_`{|}~"))
    t[static_cast<unsigned char>(c)] = kAtext | kPlain;
  t['-'] = kAtext | kLdh | kPlain;
  t['.'] = kPlain;
  t['@'] = kPlain;
  for (char c : std::string_view(";, \t\n\r\v\f")) t[static_cast<unsigned char>(c)] = kSeparator;
  // U+001C-U+001F, the "information separators": whitespace to Java, as to a person they are
  // no part of an address (found by fuzz_fix: `a@<U+001D>b` was taken for an address).
  for (unsigned c = 0x1C; c <= 0x1F; ++c) t[c] = kSeparator;
  return t;
}
constexpr std::array<std::uint8_t, 256> kTable = make_table();

std::uint8_t cls(char c) { return kTable[static_cast<unsigned char>(c)]; }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_ignore_case(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != prefix[i]) return false;
  }
  return true;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// An ASCII host name: labels of letters, digits and inner hyphens, 1-63 each, at least two,
// the last one letters (2+) or an IDNA "xn--" label.
EmailProblem check_ascii_domain(std::string_view d) {
  for (char c : d) {
    if (!(cls(c) & kLdh) && c != '.') return EmailProblem::kDomainChar;
  }
  if (d.find('.') == std::string_view::npos) return EmailProblem::kDomainNoDot;
  std::string_view last;
  for (std::size_t start = 0;;) {
    std::size_t end = d.find('.', start);
    if (end == std::string_view::npos) end = d.size();
    const std::string_view label = d.substr(start, end - start);
    if (label.empty() || label.size() > 63) return EmailProblem::kDomainLabel;
    if (label.front() == '-' || label.back() == '-') return EmailProblem::kDomainHyphen;
    last = label;
    if (end == d.size()) break;
    start = end + 1;
  }
  if (starts_with_ignore_case(last, "xn--")) return EmailProblem::kNone;
  if (last.size() < 2) return EmailProblem::kTopLevel;
  for (char c : last) {
    if (!is_alpha(c)) return EmailProblem::kTopLevel;
  }
  return EmailProblem::kNone;
}

const UIDNA* idna() {
  static const UIDNA* const instance = [] {
    UErrorCode error = U_ZERO_ERROR;
    UIDNA* u = uidna_openUTS46(UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                   UIDNA_NONTRANSITIONAL_TO_ASCII,
                               &error);
    return U_SUCCESS(error) ? u : nullptr;
  }();
  return instance;
}

EmailProblem check_domain(std::string_view d) {
  if (d.empty()) return EmailProblem::kEmptyDomain;
  if (d.front() == '[') return EmailProblem::kDomainLiteral;
  bool ascii = true;
  for (char c : d) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return check_ascii_domain(d);
  const UIDNA* u = idna();
  if (u == nullptr || d.size() > 1000) return EmailProblem::kIdna;
  char buf[1024];
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode error = U_ZERO_ERROR;
  const int32_t n = uidna_nameToASCII_UTF8(u, d.data(), static_cast<int32_t>(d.size()), buf,
                                           static_cast<int32_t>(sizeof buf), &info, &error);
  if (U_FAILURE(error) || info.errors != 0 || n <= 0 || n >= static_cast<int32_t>(sizeof buf)) {
    return EmailProblem::kIdna;
  }
  const EmailProblem p = check_ascii_domain(std::string_view(buf, static_cast<std::size_t>(n)));
  return p == EmailProblem::kNone ? p : EmailProblem::kIdna;
}

// The first character of `s` that is not allowed by `allowed`, described in plain words.
void describe_char(std::string_view s, bool (*allowed)(char), std::string& out) {
  auto it = std::back_inserter(out);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80 && allowed(s[i])) continue;
    if (b == ' ') {
      fmt::format_to(it, "a space");
    } else if (b == '\t') {
      fmt::format_to(it, "a tab");
    } else if (b == '\n' || b == '\r') {
      fmt::format_to(it, "a line break");
    } else if (b < 0x80) {
      fmt::format_to(it, "'{}'", s[i]);
    } else if (const auto suspect = first_suspect_char(s.substr(i));
               suspect && suspect->byte_offset == 0) {
      fmt::format_to(it, "a {} ({})", suspect->name, code_point_label(suspect->code_point));
    } else {
      std::size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      fmt::format_to(it, "'{}'", s.substr(i, n));
    }
    return;
  }
  fmt::format_to(it, "a character that is not allowed");
}

bool local_allowed(char c) { return (cls(c) & kAtext) || c == '.'; }
bool domain_allowed(char c) { return (cls(c) & kLdh) || c == '.'; }

// Length of the UTF-8 sequence starting with `lead` (1 for ASCII and stray bytes).
std::size_t utf8_length(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

bool is_ascii_whitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trim_ascii_whitespace(std::string_view s) {
  while (!s.empty() && is_ascii_whitespace(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_whitespace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_plain_login_bytes(std::string_view s) {
  int at = 0;
  for (char c : s) {
    const std::uint8_t k = cls(c);
    if (!(k & kPlain)) return false;
    at += c == '@';
  }
  return at == 1;
}

EmailProblem check_addr_spec(std::string_view s) {
  if (s.size() > 255 && code_points(s) > 255) return EmailProblem::kTooLong;
  if (!s.empty() && s.front() == '"') {
    const std::size_t close = s.find('"', 1);
    if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '@') {
      return EmailProblem::kQuotedLocal;
    }
  }
  const std::size_t at = s.find('@');
  if (at == std::string_view::npos) return EmailProblem::kNoAt;
  if (s.find('@', at + 1) != std::string_view::npos) return EmailProblem::kManyAt;
  const std::string_view local = s.substr(0, at);
  if (local.empty()) return EmailProblem::kEmptyLocal;
  for (char c : local) {
    if (!local_allowed(c)) return EmailProblem::kLocalChar;
  }
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
    return EmailProblem::kLocalDots;
  }
  if (local.size() > 64) return EmailProblem::kLocalTooLong;
  return check_domain(s.substr(at + 1));
}

void describe_email_problem(EmailProblem p, std::string_view s, std::string& out) {
  auto it = std::back_inserter(out);
  const std::size_t at = s.find('@');
  const std::string_view local = at == std::string_view::npos ? s : s.substr(0, at);
  const std::string_view domain =
      at == std::string_view::npos ? std::string_view{} : s.substr(at + 1);
  switch (p) {
    case EmailProblem::kNone:
      fmt::format_to(it, "is a valid address");
      break;
    case EmailProblem::kNoAt:
      fmt::format_to(it, "has no @");
      break;
    case EmailProblem::kManyAt:
      fmt::format_to(it, "has more than one @");
      break;
    case EmailProblem::kEmptyLocal:
      fmt::format_to(it, "has nothing before the @");
      break;
    case EmailProblem::kQuotedLocal:
      fmt::format_to(it, "has a name in quotes before the @");
      break;
    case EmailProblem::kLocalChar:
      fmt::format_to(it, "has ");
      describe_char(local, local_allowed, out);
      fmt::format_to(it, " before the @");
      break;
    case EmailProblem::kLocalDots:
      if (!local.empty() && local.front() == '.') {
        fmt::format_to(it, "starts with a dot");
      } else if (!local.empty() && local.back() == '.') {
        fmt::format_to(it, "has a dot just before the @");
      } else {
        fmt::format_to(it, "has two dots in a row before the @");
      }
      break;
    case EmailProblem::kLocalTooLong:
      fmt::format_to(it, "has more than 64 characters before the @");
      break;
    case EmailProblem::kEmptyDomain:
      fmt::format_to(it, "has nothing after the @");
      break;
    case EmailProblem::kDomainLiteral:
      fmt::format_to(it, "has an IP address after the @ instead of a domain name");
      break;
    case EmailProblem::kDomainNoDot:
      fmt::format_to(it, "has no dot after the @ (\"{}\" is not a full domain)", domain);
      break;
    case EmailProblem::kDomainChar:
      fmt::format_to(it, "has ");
      describe_char(domain, domain_allowed, out);
      fmt::format_to(it, " after the @");
      break;
    case EmailProblem::kDomainLabel:
      if (!domain.empty() && domain.back() == '.') {
        fmt::format_to(it, "ends with a dot");
      } else if (!domain.empty() && domain.front() == '.') {
        fmt::format_to(it, "has a dot right after the @");
      } else if (domain.find("..") != std::string_view::npos) {
        fmt::format_to(it, "has two dots in a row after the @");
      } else {
        fmt::format_to(it, "has a part longer than 63 characters after the @");
      }
      break;
    case EmailProblem::kDomainHyphen:
      fmt::format_to(it, "has a domain part that starts or ends with '-'");
      break;
    case EmailProblem::kTopLevel: {
      const std::size_t dot = domain.rfind('.');
      fmt::format_to(it, "ends in \"{}\", which is not a top-level domain",
                     dot == std::string_view::npos ? domain : domain.substr(dot));
      break;
    }
    case EmailProblem::kIdna:
      fmt::format_to(it, "has a domain name \"{}\" that is not a valid international domain",
                     domain);
      break;
    case EmailProblem::kTooLong:
      fmt::format_to(it, "is {} characters long (CERS stores at most 255)", code_points(s));
      break;
  }
}

namespace {
// What wraps an address or a display name: an '@' right inside it has no text on that side
// (`(@nn Rivera)` is a comment, not a login to split off: found by fuzz_fix).
bool is_wrapper(char c) { return c == '"' || c == '(' || c == ')' || c == '<' || c == '>'; }

// Whether the character just before byte `at` (or starting at `at`) is whitespace to Java, such
// as U+3000: L004 trims it from the ends of a login, so it is no text beside an '@' (found by
// fuzz_fix: `<U+3000>@i...` was split off as a login, then trimmed to `@i...`). ASCII
// whitespace is a separator already, and control characters are gone from a cleaned value.
bool wide_space_before(std::string_view s, std::size_t at) {
  if (static_cast<unsigned char>(s[at - 1]) < 0x80) return false;
  auto i = static_cast<std::int32_t>(at);
  UChar32 cp;
  U8_PREV(s.data(), 0, i, cp);
  return cp >= 0 && text::is_java_whitespace(static_cast<char32_t>(cp));
}
bool wide_space_at(std::string_view s, std::size_t at) {
  if (static_cast<unsigned char>(s[at]) < 0x80) return false;
  auto i = static_cast<std::int32_t>(at);
  UChar32 cp;
  U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), cp);
  return cp >= 0 && text::is_java_whitespace(static_cast<char32_t>(cp));
}
}  // namespace

std::size_t scan_addresses(std::string_view s, std::vector<std::string_view>* parts) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (cls(s[i]) & kSeparator)) ++i;  // separators between parts
    if (i >= s.size()) break;
    // One part: up to the next separator outside double quotes, or through a '>' (the end of
    // a bracketed address: `<a@x.org><b@x.org>` holds two). An '@' counts only outside quotes
    // ("ann@x.org" <ann@x.org> is one address) and with text on both sides.
    const std::size_t start = i;
    bool quoted = false;
    bool address = false;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (cls(c) & kSeparator)) {
        break;
      } else if (!quoted && c == '>') {
        ++i;
        break;
      } else if (!quoted && c == '@' && i > start && i + 1 < s.size() &&
                 !(cls(s[i + 1]) & kSeparator) && !is_wrapper(s[i - 1]) && !is_wrapper(s[i + 1]) &&
                 !wide_space_before(s, i) && !wide_space_at(s, i + 1)) {
        address = true;
      }
    }
    if (address) {
      ++count;
      if (parts != nullptr) parts->push_back(s.substr(start, i - start));
    }
  }
  return count;
}

std::size_t count_addresses(std::string_view s) { return scan_addresses(s, nullptr); }

namespace {
bool has_at_outside_quotes(std::string_view s) {
  bool quoted = false;
  for (const char c : s) {
    if (c == '"') quoted = !quoted;
    if (c == '@' && !quoted) return true;
  }
  return false;
}
}  // namespace

std::optional<std::string_view> unwrap_login(std::string_view s) {
  std::string_view bare;
  // Copied from Outlook: "Ann Lee <ann@x.org>;" — separators after the address.
  std::string_view t = s;
  while (!t.empty() && (t.back() == ';' || t.back() == ',' || is_ascii_whitespace(t.back()))) {
    t.remove_suffix(1);
  }
  // An unpaired quote leaves it unclear what is quoted (`"a@x.org" <b@x.org" <c@x.org>`): no
  // address is taken from such a cell (found by fuzz_fix).
  if (std::count(t.begin(), t.end(), '"') % 2 != 0) return std::nullopt;
  if (starts_with_ignore_case(t, "mailto:")) {
    bare = t.substr(7);
    const std::size_t query = bare.find('?');  // mailto:ann@x.org?subject=...
    // Not when the query names someone too (`?cc=bo@x.org`): that person would be dropped.
    if (query != std::string_view::npos && bare.find('@', query) != std::string_view::npos) {
      return std::nullopt;
    }
    bare = bare.substr(0, query);
  } else if (!t.empty() && t.back() == '>') {
    const std::size_t open = t.rfind('<');
    if (open == std::string_view::npos) return std::nullopt;
    // A display name is no address: `x@y.org?s<CTRL><b@x.org>` names two (found by fuzz_fix).
    if (has_at_outside_quotes(t.substr(0, open))) return std::nullopt;
    bare = t.substr(open + 1, t.size() - open - 2);
    bare = trim_ascii_whitespace(bare);
    if (starts_with_ignore_case(bare, "mailto:")) bare = bare.substr(7);
  } else if (!t.empty() && t.back() == ')') {
    const std::size_t open = t.find('(');
    if (open == std::string_view::npos) return std::nullopt;
    if (has_at_outside_quotes(t.substr(open))) return std::nullopt;  // (bo@y.org): two people
    bare = trim_ascii_whitespace(t.substr(0, open));  // ann@x.org (Ann Lee)
  } else if (t.size() != s.size()) {
    bare = t;  // ann@x.org;
  } else {
    return std::nullopt;
  }
  bare = trim_ascii_whitespace(bare);
  // Text on both sides of the '@': `mailto:b.lee@` is no address the unwrap can vouch for
  // (found by fuzz_fix: the cell lost its `mailto:` while it named nobody CERS could find).
  const std::size_t at = bare.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == bare.size()) return std::nullopt;
  // One '@', and no second wrapping: `mailto:mailto:a@x:b@y.org` would unwrap to a value that
  // unwraps again, and a value with two '@' could be either person (found by fuzz_fix).
  if (bare.find('@', at + 1) != std::string_view::npos || starts_with_ignore_case(bare, "mailto:")) {
    return std::nullopt;
  }
  // Whitespace, a control character or what wraps an address inside is no address
  // (`mailto:b.l<TAB>e@x.org`, U+001F, `mailto:ann<b@x.org>` which would unwrap again): a
  // person must look, not the unwrap (found by fuzz_fix).
  if (std::any_of(bare.begin(), bare.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == '"' || c == '(' ||
               c == ')' || c == ',' || c == ';';
      })) {
    return std::nullopt;
  }
  return bare;
}

std::optional<SuspectChar> first_invisible_char(std::string_view s) {
  std::size_t from = 0;
  while (from < s.size()) {
    auto suspect = first_suspect_char(s.substr(from));
    if (!suspect) return std::nullopt;
    suspect->byte_offset += static_cast<std::uint32_t>(from);
    const char32_t cp = suspect->code_point;
    const bool whitespace =
        cp < 0x80 && u_isWhitespace(static_cast<UChar32>(cp));  // a separator, not hidden
    if (!whitespace && (suspect->plain.empty() || suspect->plain == " ")) return suspect;
    from = suspect->byte_offset + utf8_length(s[suspect->byte_offset]);  // step over it
  }
  return std::nullopt;
}

LoginAnalysis analyze_login(std::string_view raw, std::string& scratch) {
  LoginAnalysis a;
  if (raw.empty()) return a;
  if (is_plain_login_bytes(raw)) {  // the common case
    a.cleaned = raw;
    a.problem = check_addr_spec(raw);
    a.kind = a.problem == EmailProblem::kNone ? LoginKind::kOk : LoginKind::kInvalid;
    return a;
  }
  if (text::is_blank(raw)) return a;
  const std::string_view stripped = text::strip(raw);
  if (stripped.size() != raw.size()) {
    const std::size_t head = static_cast<std::size_t>(stripped.data() - raw.data());
    const std::string_view tail = raw.substr(head + stripped.size());
    const std::string_view front = raw.substr(0, head);
    const bool only_spaces = front.find_first_not_of(' ') == std::string_view::npos &&
                             tail.find_first_not_of(' ') == std::string_view::npos;
    (only_spaces ? a.leading_or_trailing_space : a.other_edge_whitespace) = true;
  }
  a.cleaned = stripped;
  a.invisible = first_invisible_char(stripped);
  if (a.invisible) {  // replace each invisible character by what it looks like (" " or "")
    scratch.clear();
    std::size_t from = 0;
    while (from < stripped.size()) {
      const auto c = first_invisible_char(stripped.substr(from));
      if (!c) break;
      const std::size_t at = from + c->byte_offset;
      scratch.append(stripped.substr(from, at - from));
      scratch.append(c->plain);
      from = at + utf8_length(stripped[at]);
    }
    if (from < stripped.size()) scratch.append(stripped.substr(from));
    a.cleaned = text::strip(scratch);
  }
  if (a.cleaned.empty()) {
    a.kind = LoginKind::kOk;  // only invisible characters: L004 says so
    return a;
  }
  a.addresses = count_addresses(a.cleaned);
  if (a.addresses >= 2) {
    a.kind = LoginKind::kMultiple;
    return a;
  }
  if (const auto bare = unwrap_login(a.cleaned)) {
    a.kind = LoginKind::kWrapped;
    a.bare = *bare;
    return a;
  }
  a.problem = check_addr_spec(a.cleaned);
  a.kind = a.problem == EmailProblem::kNone ? LoginKind::kOk : LoginKind::kInvalid;
  return a;
}

}  // namespace cerslint::values
