// File-encoding facts for the F rules: where UTF-8 breaks, whether bytes look like UTF-16, and
// (with ICU) which 8-bit encoding a file that is not UTF-8 most likely uses and what its bytes
// meant there. Everything has an ASCII fast path; ICU is called only on the rare bad record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cerslint::values {

// True when some byte is >= 0x80 (word-at-a-time; the common all-ASCII line costs little).
bool has_non_ascii(std::string_view bytes);

// The first ill-formed UTF-8 sequence in `bytes`: its offset and the length of its maximal
// ill-formed subpart (what one U+FFFD replaces in Java's decoder). nullopt when well-formed.
struct Utf8Error {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
};
std::optional<Utf8Error> first_utf8_error(std::string_view bytes);

// ASCII text written as UTF-16 has a NUL in every other byte. Given bytes starting at file
// offset `file_offset` (parity matters), says whether they look like UTF-16 and which byte
// order: at least 4 NULs making up a quarter of the bytes or more, mostly on one parity.
enum class Utf16Order : std::uint8_t { kNone, kLittleEndian, kBigEndian };
Utf16Order looks_like_utf16(std::string_view bytes, std::uint64_t file_offset = 0);

// Layout rules stay quiet on UTF-16 files, whose NUL bytes make every other check meaningless
// (F002 or F001 report the encoding once): true for a UTF-16 byte order mark or a header record
// that looks like UTF-16.
inline bool file_is_utf16(bool utf16_bom, std::string_view header_raw,
                          std::uint64_t header_offset) {
  return utf16_bom || looks_like_utf16(header_raw, header_offset) != Utf16Order::kNone;
}

// A likely encoding for bytes that are not UTF-8, from ICU's charset detector restricted to
// what a school's spreadsheet can produce. `icu_name` opens an ICU converter; `label` is for
// people ("Windows-1252"). Short samples default to Windows-1252 (Excel's "CSV" on Windows).
struct EncodingGuess {
  std::string icu_name;
  std::string label;
  bool confident = false;  // ICU agreed with reasonable confidence
};
EncodingGuess guess_encoding(std::string_view sample);

// `bytes` decoded from `icu_name` and re-encoded as UTF-8 (undecodable bytes become U+FFFD).
// Empty when the converter cannot be opened.
std::string decode_to_utf8(std::string_view bytes, std::string_view icu_name);

// "0xE9" or "0xE9 0x80" for up to 4 bytes.
std::string hex_bytes(std::string_view bytes);

}  // namespace cerslint::values
