// Group-name classifiers. Every function looks at the bytes first: group names are almost
// always short printable ASCII, and ICU is only reached for the rare non-ASCII name.
#include "values/group_name.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>

#include <array>
#include <memory>

#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/text_fix.hpp"  // formula_prefix (G007)

namespace cerslint::values {
namespace {

// ---- small parsing helpers ------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Reads 1..max_len digits at `i`; returns the count read (0 if none or too many).
std::size_t read_digits(std::string_view s, std::size_t i, std::size_t min_len,
                        std::size_t max_len, int& value) {
  std::size_t n = 0;
  value = 0;
  while (i + n < s.size() && is_digit(s[i + n])) {
    if (n == max_len) return 0;
    value = value * 10 + (s[i + n] - '0');
    ++n;
  }
  return n >= min_len ? n : 0;
}

// "jan".."dec" in any case at `i` (3 letters) → 1..12, else 0.
int read_month(std::string_view s, std::size_t i) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (i + 3 > s.size()) return 0;
  const char a = ascii_lower(s[i]), b = ascii_lower(s[i + 1]), c = ascii_lower(s[i + 2]);
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m][0] == a && kMonths[m][1] == b && kMonths[m][2] == c) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool valid_month_day(int month, int day) { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }

// Days from 1970-01-01 to a civil date (H. Hinnant's algorithm), and back.
constexpr long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void civil_from_days(long z, int& month, int& day) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
}

// Excel's serial 25569 is 1970-01-01 (serials count days from 1899-12-30 after the 1900 bug).
constexpr long kSerialEpoch = 25569;
constexpr long kSerialMin = kSerialEpoch + days_from_civil(1990, 1, 1);    // 32874
constexpr long kSerialMax = kSerialEpoch + days_from_civil(2040, 12, 31);  // 51501
static_assert(kSerialMin == 32874 && kSerialMax == 51501);

// Decodes one UTF-8 sequence at `i`; returns its length (1 for a malformed byte: U+FFFD).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t len =
      b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      cp = 0xFFFD;
      return 1;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  return len;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' ||
         (c >= 0x1C && c <= 0x1F);
}

}  // namespace

// ---- Excel dates ----------------------------------------------------------------------------

std::optional<ExcelDate> excel_date_text(std::string_view s) {
  if (s.size() < 5 || s.size() > 11) return std::nullopt;
  int a = 0;
  int b = 0;
  int c = 0;
  if (is_digit(s[0])) {
    const std::size_t n1 = read_digits(s, 0, 1, 4, a);
    if (n1 == 0 || n1 >= s.size()) return std::nullopt;
    const char sep = s[n1];
    if (sep == '-' && n1 <= 2) {  // 1-May, 01-May, 1-May-25, 1-May-2025
      const int month = read_month(s, n1 + 1);
      if (month == 0 || !valid_month_day(month, a)) return std::nullopt;
      std::size_t i = n1 + 4;
      if (i == s.size()) return ExcelDate{DateShape::kDayMonth, month, a, {}};
      if (s[i] != '-') return std::nullopt;
      const std::size_t n3 = read_digits(s, i + 1, 2, 4, c);
      if ((n3 == 2 || n3 == 4) && i + 1 + n3 == s.size()) {
        return ExcelDate{DateShape::kDayMonth, month, a, {}};
      }
      return std::nullopt;
    }
    if (sep == '/' && n1 <= 2) {  // 5/1/2025, 5/1/25
      const std::size_t n2 = read_digits(s, n1 + 1, 1, 2, b);
      if (n2 == 0 || n1 + 1 + n2 >= s.size() || s[n1 + 1 + n2] != '/') return std::nullopt;
      const std::size_t i = n1 + 2 + n2;
      const std::size_t n3 = read_digits(s, i, 2, 4, c);
      if ((n3 != 2 && n3 != 4) || i + n3 != s.size() || !valid_month_day(a, b)) {
        return std::nullopt;
      }
      return ExcelDate{DateShape::kSlashDate, a, b, {}};
    }
    if (sep == '-' && n1 == 4 && s.size() == 10 && s[7] == '-') {  // 2025-05-01
      if (read_digits(s, 5, 2, 2, b) != 2 || read_digits(s, 8, 2, 2, c) != 2) return std::nullopt;
      if (a < 1900 || a > 2099 || !valid_month_day(b, c)) return std::nullopt;
      return ExcelDate{DateShape::kIsoDate, b, c, {}};
    }
    return std::nullopt;
  }
  // May-01, Mar-45
  const int month = read_month(s, 0);
  if (month == 0 || s.size() != 6 || s[3] != '-' || read_digits(s, 4, 2, 2, a) != 2) {
    return std::nullopt;
  }
  return ExcelDate{DateShape::kMonthYear, month, 0, s.substr(4)};
}

