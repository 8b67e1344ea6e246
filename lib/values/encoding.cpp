// Encoding detection for the F rules. UTF-8 checks are hand-written (Unicode Table 3-7, maximal
// subparts as Java's decoder replaces them); ICU is used only to name and decode other charsets.
#include "values/encoding.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <array>
#include <cstring>
#include <memory>

#include "text/java_text.hpp"  // ascii_prefix_length

namespace cerslint::values {

bool has_non_ascii(std::string_view bytes) {
  return text::ascii_prefix_length(bytes) != bytes.size();
}

std::optional<Utf8Error> first_utf8_error(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      // ASCII runs a word at a time: the fixer validates whole files with a non-ASCII byte
      // somewhere, and byte by byte that was a tenth of a fix's instructions.
      i += text::ascii_prefix_length(bytes.substr(i));
      continue;
    }
    int need;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return Utf8Error{static_cast<std::uint32_t>(i), 1};
    }
    std::size_t j = 1;
    for (; j <= static_cast<std::size_t>(need); ++j) {
      if (i + j >= n) break;
      const unsigned char b = s[i + j];
      const unsigned char l = j == 1 ? lo : 0x80;
      const unsigned char h = j == 1 ? hi : 0xBF;
      if (b < l || b > h) break;
    }
    if (j <= static_cast<std::size_t>(need)) {
      return Utf8Error{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
    }
    i += j;
  }
  return std::nullopt;
}

Utf16Order looks_like_utf16(std::string_view bytes, std::uint64_t file_offset) {
  std::size_t even = 0, odd = 0;  // NULs at even / odd file offsets
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\0') continue;
    if (((file_offset + i) & 1U) == 0) {
      ++even;
    } else {
      ++odd;
    }
  }
  const std::size_t nuls = even + odd;
  if (nuls < 4 || nuls * 4 < bytes.size()) return Utf16Order::kNone;
  // ASCII in UTF-16LE is "g\0r\0": NULs at odd offsets; big-endian puts them first.
  if (odd >= 3 * even) return Utf16Order::kLittleEndian;
  if (even >= 3 * odd) return Utf16Order::kBigEndian;
  return Utf16Order::kNone;
}

namespace {

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Multi-byte charsets ICU may name with some confidence; we trust them only above 50.
constexpr std::array<std::string_view, 5> kEastAsian = {"Shift_JIS", "GB18030", "Big5",
                                                        "EUC-JP", "EUC-KR"};

}  // namespace

EncodingGuess guess_encoding(std::string_view sample) {
  EncodingGuess fallback{"windows-1252", "Windows-1252", false};
  if (sample.empty()) return fallback;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return fallback;
  ucsdet_setText(det.get(), sample.data(), static_cast<std::int32_t>(sample.size()), &err);
  std::int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &err);
  if (U_FAILURE(err)) return fallback;
  for (std::int32_t i = 0; i < count; ++i) {
    UErrorCode e = U_ZERO_ERROR;
    const std::string_view name = ucsdet_getName(matches[i], &e);
    const std::int32_t confidence = ucsdet_getConfidence(matches[i], &e);
    if (U_FAILURE(e)) continue;
    // ISO-8859-1 is what ICU says for Latin text without bytes 0x80-0x9F; Windows-1252 is its
    // superset and what Excel writes, so one label covers both.
    if (name == "ISO-8859-1" || name == "windows-1252") {
      return EncodingGuess{"windows-1252", "Windows-1252", confidence >= 20};
    }
    if (name == "UTF-16LE" || name == "UTF-16BE") {
      if (confidence >= 50) return EncodingGuess{std::string(name), std::string(name), true};
      continue;
    }
    for (std::string_view ea : kEastAsian) {
      if (name == ea && confidence >= 50) {
        return EncodingGuess{std::string(name), std::string(name), true};
      }
    }
  }
  return fallback;
}

std::string decode_to_utf8(std::string_view bytes, std::string_view icu_name) {
  UErrorCode err = U_ZERO_ERROR;
  const std::string name(icu_name);
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return {};
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err)) return {};
  std::string out(bytes.size() * 4 + 8, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &err);
  if (U_FAILURE(err)) return {};
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

std::string hex_bytes(std::string_view bytes) {
  std::string out;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) {
    if (i > 0) out += ' ';
    out += fmt::format("0x{:02X}", static_cast<unsigned char>(bytes[i]));
  }
  return out;
}

}  // namespace cerslint::values
