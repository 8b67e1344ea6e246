// Repairs for the F and G rules' fixes (see text_fix.hpp).
#include "values/text_fix.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstring>

#include "text/java_text.hpp"
#include "values/values.hpp"

namespace cerslint::values {
namespace {

// One UTF-8 sequence; its length (1 for an invalid byte, decoded as U+FFFD).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t len = b < 0x80             ? 1
                          : (b >> 5) == 0x6    ? 2
                          : (b >> 4) == 0xE    ? 3
                          : (b >> 3) == 0x1E   ? 4
                                               : 0;
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

bool is_space_or_tab(char c) { return c == ' ' || c == '\t'; }

// `name` with its inner part (between Java whitespace at the ends) replaced by `inner`, itself
// stripped of the whitespace a repair left at its ends. False when that is blank or unchanged.
bool rebuild(std::string_view name, std::string_view old_inner, std::string_view inner,
             std::string& out) {
  const std::string_view kept = text::strip(inner);
  if (kept.empty() || kept == old_inner) return false;
  const auto lead = static_cast<std::size_t>(old_inner.data() - name.data());
  std::string result;
  result.reserve(name.size());
  result.append(name.substr(0, lead)).append(kept).append(name.substr(lead + old_inner.size()));
  out = std::move(result);
  return true;
}

// The compatibility form (NFKC) of `cp` when it is one or more characters up to U+FFFF, in
// UTF-8 ("𝐌" MATHEMATICAL BOLD CAPITAL M -> "M"); false for emoji and the like, which have none.
bool bmp_compatibility_form(char32_t cp, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) return false;
  UChar in[2];
  int32_t in_len = 0;
  UBool error = false;
  U16_APPEND(in, in_len, 2, static_cast<UChar32>(cp), error);
  if (error) return false;
  UChar norm[16];
  const int32_t n = unorm2_normalize(nfkc, in, in_len, norm, 16, &status);
  if (U_FAILURE(status) || n == 0) return false;
  std::string utf8;
  for (int32_t k = 0; k < n; ++k) {
    if (U16_IS_SURROGATE(norm[k])) return false;  // still outside the BMP (or unchanged)
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, norm[k]);
    utf8.append(buf, static_cast<std::size_t>(len));
  }
  out.append(utf8);
  return true;
}

}  // namespace

bool join_line_breaks(std::string_view value, std::string& out) {
  if (value.find_first_of("\r\n") == std::string_view::npos) return false;
  std::string result;
  result.reserve(value.size());
  std::size_t i = 0;
  while (i < value.size()) {
    if (value[i] != '\r' && value[i] != '\n') {
      result += value[i++];
      continue;
    }
    // A run: line breaks with the spaces and tabs around them.
    while (!result.empty() && is_space_or_tab(result.back())) result.pop_back();
    while (i < value.size() &&
           (value[i] == '\r' || value[i] == '\n' || is_space_or_tab(value[i]))) {
      ++i;
    }
    if (!result.empty() && i < value.size()) result += ' ';
  }
  out = std::move(result);
  return true;
}

bool replace_backslashes(std::string_view value, std::string& out) {
  if (std::memchr(value.data(), '\\', value.size()) == nullptr) return false;
  std::string result(value);
  for (char& c : result) {
    if (c == '\\') c = '/';
  }
  out = std::move(result);
  return true;
}

char look_alike_latin(const LookAlike& l) {
  char c = l.looks_like;
  const auto cp = static_cast<UChar32>(l.code_point);
  if (u_isupper(cp) || u_istitle(cp)) {
    if (c == 'l') return 'I';  // the skeleton of I is l
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  } else if (u_islower(cp) && c >= 'A' && c <= 'Z') {
    c = static_cast<char>(c - 'A' + 'a');
  }
  return c;
}

