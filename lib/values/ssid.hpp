// SSID shapes (family N): what Excel and copy-paste do to the 10-digit statewide student id.
// CERS never checks an SSID; the loader trims spaces and creates a stub student for any value it
// does not know, so every shape below means a student silently missing from the group.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cerslint::values {

enum class SsidShape : std::uint8_t {
  kBlank,        // empty or Java-blank: no student on this row
  kValid,        // exactly 10 ASCII digits
  kScientific,   // Excel's scientific notation ("9.00001E+09"): the digits are lost
  kNineDigits,   // exactly 9 ASCII digits: probably a lost leading zero
  kOther,        // anything else that is not 10 ASCII digits
};

struct SsidClass {
  SsidShape shape = SsidShape::kBlank;
  bool surrounding_spaces = false;  // leading or trailing ASCII spaces (the loader trims them)
  std::string_view trimmed;         // the value without those spaces (a view into the input)
};

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

// A "seen in this group" set: 64-bit value hash -> the row that first had it. Open addressing
// with generation stamps, so clear() is O(1) however large an earlier group was; capacity is
// kept between groups (no allocation per row once warmed up) and released by release().
class FirstRowMap {
 public:
  // Inserts `key` with `row` if absent and returns 0; if present returns the stored row.
  std::uint64_t find_or_insert(std::uint64_t key, std::uint64_t row);
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
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return slots_.size(); }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint64_t row = 0;
    std::uint32_t generation = 0;
  };
  void grow();
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::uint32_t generation_ = 1;
};

}  // namespace cerslint::values
