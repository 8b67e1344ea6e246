// Encoding detection reads the file once (UTF-8 validity with a carry for sequences cut by a
// block boundary); conversion streams through one ICU converter, so memory stays flat.
#include "fix/transcode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

#include "output/temp_file.hpp"
#include "reader/csv_reader.hpp"
#include "reader/input.hpp"
#include "values/encoding.hpp"

namespace cerslint::fix {
namespace {

constexpr std::size_t kBlock = 1 << 20;

// Length of an incomplete UTF-8 sequence at the end of `s` (0 when it ends cleanly).
std::size_t incomplete_tail(std::string_view s) {
  for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    const auto c = static_cast<unsigned char>(s[s.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: keep looking for the lead
    const std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

Result<std::string> convert(const std::string& path, const std::string& icu_name,
                            std::size_t skip, output::TempFile& out_file) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(icu_name.c_str(), &status),
                                                          &ucnv_close);
  if (U_FAILURE(status)) return Error{"cannot convert from " + icu_name, path};
  auto in = reader::Input::open(path);
  if (!in) return in.error();
  auto out = output::FileWriter::open(out_file.path());
  if (!out) return out.error();
  // Not zero-filled (make_unique_for_overwrite): only bytes read or converted are used.
  const auto buf = std::make_unique_for_overwrite<char[]>(kBlock);
  const std::size_t u16_size = kBlock + 16;
  const auto u16 = std::make_unique_for_overwrite<UChar[]>(u16_size);
  std::string utf8;
  bool first = true;
  for (;;) {
    auto got = in->read(buf.get(), kBlock);
    if (!got) return got.error();
    const bool end = got.value() == 0;
    const char* src = buf.get();
    const char* src_end = buf.get() + got.value();
    if (first && skip <= got.value()) {
      src += skip;
      first = false;
    }
    do {
      UChar* target = u16.get();
      status = U_ZERO_ERROR;
      ucnv_toUnicode(conv.get(), &target, u16.get() + u16_size, &src, src_end, nullptr, end,
                     &status);
      if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) {
        return Error{"cannot convert from " + icu_name, path};
      }
      const auto n = static_cast<int32_t>(target - u16.get());
      int32_t need = 0;
      UErrorCode s2 = U_ZERO_ERROR;
      u_strToUTF8WithSub(nullptr, 0, &need, u16.get(), n, 0xFFFD, nullptr, &s2);
      utf8.resize(static_cast<std::size_t>(need));
      s2 = U_ZERO_ERROR;
      u_strToUTF8WithSub(utf8.data(), need, &need, u16.get(), n, 0xFFFD, nullptr, &s2);
      out->write(utf8);
    } while (status == U_BUFFER_OVERFLOW_ERROR);
    if (end) break;
  }
  if (auto err = out->finish()) return *err;
  return icu_name;
}

// UTF-16 without a byte order mark is judged by the header record, as the check judges it
// (values::file_is_utf16, F001). The first 4096 bytes also held rows: rows with many NUL bytes
// (which the fixer keeps, as CERS would) made the fixer's own UTF-8 output look like UTF-16BE
// to its next run, while the check saw a UTF-8 file (found by fuzz_fix).
values::Utf16Order header_byte_order(const std::string& path) {
  auto in = reader::Input::open(path);
  if (!in) return values::Utf16Order::kNone;  // ensure_utf8 reports the error when it reads
  reader::CsvReader csv(std::move(in).value());
  const reader::Record* header = csv.next();
  if (header == nullptr) return values::Utf16Order::kNone;
  return values::looks_like_utf16(header->raw(), header->offset());
}

}  // namespace

Result<Utf8Source> ensure_utf8(const std::string& path) {
  auto in = reader::Input::open(path);
  if (!in) return in.error();
  const auto buf = std::make_unique_for_overwrite<char[]>(kBlock);
  std::string carry;
  std::string encoding;  // chosen source encoding, if not UTF-8
  std::size_t skip = 0;
  bool utf16_bom = false;
  bool first = true;
  for (;;) {
    auto got = in->read(buf.get(), kBlock);
    if (!got) return got.error();
    if (got.value() == 0) {
      if (!carry.empty()) encoding = values::guess_encoding(carry).icu_name;  // cut at EOF
      break;
    }
    std::string_view block(buf.get(), got.value());
    if (first) {
      first = false;
      if (block.size() >= 2 && static_cast<unsigned char>(block[0]) == 0xFF &&
          static_cast<unsigned char>(block[1]) == 0xFE) {
        encoding = "UTF-16LE", skip = 2, utf16_bom = true;
        break;
      }
      if (block.size() >= 2 && static_cast<unsigned char>(block[0]) == 0xFE &&
          static_cast<unsigned char>(block[1]) == 0xFF) {
        encoding = "UTF-16BE", skip = 2, utf16_bom = true;
        break;
      }
      const auto order = header_byte_order(path);
      if (order != values::Utf16Order::kNone) {
        encoding = order == values::Utf16Order::kLittleEndian ? "UTF-16LE" : "UTF-16BE";
        break;
      }
    }
    std::string joined = carry;
    joined.append(block);
    std::string_view view(joined);
    const std::size_t tail = incomplete_tail(view);
    const std::string_view body = view.substr(0, view.size() - tail);
    if (values::first_utf8_error(body)) {  // an ASCII block costs one word-at-a-time scan
      encoding = values::guess_encoding(body.substr(0, 1 << 16)).icu_name;
      if (encoding.empty()) encoding = "windows-1252";
      break;
    }
    carry.assign(view.substr(view.size() - tail));
  }
  Utf8Source source;
  source.path = path;
  if (encoding.empty()) return source;
  auto temp = output::TempFile::create();
  if (!temp) return temp.error();
  auto done = convert(path, encoding, skip, temp.value());
  if (!done) return done.error();
  source.path = temp->path();
  source.converted.emplace(std::move(temp).value());
  source.from = encoding;
  source.utf16_bom = utf16_bom;
  return source;
}

}  // namespace cerslint::fix