bool plain_group_name(std::string_view name, std::string& out) {
  const std::string_view inner = text::strip(name);
  if (inner.empty()) return false;
  std::string fixed;
  std::string_view rest = inner;
  bool changed = false;
  // Suspect characters, left to right.
  while (const auto s = first_suspect_char(rest)) {
    char32_t cp;
    const std::size_t len = decode(rest, s->byte_offset, cp);
    fixed.append(rest.substr(0, s->byte_offset));
    if (s->name == "control character") {
      if (text::is_java_whitespace(s->code_point)) fixed += ' ';
    } else {
      fixed.append(s->plain);
    }
    rest.remove_prefix(s->byte_offset + len);
    changed = true;
  }
  if (changed) {
    fixed.append(rest);
  } else {
    fixed.assign(inner);
  }
  // Look-alike letters: each replacement leaves one fewer, so this ends.
  while (const auto l = first_look_alike(fixed)) {
    char32_t cp;
    const std::size_t len = decode(fixed, l->byte_offset, cp);
    fixed.replace(l->byte_offset, len, 1, look_alike_latin(*l));
    changed = true;
  }
  if (!changed) return false;
  return rebuild(name, inner, fixed, out);
}

std::uint64_t plain_fold_hash(std::string_view name, std::string& plain, std::string& scratch) {
  return plain_group_name(name, plain) ? group_name_fold_hash(plain, scratch) : 0;
}

bool remove_outside_bmp(std::string_view name, std::string& out) {
  if (!first_outside_bmp(name)) return false;
  const std::string_view inner = text::strip(name);
  std::string fixed;
  fixed.reserve(inner.size());
  for (std::size_t i = 0; i < inner.size();) {
    char32_t cp;
    std::size_t len = decode(inner, i, cp);
    if (cp <= 0xFFFF) {
      fixed.append(inner.substr(i, len));
      i += len;
      continue;
    }
    i += len;
    if (bmp_compatibility_form(cp, fixed)) continue;
    // The emoji and what belongs to it.
    while (i < inner.size()) {
      len = decode(inner, i, cp);
      if (cp == 0xFE0E || cp == 0xFE0F || cp == 0x20E3 || cp > 0xFFFF) {
        i += len;
      } else if (cp == 0x200D) {  // zero-width joiner: the next character is part of it
        i += len;
        if (i < inner.size()) i += decode(inner, i, cp);
      } else {
        break;
      }
    }
    if (!fixed.empty() && fixed.back() == ' ' && i < inner.size() && inner[i] == ' ') ++i;
  }
  // A compatibility form can be a letter G003 reads as a look-alike ("𝜌ath": the styled rho
  // becomes a Greek "ρath"). G003 runs before G006, so it would first see that letter on the
  // next run (found by fuzz_fix): write it as G003 would, when the name had nothing for G003
  // before. (A name that had, G003 is not selected; its own characters are not G006's to fix.)
  std::string plain;
  if (!plain_group_name(inner, plain) && plain_group_name(fixed, plain)) fixed = std::move(plain);
  return rebuild(name, inner, fixed, out);
}

namespace {
// "-5", "+12", "-1.5": a sign, digits, at most one decimal point with digits after it.
bool signed_number(std::string_view s) {
  if (s.size() < 2 || (s[0] != '-' && s[0] != '+')) return false;
  std::size_t i = 1;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (digits == 0) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t decimals = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++decimals;
    if (decimals == 0) return false;
  }
  return i == s.size();
}

}  // namespace

bool formula_prefix(std::string_view n) {
  if (n.empty()) return false;
  const char c = n.front();
  return (c == '=' || c == '+' || c == '-' || c == '@') && !signed_number(n);
}

std::string_view without_formula_prefix(std::string_view name) {
  if (name.size() >= 3 && name[0] == '=' && name[1] == '"' && name.back() == '"' &&
      name.substr(2, name.size() - 3).find('"') == std::string_view::npos) {
    name = text::strip(name.substr(2, name.size() - 3));
  }
  while (formula_prefix(name)) {
    name = text::strip(name.substr(1));
  }
  return name;
}

void RenameGuard::enter_school(std::string_view school) {
  if (in_school_) left_schools_.insert(hash64(current_school_));
  in_use_.clear();
  current_school_.assign(school);
  in_school_ = true;
  reopened_ = left_schools_.contains(hash64(current_school_));
}

}  // namespace cerslint::values
