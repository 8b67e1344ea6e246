// Decimal text without doubles, Excel number formats, date serials.
#include "xlsx/number_text.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace cerslint::xlsx {

std::optional<std::string> plain_decimal(std::string_view v) {
  std::size_t i = 0;
  bool negative = false;
  if (i < v.size() && (v[i] == '-' || v[i] == '+')) negative = v[i++] == '-';
  std::string digits;  // all mantissa digits, the point removed
  long long point = -1;  // digits before the decimal point
  bool any = false;
  for (; i < v.size(); ++i) {
    const char c = v[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      any = true;
    } else if (c == '.' && point < 0) {
      point = static_cast<long long>(digits.size());
    } else {
      break;
    }
    if (digits.size() > 400) return std::nullopt;
  }
  if (!any) return std::nullopt;
  if (point < 0) point = static_cast<long long>(digits.size());
  if (i < v.size()) {
    if (v[i] != 'E' && v[i] != 'e') return std::nullopt;
    ++i;
    int exponent = 0;
    std::size_t start = i;
    if (i < v.size() && v[i] == '+') start = ++i;
    const auto [end, ec] = std::from_chars(v.data() + start, v.data() + v.size(), exponent);
    if (ec != std::errc() || end != v.data() + v.size() || start == v.size()) return std::nullopt;
    if (exponent > 400 || exponent < -400) return std::nullopt;
    point += exponent;
  }
  // Place the point: pad with zeros on either side as the exponent asks.
  if (point < 0) {
    digits.insert(0, static_cast<std::size_t>(-point), '0');
    point = 0;
  }
  if (point > static_cast<long long>(digits.size())) digits.append(point - digits.size(), '0');
  std::string whole = digits.substr(0, static_cast<std::size_t>(point));
  std::string fraction = digits.substr(static_cast<std::size_t>(point));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::size_t lead = 0;
  while (lead + 1 < whole.size() && whole[lead] == '0') ++lead;
  whole.erase(0, lead);
  if (whole.empty()) whole = "0";
  std::string out;
  if (negative && !(whole == "0" && fraction.empty())) out += '-';
  out += whole;
  if (!fraction.empty()) out += '.' + fraction;
  if (out.size() > 400) return std::nullopt;
  return out;
}

