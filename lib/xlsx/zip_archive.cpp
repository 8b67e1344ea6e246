// libzip behind ZipArchive. ZIP_CHECKCONS makes libzip compare the central directory with the
// local headers, so a cut-off download is refused at open rather than half read.
#include "xlsx/zip_archive.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <cstdio>
#include <vector>

namespace cerslint::xlsx {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip != nullptr) zip_discard(zip);  // read only: nothing to write back
  }
};

namespace {

std::string open_error(int code) {
  switch (code) {
    case ZIP_ER_NOENT: return "no such file";
    case ZIP_ER_OPEN: return "cannot open the file (check that it exists and may be read)";
    case ZIP_ER_READ: return "cannot read the file";
    case ZIP_ER_NOZIP:
      return "is not an Excel workbook (.xlsx): it is not a zip archive. If it is a CSV file, "
             "name it .csv; if it is an old .xls workbook, open it in Excel and save it as "
             "\"Excel Workbook (.xlsx)\"";
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
      return "the workbook is damaged or incomplete (cut short while copying or downloading?): "
             "open it in Excel, save it again and retry";
    case ZIP_ER_MEMORY: return "out of memory while opening the workbook";
    default: {
      zip_error_t e;
      zip_error_init_with_code(&e, code);
      std::string text = fmt::format("cannot read the workbook ({})", zip_error_strerror(&e));
      zip_error_fini(&e);
      return text;
    }
  }
}

std::string read_error(zip_file_t* file, const std::string& name) {
  const int code = zip_error_code_zip(zip_file_get_error(file));
  if (code == ZIP_ER_CRC || code == ZIP_ER_ZLIB || code == ZIP_ER_EOF || code == ZIP_ER_INCONS) {
    return fmt::format("the workbook is damaged: part {} cannot be unpacked (cut short or "
                       "corrupted?); open it in Excel, save it again and retry",
                       name);
  }
  return fmt::format("cannot unpack part {} of the workbook ({})", name,
                     zip_error_strerror(zip_file_get_error(file)));
}

std::string mib(std::uint64_t bytes) { return fmt::format("{} MiB", bytes >> 20); }

}  // namespace

ZipArchive::ZipArchive(std::string path, std::unique_ptr<Handle> handle)
    : path_(std::move(path)), handle_(std::move(handle)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

// Whether the file starts like a zip archive ("PK\3\4"): a zip cut short has lost its central
// directory (at the end), and libzip then calls it "not a zip archive".
std::string first_bytes(const std::string& path) {
  char magic[4] = {};
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return {};
  const std::size_t n = std::fread(magic, 1, sizeof magic, f);
  std::fclose(f);
  return std::string(magic, n);
}

bool starts_like_zip(const std::string& path) { return first_bytes(path) == "PK\x03\x04"; }

// An OLE compound file: an old .xls, or a workbook encrypted with a password (Excel stores
// those in this container, not as a zip archive).
bool is_compound_file(const std::string& path) {
  return first_bytes(path) == std::string("\xD0\xCF\x11\xE0", 4);
}

Result<ZipArchive> ZipArchive::open(const std::string& path) {
  int code = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (zip == nullptr && code == ZIP_ER_NOZIP && starts_like_zip(path)) code = ZIP_ER_INCONS;
  if (zip == nullptr && code == ZIP_ER_NOZIP && is_compound_file(path)) {
    return Error{"is an old-format (.xls) workbook or one protected with a password, which "
                 "cerslint cannot read: open it in Excel, remove the password if there is one "
                 "(File > Info > Protect Workbook), and save it as \"Excel Workbook (.xlsx)\"",
                 path};
  }
  if (zip == nullptr) return Error{open_error(code), path};
  auto handle = std::make_unique<Handle>();
  handle->zip = zip;
  return ZipArchive(path, std::move(handle));
}

bool ZipArchive::contains(const std::string& name) const {
  return zip_name_locate(handle_->zip, name.c_str(), 0) >= 0;
}

std::optional<Error> ZipArchive::read(
    const std::string& name, std::uint64_t max_bytes, const Limits& limits,
    const std::function<std::optional<Error>(std::string_view)>& chunk) const {
  const zip_int64_t index = zip_name_locate(handle_->zip, name.c_str(), 0);
  if (index < 0) return Error{fmt::format("the workbook has no part {}", name), path_};
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(handle_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    return Error{fmt::format("cannot read the directory entry of part {}", name), path_};
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return Error{"the workbook is protected with a password: open it in Excel, remove the "
                 "password (File > Info > Protect Workbook) and save it again",
                 path_};
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) {
    return Error{fmt::format("part {} of the workbook says it unpacks to {} bytes, more than the "
                             "{} cerslint reads; this is not a normal workbook (a \"zip bomb\"?). "
                             "Save the sheet as CSV UTF-8 and check the CSV instead",
                             name, st.size, mib(max_bytes)),
                 path_};
  }
  const std::uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  zip_file_t* file = zip_fopen_index(handle_->zip, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    const int code = zip_error_code_zip(zip_get_error(handle_->zip));
    if (code == ZIP_ER_COMPNOTSUPP) {
      return Error{fmt::format("part {} of the workbook is packed with a method cerslint cannot "
                               "unpack; open it in Excel and save it again",
                               name),
                   path_};
    }
    return Error{fmt::format("cannot unpack part {} of the workbook ({})", name,
                             zip_strerror(handle_->zip)),
                 path_};
  }
  std::vector<char> buf(64 * 1024);
  std::uint64_t total = 0;
  std::optional<Error> result;
  for (;;) {
    const zip_int64_t n = zip_fread(file, buf.data(), buf.size());
    if (n < 0) {
      result = Error{read_error(file, name), path_};
      break;
    }
    if (n == 0) break;
    total += static_cast<std::uint64_t>(n);
    // The real size, not the header's: a forged header cannot make us read more.
    if (total > max_bytes) {
      result = Error{fmt::format("part {} of the workbook unpacks to more than {}, the most "
                                 "cerslint reads; this is not a normal workbook (a \"zip "
                                 "bomb\"?). Save the sheet as CSV UTF-8 and check the CSV instead",
                                 name, mib(max_bytes)),
                     path_};
      break;
    }
    if (total > limits.ratio_floor && total > limits.max_ratio * std::max<std::uint64_t>(compressed, 1)) {
      result = Error{fmt::format("part {} of the workbook unpacks to more than {} times its packed "
                                 "size ({} bytes); real workbooks do not, zip bombs do. cerslint "
                                 "stopped reading it",
                                 name, limits.max_ratio, compressed),
                     path_};
      break;
    }
    if (auto err = chunk(std::string_view(buf.data(), static_cast<std::size_t>(n)))) {
      result = std::move(err);
      break;
    }
  }
  zip_fclose(file);
  return result;
}

}  // namespace cerslint::xlsx
