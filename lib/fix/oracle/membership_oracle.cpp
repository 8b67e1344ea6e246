// The membership oracle: see membership_oracle.hpp. Deliberately written apart from the fixer
// (no code shared with lib/fix beyond the reader and the column map), so a fixer bug cannot hide
// itself here.
#include "fix/oracle/membership_oracle.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "directory/school_directory.hpp"
#include "engine/row.hpp"
#include "reader/csv_reader.hpp"

namespace cerslint::fix::oracle {

using engine::Column;

FixtureConfig::FixtureConfig() : schools(directory::PermittedSchools::from_embedded_directory()) {
  config.schools = &schools;
  for (int y = 2015; y <= 2027; ++y) config.years.push_back(y);
  config.subjects = {"Math", "ELA", "ELPAC"};
}

const FixtureConfig& fixture_config() {
  static const FixtureConfig c;
  return c;
}

namespace {

std::string convert(const std::string& bytes, const char* from) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  const std::int32_t n = ucnv_convert("UTF-8", from, out.data(), static_cast<std::int32_t>(out.size()),
                                      bytes.data(), static_cast<std::int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return bytes;
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// ---- The declared normalisations, kept small and separate from the fixer -----------------------

std::vector<UChar32> code_points(std::string_view s) {
  std::vector<UChar32> out;
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

std::string utf8(const std::vector<UChar32>& cps, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    char buf[4];
    std::int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), n, 4, cps[i], err);
    if (err) continue;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

// Spaces and the invisible characters a fix may strip from the ends of a value.
bool strippable(UChar32 c) {
  return u_isWhitespace(c) || u_isspace(c) || c == 0x00A0 || c == 0x200B || c == 0x200C ||
         c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x202F;
}
// Characters a login loses when L004 cleans it: zero-width ones, the left-to-right and
// right-to-left marks, the combining grapheme joiner, the byte order mark, the soft hyphen,
// and C0/C1 control characters that are not whitespace (whitespace separates addresses).
bool invisible(UChar32 c) {
  const bool control = (c < 0x20 && !u_isWhitespace(c)) || (c >= 0x7F && c <= 0x9F);
  return control || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD ||
         c == 0x034F;
}

bool all_ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Keys join values with \x1f; a value holding one (a fuzzer's input can) is spelled out so the
// key still splits into the right parts.
std::string key_part(std::string v) {
  for (std::size_t at = v.find('\x1f'); at != std::string::npos; at = v.find('\x1f', at + 4)) {
    v.replace(at, 1, "<US>");
  }
  return v;
}

// `s` without the code points `drop` accepts at either end.
template <typename Drop>
std::string trim_ends(std::string_view s, Drop drop) {
  const auto cps = code_points(s);
  std::size_t a = 0, b = cps.size();
  while (a < b && drop(cps[a])) ++a;
  while (b > a && drop(cps[b - 1])) --b;
  return utf8(cps, a, b);
}

}  // namespace

std::string trim(std::string_view s) { return trim_ends(s, strippable); }

namespace {
// A group name as the loader stores it (stripToNull: Java whitespace off the ends, not the
// no-break space or invisible characters `trim` also takes). ` =A` and `<U+00A0>=A` are two
// groups to the database; read as one, neutralizing ` =A` alone looked like a split (found by
// fuzz_fix). G003, which takes those characters off under --unsafe-fixes, merges such groups:
// the merge check's folded_name reads them as one, as a person does.
std::string stored_group_name(std::string_view s) {
  return trim_ends(s, [](UChar32 c) { return u_isWhitespace(c) != 0; });
}
}  // namespace

// `2025`, ` 2025`, `2025.0`, `+2025`, `02025`, `٢٠٢٥`, `2024-25`, `2024-2025` -> `2025`.
std::string normal_year(std::string_view raw) {
  std::string no_thousands(trim(raw));  // Excel's "2,027" (a thousands separator)
  if (no_thousands.size() == 5 && no_thousands[1] == ',' && all_ascii_digits(no_thousands.substr(0, 1)) &&
      all_ascii_digits(no_thousands.substr(2))) {
    no_thousands.erase(1, 1);
  }
  const auto cps = code_points(no_thousands);
  std::string digits;
  std::size_t i = 0;
  if (i < cps.size() && cps[i] == '+') ++i;
  for (; i < cps.size() && u_charDigitValue(cps[i]) >= 0; ++i) {
    digits += static_cast<char>('0' + u_charDigitValue(cps[i]));
  }
  std::string rest = utf8(cps, i, cps.size());
  if (digits.empty()) return utf8(cps, 0, cps.size());
  if (!rest.empty() && rest[0] == '.' && rest.find_first_not_of('0', 1) == std::string::npos) {
    rest.clear();
  }
  // Ranges (Y002): 2024-25, 2024-2025, 2024/25, 2024_25, 2024 - 2025, 24-25, with any dash
  // (2024–25 with an en dash, 2024‑25 with Word's non-breaking hyphen: found by fuzz_fix) or
  // the minus sign.
  std::string sep_free;
  {
    const auto rest_cps = code_points(rest);
    std::size_t k = 0;
    while (k < rest_cps.size() && rest_cps[k] == ' ') ++k;
    if (k < rest_cps.size() && (rest_cps[k] == '/' || rest_cps[k] == '_' || rest_cps[k] == 0x2212 ||
                                u_charType(rest_cps[k]) == U_DASH_PUNCTUATION)) {
      ++k;
      while (k < rest_cps.size() && rest_cps[k] == ' ') ++k;
      sep_free = utf8(rest_cps, k, rest_cps.size());
    }
  }
  if (!sep_free.empty() && all_ascii_digits(sep_free) && (digits.size() == 4 || digits.size() == 2)) {
    const std::string end = sep_free;
    const long start = std::stol(digits) + (digits.size() == 2 ? 2000 : 0);
    if (end.size() == 2 && std::stol(end) == (start + 1) % 100) return std::to_string(start + 1);
    if (end.size() == 4 && std::stol(end) == start + 1) return end;
  }
  if (!rest.empty()) return utf8(cps, 0, cps.size());
  const std::size_t nz = digits.find_first_not_of('0');
  return nz == std::string::npos ? "0" : digits.substr(nz);
}

std::string normal_school(std::string_view raw) {
  std::string s = trim(raw);
  // Padded when the 14-digit code is in the CDE directory at all (S002), whatever its status.
  if (s.size() == 13 && all_ascii_digits(s) &&
      directory::lookup_school("0" + s).status != directory::SchoolStatus::kUnknown) {
    return "0" + s;
  }
  return s;
}

// A login cell -> its addresses: invisible characters out, `Name <a@x>` and `a@x (Name)` -> `a@x`, `mailto:`
// stripped, several addresses (`;`, `,` or spaces between them) -> one each.
namespace {
// A login cell as L004 leaves it: invisible characters out, no-break spaces as spaces.
// Runs of whitespace and control characters as one space: how a login cell's text is compared
// with a login the model read whole (its whitespace collapsed).
std::string spaced(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string visible_login_text(std::string_view raw) {
  std::string cell;
  for (UChar32 c : code_points(raw)) {
    // Other spaces look like spaces: they separate addresses (L001, L004). Not the C1 control
    // U+0085 (NEL), which Unicode counts as whitespace and Java does not: it is invisible, and
    // the fixer removes it.
    if (c == 0x00A0 || c == 0x2007 || c == 0x202F ||
        (c > 0x9F && (u_isWhitespace(c) || u_isspace(c)))) {
      cell += ' ';
    } else if (!invisible(c)) {
      cell += utf8({c}, 0, 1);
    }
  }
  return cell;
}
}  // namespace

std::vector<std::string> normal_logins(std::string_view raw) {
  const std::string cell = lower_ascii(visible_login_text(raw));
  // The people in a cell are its addresses, whatever surrounds them: split at the separators
  // L001 splits at, and at the brackets, quotes and parentheses of display names, and keep the
  // parts with text on both sides of an '@'. How the fixer words a malformed cell (a bracket
  // that never closes, a name outside brackets, a stray word between addresses) then does not
  // matter; an address it drops or changes does.
  // Quoted text is a display name (`"ann@x.org" <ann@x.org>`), never an address.
  std::vector<std::string> parts;
  std::string cur;
  // A quote without its pair quotes to the end of the cell, as L001 reads it.
  bool quoted = false;
  for (const char c : cell + ' ') {
    if (c == '"') {
      // A quote ends the part before it too (`<a@x.org" <...`: an unpaired quote after an
      // address quotes only what follows).
      if (!cur.empty()) parts.push_back(std::move(cur));
      cur.clear();
      quoted = !quoted;
    }
    if (quoted) continue;
    // Control characters left in the cell are whitespace (tab, line breaks, and U+001C-U+001F,
    // which Java and ICU count as whitespace): they separate, as spaces do.
    if (c == ';' || c == ',' || c == ' ' || static_cast<unsigned char>(c) < 0x20 || c == '<' ||
        c == '>' || c == '"' || c == '(' || c == ')') {
      if (!cur.empty()) parts.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  std::vector<std::string> out;
  bool after_mailto = false;  // `mailto: a@x.org?subject=...`: L003 unwraps across the space
  for (std::string t : parts) {
    const bool mailto_target = after_mailto;
    after_mailto = t == "mailto:";
    if (after_mailto) continue;
    const bool prefixed = t.compare(0, 7, "mailto:") == 0;
    if (prefixed) t.erase(0, 7);
    // mailto:a@x.org?subject=...: the query is not the address (after a lone `mailto:` too:
    // found by fuzz_fix).
    if (prefixed || mailto_target) t.resize(std::min(t.size(), t.find('?')));
    // Any '@' with text on both sides, as L001 counts addresses: `@b.lee@x.org` is one too
    // (found by fuzz_fix).
    const std::size_t at = t.find('@', 1);
    if (at != std::string::npos && at + 1 < t.size()) out.push_back(std::move(t));
  }
  // No address outside quotes, but one in brackets (`Lee, Ann" <a@x.org>`, a quote without its
  // pair): the address in brackets is the login, as L003 reads it.
  if (out.empty()) {
    const std::size_t open = cell.find('<');
    const std::size_t close = open == std::string::npos ? open : cell.find('>', open);
    if (close != std::string::npos) {
      // Whatever holds an '@' (`<ann@>` too): L003 unwraps it; L002 judges the address.
      // Its whitespace runs as one space, as F006 joins a line break in a login.
      std::string inside = spaced(trim(cell.substr(open + 1, close - open - 1)));
      if (inside.find('@') != std::string::npos) out.push_back(std::move(inside));
    }
  }
  // No address at all ("jdoe", "ann lee"): the cell is one login as written, its whitespace
  // runs as one space (F006 joins a line break in a login with a space).
  if (out.empty()) {
    std::string plain = trim(cell);
    // A parenthesised comment at the end is a display name (L003): `x@y (Ann)`, `@SUM(1)`.
    if (const std::size_t open = plain.rfind('('); open != std::string::npos && open > 0 &&
                                                 plain.back() == ')') {
      plain = trim(plain.substr(0, open));
    }
    std::string whole = spaced(plain);
    if (!whole.empty()) out.push_back(std::move(whole));
  }
  return out;
}

bool valid_utf8(const std::string& s) {
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

namespace {
// "UTF-16LE", "UTF-16BE" or "" from the byte order mark.
const char* utf16_bom(const std::string& bytes) {
  if (bytes.size() < 2) return "";
  const auto a = static_cast<unsigned char>(bytes[0]), b = static_cast<unsigned char>(bytes[1]);
  return a == 0xFF && b == 0xFE ? "UTF-16LE" : a == 0xFE && b == 0xFF ? "UTF-16BE" : "";
}
}  // namespace

std::string read_as_fixer_did(const std::string& bytes, const std::string& converted_from) {
  if (converted_from.empty()) return valid_utf8(bytes) ? bytes : as_utf8(bytes);
  if (*utf16_bom(bytes) != '\0') return as_utf8(bytes);
  return convert(bytes, converted_from.c_str());
}

std::string as_utf8(const std::string& bytes) {
  if (const char* bom = utf16_bom(bytes); *bom != '\0') return convert(bytes, bom);
  // UTF-16 without a byte order mark: ASCII text has a zero in every other byte (and zero
  // bytes are valid UTF-8, so this comes first).
  std::size_t even_zero = 0, odd_zero = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? even_zero : odd_zero);
  }
  if (odd_zero > bytes.size() / 4) return convert(bytes, "UTF-16LE");
  if (even_zero > bytes.size() / 4) return convert(bytes, "UTF-16BE");
  if (valid_utf8(bytes)) return bytes;
  return convert(bytes, "windows-1252");
}

namespace {
// A name from a member key as it was before key_part spelled out its separators.
std::string unescaped(std::string_view key_name) {
  std::string name(key_name);
  for (std::size_t at = name.find("<US>"); at != std::string::npos; at = name.find("<US>", at + 1)) {
    name.replace(at, 4, "\x1f");
  }
  return name;
}

namespace {
// ICU's confusable skeleton (UTS #39) of UTF-8 text, or the text when ICU fails.
std::string skeleton_of(const std::string& text) {
  static USpoofChecker* const checker = [] {
    UErrorCode status = U_ZERO_ERROR;
    return uspoof_open(&status);
  }();
  std::string skeleton(text.size() * 4 + 16, '\0');
  const auto run = [&](UErrorCode& status) {
    return uspoof_getSkeletonUTF8(checker, 0, text.data(), static_cast<std::int32_t>(text.size()),
                                  skeleton.data(), static_cast<std::int32_t>(skeleton.size()), &status);
  };
  UErrorCode status = U_ZERO_ERROR;
  std::int32_t n = run(status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {  // a skeleton can be longer than its text
    skeleton.resize(static_cast<std::size_t>(n));
    status = U_ZERO_ERROR;
    n = run(status);
  }
  if (U_FAILURE(status)) return text;
  skeleton.resize(static_cast<std::size_t>(n));
  return skeleton;
}

}  // namespace

// A group name as a person reads it, for counting groups: control and invisible characters
// out, trimmed, inner whitespace runs as one space, typographic dashes and quotes plain, a
// letter that looks like one Latin letter or digit as that one, lower-cased, then ICU's
// confusable skeleton (UTS #39), so `Pеriod 3` with a Cyrillic е is `Period 3`. Look-alikes
// are taken before lower-casing because they are look-alikes in their own case: Cyrillic `М`
// reads as `M`, but lower-cased, `м` is no `m` (found by fuzz_fix: G003's `Мath 6` ->
// `Math 6` read as a new group). Coarser than the
// database's comparison on purpose: G002 and G003 repair names that only look different into
// one group, which is what the person meant; a merge of names that read differently is still
// seen.
std::string folded_name(std::string_view key_name) {
  const std::string name = unescaped(key_name);
  std::vector<UChar32> out;
  bool space = false;
  for (const UChar32 c : code_points(name)) {
    if (u_isWhitespace(c) || u_isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (u_charType(c) == U_CONTROL_CHAR || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    // Typographic dashes and quotes read as the plain ones (G003 writes them so: `Math – Stars`
    // and `Math — Stars` are one group to a reader; the skeleton keeps the two dashes apart).
    if (u_charType(c) == U_DASH_PUNCTUATION) {
      out.push_back('-');
    } else if (c == 0x2018 || c == 0x2019) {
      out.push_back('\'');
    } else if (c == 0x201C || c == 0x201D) {
      out.push_back('"');
    } else if (c > 0x7f) {
      // A letter that looks like one Latin letter or digit reads as that one, in its own case.
      const std::string alike = skeleton_of(utf8({c}, 0, 1));
      const bool latin = alike.size() == 1 && std::isalnum(static_cast<unsigned char>(alike[0]));
      out.push_back(u_tolower(latin ? static_cast<UChar32>(alike[0]) : c));
    } else {
      out.push_back(u_tolower(c));
    }
  }
  // No skeleton of the whole name: it maps ASCII to ASCII (`1` and `I` to `l`, `0` to `o`,
  // `rn` to `m`), so G007's `@L-May` -> `L-May` beside a group `1-May` read as a merge (found
  // by fuzz_fix). No fix writes one ASCII character for another; the look-alikes a fix makes
  // plain (G003) are the non-ASCII letters mapped above.
  return utf8(out, 0, out.size());
}
// A group name as the database tells groups apart (a model, independent of
// values::group_name_fold_hash): trimmed, whitespace runs as one space, lower-cased. Finer than
// folded_name: `<NUL>=A` and `=A` are two groups here and one to a reader.
std::string database_name(std::string_view key_name) {
  const std::string name = unescaped(key_name);
  std::vector<UChar32> out;
  bool space = false;
  for (const UChar32 c : code_points(name)) {
    if (u_isWhitespace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(u_tolower(c));
  }
  return utf8(out, 0, out.size());
}
// F007's unsafe fix: `\N` is no value; any other backslash becomes '/'. A login key is lower-cased,
// so there `\N` reads `\n`; an SSID `\n` is a backslash and an n (found by fuzz_fix). A login
// cell that reads `\N` only once its invisible characters are gone (`<U+0001>\N`) is no `\N`
// to F007: it becomes `<U+0001>/N`, and L004 leaves `/N`. Either way no person: a login `\n`
// or `/n` is left out on both sides (found by fuzz_fix). So is an SSID `/N`: F007 reads ` \N`
// untrimmed and writes ` /N`, which N004 trims, while this model trims first.
bool f007_drops(const std::string& key) {
  if (key.size() < 3) return false;
  const std::string_view end = std::string_view(key).substr(key.size() - 3);
  if (end == "\x1f\\N" || end == "\x1f/N") return true;
  return (end == "\x1f\\n" || end == "\x1f/n") && key.size() >= 5 &&
         key.compare(key.size() - 5, 2, "\x1fL") == 0;
}
// "school \x1f year \x1f group" -> "school \x1f year".
std::string without_group_name(const std::string& group_key) {
  const std::size_t a = group_key.find('\x1f');
  return group_key.substr(0, group_key.find('\x1f', a + 1));
}
}  // namespace

// `input_groups`: for an output, the input's groups, so that split parts `X 1`, `X 2` (names
// that are not an input group) count as `X`.
Memberships memberships(const std::string& utf8_text, const Memberships* input) {
  Memberships m;
  auto csv = reader::CsvReader::from_memory(utf8_text);
  const reader::Record* header = csv.next();
  if (header == nullptr) return m;
  const engine::ColumnMap map = engine::ColumnMap::from_header(*header);
  std::set<std::string> folded_input;  // prefix + folded name of each input group, when needed
  while (const reader::Record* r = csv.next()) {
    const engine::Row row(*r, map);
    const std::string ssid = key_part(trim(row.value(Column::kSsid)));
    const std::string_view login_cell = row.value(Column::kLogin);
    std::vector<std::string> logins = normal_logins(login_cell);
    for (std::string& l : logins) l = key_part(std::move(l));
    if (ssid.empty() && logins.empty()) continue;
    const std::string prefix = key_part(normal_school(row.value(Column::kSchool))) + "\x1f" +
                               key_part(normal_year(row.value(Column::kYear))) + "\x1f";
    std::string group = key_part(stored_group_name(row.value(Column::kGroupName)));
    if (input != nullptr && !input->groups.count(prefix + group)) {
      // A split part `X 2` of input group `X`, unless an input group reads as this name itself
      // (`Math 8⏎0`, whose line break F006 made a space).
      if (folded_input.empty()) {
        for (const std::string& g : input->groups) {
          const std::size_t sep = g.rfind('\x1f');
          folded_input.insert(g.substr(0, sep + 1) + folded_name(g.substr(sep + 1)));
        }
      }
      const std::size_t sp = group.rfind(' ');
      if (sp != std::string::npos && all_ascii_digits(group.substr(sp + 1)) &&
          input->groups.count(prefix + group.substr(0, sp)) &&
          !folded_input.count(prefix + folded_name(group))) {
        group.resize(sp);
      }
    }
    const std::string key = prefix + group;
    m.groups.insert(key);
    if (!ssid.empty()) m.members.insert(key + "\x1fS\x1f" + ssid);
    for (const std::string& l : logins) m.members.insert(key + "\x1fL\x1f" + l);
    if (!logins.empty()) m.login_text[key] += key_part(spaced(lower_ascii(visible_login_text(login_cell)))) + "\x1f";
  }
  return m;
}

// Memberships without the group name: unsafe fixes may rename groups (look-alike characters,
// Excel dates, names that collide), but never move a student or user to another school or year.
// Ids holding a backslash are left out too: F007's unsafe fix rewrites them on purpose (the
// database loader would have mangled them: `\N` is no value at all).
std::set<std::string> without_group(const Memberships& m) {
  std::set<std::string> out;
  for (std::string k : m.members) {
    if (f007_drops(k)) continue;  // logins are compared lower-cased, so `\N` arrives as `\n`
    std::replace(k.begin(), k.end(), '\\', '/');
    const std::size_t a = k.find('\x1f');
    const std::size_t b = k.find('\x1f', a + 1);
    const std::size_t c = k.find('\x1f', b + 1);
    out.insert(k.substr(0, b) + k.substr(c));
  }
  return out;
}

std::string lost_or_invented(const Memberships& in, const Memberships& out, bool renames_allowed) {
  const std::set<std::string> a = renames_allowed ? without_group(in) : in.members;
  std::set<std::string> b = renames_allowed ? without_group(out) : out.members;
  // The input's login text per container (group, or school and year when names may change),
  // transformed as the member keys are.
  std::map<std::string, std::string> text;
  for (const auto& [group, t] : in.login_text) {
    if (!renames_allowed) {
      text[group] += t;
      continue;
    }
    std::string body = t;
    std::replace(body.begin(), body.end(), '\\', '/');
    // The scope as the member keys have it: F007 rewrites a backslash in the school or year too
    // (found by fuzz_fix: a login L001 split off was not found in its cell's text).
    std::string scope = without_group_name(group);
    std::replace(scope.begin(), scope.end(), '\\', '/');
    text[scope] += body;
  }
  // A login only the output has, that is text of a login cell of the same group in the input:
  // L001 split a malformed cell where this model reads it whole or from its brackets. That
  // keeps more than expected and invents nothing; a lost login is still a difference.
  for (auto it = b.begin(); it != b.end();) {
    const std::size_t sep = it->rfind('\x1f');
    const bool login = sep != std::string::npos && sep >= 2 && it->compare(sep - 2, 2, "\x1fL") == 0;
    if (login && !a.count(*it)) {
      const auto cells = text.find(it->substr(0, sep - 2));
      const std::string_view address = std::string_view(*it).substr(sep + 1);
      if (cells != text.end() && !address.empty() && cells->second.find(spaced(address)) != std::string::npos) {
        it = b.erase(it);
        continue;
      }
    }
    ++it;
  }
  if (a != b) return describe_difference(a, b);
  if (renames_allowed) {
    // Renames are one to one. A merge of two groups leaves fewer groups as a person reads
    // them (folded_name); a split of one group (renamed on some rows only) leaves more as the
    // database tells them apart (database_name). Neither count may move that way. The other
    // directions are repairs: G003 makes `<NUL>=A` and `=A` one group, as the person read them;
    // a rename of `=A` alone (G007) makes two groups that read alike read apart.
    // Groups with a member left only (F007 may empty one: `\N` is no value).
    using Fold = std::string (*)(std::string_view);
    const auto count = [](const std::set<std::string>& members, Fold fold) {
      std::map<std::string, std::set<std::string>> names;  // school \x1f year -> folded names
      for (std::string k : members) {
        if (f007_drops(k)) continue;
        std::replace(k.begin(), k.end(), '\\', '/');  // F007, as in without_group
        const std::size_t school_end = k.find('\x1f');
        const std::size_t year_end = k.find('\x1f', school_end + 1);
        const std::size_t name_end = k.find('\x1f', year_end + 1);
        names[k.substr(0, year_end)].insert(fold(k.substr(year_end + 1, name_end - year_end - 1)));
      }
      return names;
    };
    const auto moved = [&](Fold fold, bool fewer_is_wrong, const char* what) -> std::string {
      const auto before = count(in.members, fold), after = count(out.members, fold);
      for (const auto& [scope, names] : before) {
        const auto it = after.find(scope);
        const std::size_t now = it == after.end() ? 0 : it->second.size();
        if (fewer_is_wrong ? now < names.size() : now > names.size()) {
          std::string readable = scope;
          std::replace(readable.begin(), readable.end(), '\x1f', '|');
          return "  groups of " + readable + ": " + std::to_string(names.size()) + " before, " +
                 std::to_string(now) + " after (" + what + ")\n";
        }
      }
      return std::string();
    };
    if (auto merged = moved(folded_name, true, "two groups merged under one name?"); !merged.empty()) {
      return merged;
    }
    return moved(database_name, false, "a group split, renamed on some rows only?");
  }
  return std::string();
}

std::string describe_difference(const std::set<std::string>& in, const std::set<std::string>& out) {
  std::string text;
  int shown = 0;
  const auto show = [&](const std::string& k, const char* what) {
    if (++shown > 10) return;
    // Separators as '|', other control bytes (a NUL would end the message) as \xNN.
    std::string readable;
    for (const char c : k) {
      if (c == '\x1f') {
        readable += '|';
      } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
        static constexpr char kHex[] = "0123456789abcdef";
        readable += {'\\', 'x', kHex[(c >> 4) & 0xf], kHex[c & 0xf]};
      } else {
        readable += c;
      }
    }
    text += std::string("  ") + what + " " + readable + "\n";
  };
  for (const std::string& k : in) {
    if (!out.count(k)) show(k, "lost:");
  }
  for (const std::string& k : out) {
    if (!in.count(k)) show(k, "new: ");
  }
  if (shown > 10) text += "  ... " + std::to_string(shown - 10) + " more\n";
  return text;
}

bool refusal_allowed(const std::string& message) {
  return message.find("quote error") != std::string::npos ||
         message.find("values where the header has") != std::string::npos ||
         message.find("the header has no ") != std::string::npos;
}

}  // namespace cerslint::fix::oracle