std::optional<ExcelDate> excel_date_serial(std::string_view s) {
  int serial = 0;
  if (s.size() != 5 || read_digits(s, 0, 5, 5, serial) != 5) return std::nullopt;
  if (serial < kSerialMin || serial > kSerialMax) return std::nullopt;
  ExcelDate d{DateShape::kSerial, 0, 0, {}};
  civil_from_days(serial - kSerialEpoch, d.month, d.day);
  return d;
}

std::string excel_date_original(const ExcelDate& date) {
  std::string out = std::to_string(date.month);
  out += '-';
  if (date.shape == DateShape::kMonthYear) {
    out += date.year_text;
  } else {
    out += std::to_string(date.day);
  }
  return out;
}

bool looks_like_section_code(std::string_view s) {
  int v = 0;
  const std::size_t n1 = read_digits(s, 0, 1, 3, v);
  if (n1 == 0 || n1 >= s.size() || s[n1] != '-') return false;
  const std::size_t n2 = read_digits(s, n1 + 1, 1, 3, v);
  return n2 > 0 && n1 + 1 + n2 == s.size();
}

std::uint64_t section_evidence_school(std::string_view school) {
  std::string digits;
  for (const char c : school) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() < 14) digits.insert(0, 14 - digits.size(), '0');
  return hash64(digits);
}

// ---- Fold hash ------------------------------------------------------------------------------

std::uint64_t group_name_fold_hash(std::string_view name, std::string& scratch) {
  scratch.clear();
  if (text::is_ascii(name)) {
    // Written through a pointer into room for the whole name (folding never lengthens it):
    // appending a character at a time cost a capacity check and a call each.
    scratch.resize(name.size());
    char* const begin = scratch.data();
    char* out = begin;
    bool pending_space = false;
    for (char c : name) {
      if (is_ascii_space(c)) {
        pending_space = out != begin;
        continue;
      }
      if (pending_space) *out++ = ' ';
      pending_space = false;
      *out++ = ascii_lower(c);
    }
    return hash64(std::string_view(begin, static_cast<std::size_t>(out - begin)));
  }
  bool pending_space = false;
  for (std::size_t i = 0; i < name.size();) {
    char32_t cp;
    const std::size_t len = decode(name, i, cp);
    if (u_isWhitespace(static_cast<UChar32>(cp))) {  // Java's Character.isWhitespace
      pending_space = !scratch.empty();
    } else {
      if (pending_space) scratch += ' ';
      pending_space = false;
      scratch.append(name.substr(i, len));
    }
    i += len;
  }
  // Full Unicode lower-casing (as Java's toLowerCase(Locale.ROOT)) through UTF-16.
  UErrorCode status = U_ZERO_ERROR;
  std::u16string wide(scratch.size(), u'\0');
  int32_t wide_len = 0;
  u_strFromUTF8WithSub(wide.data(), static_cast<int32_t>(wide.size()), &wide_len,
                       scratch.data(), static_cast<int32_t>(scratch.size()), 0xFFFD, nullptr,
                       &status);
  if (U_FAILURE(status)) return hash64(scratch);
  std::u16string lower(static_cast<std::size_t>(wide_len) * 3 + 4, u'\0');
  const int32_t lower_len = u_strToLower(lower.data(), static_cast<int32_t>(lower.size()),
                                         wide.data(), wide_len, "", &status);
  if (U_FAILURE(status)) return hash64(scratch);
  scratch.resize(static_cast<std::size_t>(lower_len) * 3 + 4);
  int32_t out_len = 0;
  u_strToUTF8(scratch.data(), static_cast<int32_t>(scratch.size()), &out_len, lower.data(),
              lower_len, &status);
  scratch.resize(U_FAILURE(status) ? 0 : static_cast<std::size_t>(out_len));
  return hash64(scratch);
}

