// SSID shapes (family N): what Excel and copy-paste do to the 10-digit statewide student id.
// CERS never checks an SSID; the loader trims spaces and creates a stub student for any value it
// does not know, so every shape below means a student silently missing from the group.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cerslint::values {

enum class SsidShape : std::uint8_t {
  kBlank,       // empty or Java-blank: no student on this row
  kValid,       // exactly 10 ASCII digits
  kScientific,  // Excel's scientific notation ("9.00001E+09"): the digits are lost
  kNineDigits,  // exactly 9 ASCII digits: probably a lost leading zero
  kOther,       // anything else that is not 10 ASCII digits
};

struct SsidClass {
  SsidShape shape = SsidShape::kBlank;
  bool surrounding_spaces = false;  // leading or trailing ASCII spaces (the loader trims them)
  std::string_view trimmed;         // the value without those spaces (a view into the input)
};

// Exactly 10 ASCII digits: the common SSID, tested 8 + 2 bytes at a time. A byte is a digit
// when its high nibble is 3 and stays 3 after adding 6 (no carry crosses bytes once every high
// nibble is known to be 3).
inline bool is_ten_ascii_digits(std::string_view s) {
  if (s.size() != 10) return false;
  std::uint64_t a;
  std::uint16_t b;
  std::memcpy(&a, s.data(), 8);
  std::memcpy(&b, s.data() + 8, 2);
  constexpr std::uint64_t kHi = 0xF0F0F0F0F0F0F0F0ull, k3 = 0x3030303030303030ull,
                          k6 = 0x0606060606060606ull;
  const bool low8 = (a & kHi) == k3 && ((a + k6) & kHi) == k3;
  const bool high2 = (b & 0xF0F0u) == 0x3030u && ((b + 0x0606u) & 0xF0F0u) == 0x3030u;
  return low8 && high2;
}

// A key for "seen in this group" sets: for 10 ASCII digits the digits themselves, packed
// (exact: two SSIDs share a key only if equal); otherwise hash64 of the value with the top bit
// set, so it never equals a packed key.
std::uint64_t ssid_key(std::string_view trimmed);
// ssid_key of a value already known to be ten ASCII digits (is_ten_ascii_digits).
inline std::uint64_t ssid_key_of_ten_digits(std::string_view s) {
  std::uint64_t a;
  std::uint16_t b;
  std::memcpy(&a, s.data(), 8);
  std::memcpy(&b, s.data() + 8, 2);
  // Low nibbles of the first 8 bytes, and the last two digits in the high nibbles of the two
  // lowest bytes: 40 significant bits, top bit clear.
  const std::uint64_t tail = static_cast<std::uint64_t>(b & 0x0F0Fu) << 4;
  return (a & 0x0F0F0F0F0F0F0F0Full) | tail;
}

// ASCII spaces only: tabs and line breaks are not trimmed by the loader, so they stay part of
// the value (and make it kOther).
std::string_view trim_ascii_spaces(std::string_view s);

// Classifies a raw student_ssid value. The common case (10 ASCII digits) costs a length check
// and ten byte compares.
SsidClass classify_ssid(std::string_view raw);

// For kOther: appends a short reason to `out` ("has 11 digits", "contains a letter 'A'",
// "contains a no-break space (U+00A0)", "looks like a number with decimals").
void describe_ssid_problem(std::string_view trimmed, std::string& out);

// 64-bit hash of a value with ASCII letters folded to lower case (same as hash64 on ASCII-lower
// input), for case-insensitive "seen before" sets without a copy.
std::uint64_t hash64_ascii_lower(std::string_view s);

// A flat map from a 64-bit key to a non-zero value, made for "seen before" tables that are
// emptied often: N005's and L005's value hash -> the row that first had it in a group, and the
// per-school tables of G002, M004 and the engine's school tally (values: a line, 1 + an index).
// Open addressing with generation stamps, so clear() is O(1) however large an earlier group
// was; capacity is kept between clears (no allocation per row once warmed up) and given back by
// release_if_larger_than().
class FirstRowMap {
 public:
  // Inserts `key` with `row` if absent and returns 0; if present returns the stored row.
  std::uint64_t find_or_insert(std::uint64_t key, std::uint64_t row);
  // The stored row of `key`, or 0 when it is absent.
  std::uint64_t find(std::uint64_t key) const;
  void clear() {
    ++generation_;
    size_ = 0;
    if (generation_ == 0) {  // wrapped: really empty the slots once every 4 billion groups
      for (Slot& s : slots_) s.generation = 0;
      generation_ = 1;
    }
  }
  // clear() and give memory back when an unusually large group grew the table.
  void release_if_larger_than(std::size_t slots);
  // What N005 and L005 do when a new group starts: forget it all, and at a new school also give
  // back memory an unusually large group took (memory bounded by one school, never the file).
  void start_group(bool new_school) {
    if (new_school) {
      release_if_larger_than(kKeepSlots);
    } else {
      clear();
    }
  }
  static constexpr std::size_t kKeepSlots = 4096;
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return slots_.size(); }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint64_t row = 0;
    std::uint32_t generation = 0;
  };
  void grow();
  // Fibonacci hashing: the high bits of key * 2^64/phi, so keys need not be well mixed.
  std::size_t slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  std::vector<Slot> slots_;
  int shift_ = 64;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;
};

}  // namespace cerslint::values