bool is_unsigned_integer(std::string_view plain) {
  if (plain.empty()) return false;
  for (char c : plain) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

namespace {

// Built-in formats (ECMA-376 part 1, 18.8.30) that show dates or times, as Excel in US English
// displays them.
std::string_view builtin_date(int id) {
  switch (id) {
    case 14: return "m/d/yyyy";
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "m/d/yyyy h:mm";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mm:ss.0";
    default: break;
  }
  // East Asian built-in dates: shown here in ISO order.
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "yyyy-mm-dd";
  return {};
}

// The format code's first section with literals ("...", \x, [..] colours and locales, _x, *x)
// removed: what decides the kind of format.
std::string format_letters(std::string_view code) {
  std::string out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

}  // namespace

NumberFormat classify_format(int id, std::string_view code) {
  NumberFormat f;
  if (code.empty()) {
    if (id == 49) {
      f.kind = NumberFormat::Kind::kText;
      f.code = "@";
      return f;
    }
    const std::string_view date = builtin_date(id);
    if (!date.empty()) {
      f.kind = NumberFormat::Kind::kDate;
      f.code = date;
    }
    return f;  // General and the other built-in number formats
  }
  f.code = code;
  const std::string letters = format_letters(code);
  if (letters == "@") {
    f.kind = NumberFormat::Kind::kText;
    return f;
  }
  // Only zeros, no literal text around them ("Grade "0 shows more than digits).
  if (!letters.empty() && letters.find_first_not_of('0') == std::string::npos &&
      code.find_first_of("\"\\") == std::string_view::npos) {
    f.kind = NumberFormat::Kind::kZeroPadded;
    f.width = static_cast<std::uint32_t>(letters.size());
    return f;
  }
  if (letters == "general") return f;
  // A date or time shows y, m, d, h or s; a number format has none of these letters outside
  // literals ("e" appears in scientific formats, which is why it is not in the list).
  if (letters.find_first_of("ymdhs") != std::string::npos) f.kind = NumberFormat::Kind::kDate;
  return f;
}

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civil_from_days(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::optional<std::string> date_text(std::string_view v, std::string_view code, bool date1904) {
  const std::optional<std::string> plain = plain_decimal(v);
  if (!plain) return std::nullopt;
  const double serial = std::strtod(plain->c_str(), nullptr);
  if (!(serial >= 0) || serial > 2958465.999999) return std::nullopt;  // 9999-12-31
  long long day = static_cast<long long>(std::floor(serial));
  long long seconds = std::llround((serial - static_cast<double>(day)) * 86400.0);
  if (seconds >= 86400) {
    ++day;
    seconds -= 86400;
  }
  int y = 1900, m = 1, d = 0;
  if (date1904) {
    civil_from_days(day - 24107, y, m, d);  // 1904-01-01 is day 0
  } else if (day == 60) {
    m = 2;  // Excel's 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug)
    d = 29;
  } else if (day == 0) {
    m = 1;  // Excel shows serial 0 as 1900-01-00
    d = 0;
  } else {
    civil_from_days(day - (day < 60 ? 25568 : 25569), y, m, d);  // 1899-12-31 / 1899-12-30
  }
  const int weekday = static_cast<int>(((day + (date1904 ? 5 : 6)) % 7 + 7) % 7);
  const int hour = static_cast<int>(seconds / 3600), minute = static_cast<int>(seconds / 60 % 60),
            second = static_cast<int>(seconds % 60);
  const std::string lower = [&] {
    std::string s(code);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }();
  const bool twelve_hour = lower.find("am/pm") != std::string::npos ||
                           lower.find("a/p") != std::string::npos;
  std::string out;
  bool after_hour = false;  // "mm" after "h" means minutes
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
    std::size_t run = 1;
    while (i + run < code.size() &&
           std::tolower(static_cast<unsigned char>(code[i + run])) == c) {
      ++run;
    }
    if (c == ';') break;
    if (code[i] == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      out.append(code.substr(i + 1, close - i - 1));
      i = close;
      continue;
    }
    if (c == '\\') {
      if (i + 1 < code.size()) out += code[++i];
      continue;
    }
    if (c == '_') {
      ++i;
      out += ' ';
      continue;
    }
    if (c == '*') {
      ++i;
      continue;
    }
    if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (inside == "h" || inside == "hh") out += std::to_string(day * 24 + hour);  // elapsed
      i = close;
      continue;
    }
    if (lower.compare(i, 5, "am/pm") == 0) {
      out += hour < 12 ? "AM" : "PM";
      i += 4;
      continue;
    }
    if (lower.compare(i, 3, "a/p") == 0) {
      out += hour < 12 ? "A" : "P";
      i += 2;
      continue;
    }
    // Whether an "m" run is minutes: after an hour, or before seconds.
    const auto minutes_here = [&] {
      if (after_hour) return true;
      const std::size_t next = lower.find_first_of("ymdhs", i + run);
      return next != std::string::npos && lower[next] == 's';
    };
    switch (c) {
      case 'y': out += run <= 2 ? two(y % 100) : std::to_string(y); break;
      case 'm':
        if (run <= 2 && minutes_here()) {
          out += run == 1 ? std::to_string(minute) : two(minute);
        } else if (run == 1) {
          out += std::to_string(m);
        } else if (run == 2) {
          out += two(m);
        } else if (run == 3) {
          out += kMonths[m - 1].substr(0, 3);
        } else if (run == 5) {
          out += kMonths[m - 1].substr(0, 1);
        } else {
          out += kMonths[m - 1];
        }
        after_hour = false;
        break;
      case 'd':
        if (run <= 2) {
          out += run == 1 ? std::to_string(d) : two(d);
        } else {
          out += run == 3 ? kDays[weekday].substr(0, 3) : kDays[weekday];
        }
        break;
      case 'h': {
        int h = hour;
        if (twelve_hour) h = h % 12 == 0 ? 12 : h % 12;
        out += run == 1 ? std::to_string(h) : two(h);
        after_hour = true;
        break;
      }
      case 's': out += run == 1 ? std::to_string(second) : two(second); break;
      default:
        out.append(code.substr(i, run));
        break;
    }
    i += run - 1;
  }
  return out;
}

}  // namespace cerslint::xlsx
