// SSID shapes: ASCII fast path first, because SSIDs are almost always 10 plain digits.
#include "values/ssid.hpp"

#include <fmt/format.h>

#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/email.hpp"
#include "values/values.hpp"

namespace cerslint::values {

std::string_view trim_ascii_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

SsidClass classify_ssid(std::string_view raw) {
  SsidClass c;
  if (is_ten_ascii_digits(raw)) {
    c.shape = SsidShape::kValid;
    c.trimmed = raw;
    return c;
  }
  if (raw.empty() || text::is_blank(raw)) return c;  // kBlank
  c.trimmed = trim_ascii_spaces(raw);
  c.surrounding_spaces = c.trimmed.size() != raw.size();
  if (is_ten_ascii_digits(c.trimmed)) {
    c.shape = SsidShape::kValid;
  } else if (is_scientific_notation(c.trimmed)) {
    c.shape = SsidShape::kScientific;
  } else if (c.trimmed.size() == 9 && is_ascii_digits(c.trimmed)) {
    c.shape = SsidShape::kNineDigits;
  } else {
    c.shape = SsidShape::kOther;
  }
  return c;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "9000000001.0", "9000000001.00": Excel or a database export wrote the id as a decimal number.
bool is_decimal_number(std::string_view s) {
  const std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == s.size()) return false;
  return is_ascii_digits(s.substr(0, dot)) && is_ascii_digits(s.substr(dot + 1));
}

}  // namespace

void describe_ssid_problem(std::string_view s, std::string& out) {
  auto it = std::back_inserter(out);
  if (is_ascii_digits(s)) {
    fmt::format_to(it, "has {} digits", s.size());
    return;
  }
  if (is_decimal_number(s)) {
    fmt::format_to(it, "looks like a number with decimals");
    return;
  }
  if (const auto suspect = first_suspect_char(s)) {
    fmt::format_to(it, "contains a {} ({})", suspect->name, code_point_label(suspect->code_point));
    return;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (is_digit(s[i])) continue;
    if (b == ' ') {
      fmt::format_to(it, "contains a space");
    } else if (b == '\t') {
      fmt::format_to(it, "contains a tab");
    } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
      fmt::format_to(it, "contains the letter '{}'", s[i]);
    } else if (b < 0x80) {
      fmt::format_to(it, "contains '{}'", s[i]);
    } else {
      // A non-ASCII character: show the whole UTF-8 sequence.
      std::size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      fmt::format_to(it, "contains '{}', which is not an ASCII digit", s.substr(i, n));
    }
    return;
  }
  fmt::format_to(it, "is not 10 digits");  // not reached: s has a non-digit
}

std::uint64_t ssid_key(std::string_view s) {
  if (!is_ten_ascii_digits(s)) return hash64(s) | (1ull << 63);
  return ssid_key_of_ten_digits(s);
}

std::uint64_t hash64_ascii_lower(std::string_view s) {
  // Eight bytes at a time: a byte is an ASCII capital when its low seven bits are in 'A'..'Z'
  // and its high bit is clear; adding 0x20 lowers it. Per byte, b7 + (0x80 - 'A') sets the high
  // bit when b7 >= 'A', b7 + (0x7F - 'Z') when b7 > 'Z' (b7 < 0x80: no carry leaves the byte).
  return hash_detail::hash64_words(s, [](std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const std::uint64_t b7 = w & ~kHigh;
    const std::uint64_t at_least_a = b7 + (0x80 - 'A') * kOnes;
    const std::uint64_t above_z = b7 + (0x7F - 'Z') * kOnes;
    const std::uint64_t capital = at_least_a & ~above_z & ~w & kHigh;
    return w | (capital >> 2);  // 0x80 >> 2 = 0x20
  });
}

std::uint64_t FirstRowMap::find_or_insert(std::uint64_t key, std::uint64_t row) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = slot_of(key);; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.generation != generation_) {
      s = Slot{key, row, generation_};
      ++size_;
      return 0;
    }
    if (s.key == key) return s.row;
  }
}

std::uint64_t FirstRowMap::find(std::uint64_t key) const {
  if (slots_.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = slot_of(key);; i = (i + 1) & mask) {  // never full: ends at a free slot
    const Slot& s = slots_[i];
    if (s.generation != generation_) return 0;
    if (s.key == key) return s.row;
  }
}

void FirstRowMap::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  shift_ = 64;
  for (std::size_t n = slots_.size(); n > 1; n >>= 1) --shift_;
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.generation != generation_) continue;
    std::size_t i = slot_of(s.key);
    while (slots_[i].generation == generation_) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void FirstRowMap::release_if_larger_than(std::size_t slots) {
  if (slots_.size() > slots) {
    std::vector<Slot>().swap(slots_);
    size_ = 0;
  } else {
    clear();
  }
}

}  // namespace cerslint::values