// ---- Limits ---------------------------------------------------------------------------------

bool ordinary_group_name(std::string_view name) {
  if (name.empty()) return true;
  if (name.size() > kMaxGroupNameChars) return false;
  if (name.front() == ' ' || name.back() == ' ' || formula_prefix(name)) return false;
  // Printable ASCII (0x20-0x7E). Names are short and this runs once per new name: a byte loop.
  for (const char c : name) {
    if (static_cast<unsigned char>(c) - 0x20u >= 0x5Fu) return false;
  }
  return true;
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
    } else {
      char32_t cp;
      i += decode(s, i, cp);
    }
    ++n;
  }
  return n;
}

std::optional<CodePointAt> first_outside_bmp(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0xF0) continue;
    char32_t cp;
    const std::size_t len = decode(s, i, cp);
    if (len == 4 && cp > 0xFFFF && cp <= 0x10FFFF) {
      return CodePointAt{cp, static_cast<std::uint32_t>(i)};
    }
  }
  return std::nullopt;
}

// ---- Look-alikes ----------------------------------------------------------------------------

namespace {

struct SpoofCloser {
  void operator()(USpoofChecker* sc) const { uspoof_close(sc); }
};

const USpoofChecker* spoof_checker() {
  static const std::unique_ptr<USpoofChecker, SpoofCloser> checker = [] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&status);
    if (U_FAILURE(status)) sc = nullptr;
    return std::unique_ptr<USpoofChecker, SpoofCloser>(sc);
  }();
  return checker.get();
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The single ASCII letter or digit `cp` is confusable with, or 0.
char ascii_skeleton(char32_t cp) {
  const USpoofChecker* sc = spoof_checker();
  if (sc == nullptr) return 0;
  UChar in[2];
  int32_t in_len = 0;
  UBool error = false;
  U16_APPEND(in, in_len, 2, static_cast<UChar32>(cp), error);
  if (error) return 0;
  UChar out[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uspoof_getSkeleton(sc, 0, in, in_len, out, 8, &status);
  if (U_FAILURE(status) || n != 1 || !is_ascii_alnum(out[0])) return 0;
  return static_cast<char>(out[0]);
}

std::string unicode_name(char32_t cp) {
  char buf[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, buf, sizeof buf,
                               &status);
  if (U_FAILURE(status) || n <= 0) return {};
  std::string name(buf, static_cast<std::size_t>(std::min<int32_t>(n, sizeof buf - 1)));
  for (char& c : name) c = ascii_lower(c);
  return name;
}

}  // namespace

std::optional<LookAlike> first_look_alike(std::string_view s) {
  if (text::is_ascii(s)) return std::nullopt;
  bool word_has_latin = false;
  std::optional<LookAlike> word_suspect;
  for (std::size_t i = 0; i <= s.size();) {
    char32_t cp = ' ';
    std::size_t len = 1;
    if (i < s.size()) len = decode(s, i, cp);
    const bool letter = cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
                                  : (u_isalpha(static_cast<UChar32>(cp)) ||
                                     u_getCombiningClass(static_cast<UChar32>(cp)) != 0);
    if (!letter) {  // a word ends
      if (word_has_latin && word_suspect) return word_suspect;
      word_has_latin = false;
      word_suspect.reset();
    } else if (cp < 0x80) {
      word_has_latin = true;
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
      if (U_FAILURE(status) || script == USCRIPT_LATIN) {
        word_has_latin = word_has_latin || U_SUCCESS(status);
      } else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED && !word_suspect) {
        if (const char ascii = ascii_skeleton(cp)) {
          word_suspect = LookAlike{cp, static_cast<std::uint32_t>(i), ascii, unicode_name(cp)};
        }
      }
    }
    i += len;
  }
  return std::nullopt;
}

}  // namespace cerslint::values
