// Readers of the workbook's small parts, each an XmlHandler over a streamed part.
#include "xlsx/workbook_parts.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <map>

#include "xlsx/xml_stream.hpp"

namespace cerslint::xlsx {

std::optional<Error> parse_part(const ZipArchive& zip, const std::string& part,
                                std::uint64_t max_bytes, const Limits& limits, XmlHandler& h) {
  XmlStream xml(h, part);
  auto err = zip.read(part, max_bytes, limits, [&](std::string_view bytes) { return xml.feed(bytes); });
  if (!err) err = xml.finish();
  if (err && err->path.empty()) err->path = zip.path();
  return err;
}

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The folder of a part ("xl/workbook.xml" -> "xl/").
std::string folder_of(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// A relationship target resolved against the folder of the part that names it; "/x" is from
// the archive's root, ".." climbs.
std::string resolve(std::string_view from_folder, std::string_view target) {
  std::string joined = !target.empty() && target[0] == '/' ? std::string(target.substr(1))
                                                            : std::string(from_folder) + std::string(target);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string piece = joined.substr(start, end - start);
    if (piece == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!piece.empty() && piece != ".") {
      parts.push_back(piece);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

// Relationship id -> (type, resolved target) of one .rels part.
class RelsHandler final : public XmlHandler {
 public:
  explicit RelsHandler(std::string folder) : folder_(std::move(folder)) {}
  void start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    const char* id = attr(attrs, "Id");
    const char* type = attr(attrs, "Type");
    const char* target = attr(attrs, "Target");
    const char* mode = attr(attrs, "TargetMode");
    if (id == nullptr || type == nullptr || target == nullptr) return;
    if (mode != nullptr && std::string_view(mode) == "External") return;
    rels[id] = {type, resolve(folder_, target)};
  }
  void end(std::string_view) override {}
  std::map<std::string, std::pair<std::string, std::string>> rels;

 private:
  std::string folder_;
};

class WorkbookHandler final : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    if (name == "sheet") {
      const char* sheet_name = attr(attrs, "name");
      const char* rid = attr(attrs, "id");  // r:id
      const char* state = attr(attrs, "state");
      if (sheet_name == nullptr || rid == nullptr) return;
      sheets.push_back({sheet_name, rid, state != nullptr && std::string_view(state) != "visible"});
    } else if (name == "workbookPr") {
      const char* d = attr(attrs, "date1904");
      date1904 = d != nullptr && (std::string_view(d) == "1" || std::string_view(d) == "true");
    }
  }
  void end(std::string_view) override {}
  std::vector<SheetInfo> sheets;  // part holds the relationship id until resolved
  bool date1904 = false;
};

}  // namespace

Result<WorkbookInfo> read_workbook(const ZipArchive& zip, const Limits& limits) {
  std::string workbook_part = "xl/workbook.xml";
  if (zip.contains("_rels/.rels")) {
    RelsHandler root("");
    if (auto err = parse_part(zip, "_rels/.rels", limits.max_part_bytes, limits, root)) return *err;
    for (const auto& [id, rel] : root.rels) {
      if (ends_with(rel.first, "/officeDocument")) workbook_part = rel.second;
    }
  }
  if (!zip.contains(workbook_part)) {
    return Error{"is not an Excel workbook: the archive has no workbook part (is it a Word or "
                 "PowerPoint file, or another kind of zip archive?)",
                 zip.path()};
  }
  WorkbookHandler wb;
  if (auto err = parse_part(zip, workbook_part, limits.max_part_bytes, limits, wb)) return *err;
  const std::string folder = folder_of(workbook_part);
  const std::string rels_part = folder + "_rels/" + workbook_part.substr(folder.size()) + ".rels";
  RelsHandler rels(folder);
  if (zip.contains(rels_part)) {
    if (auto err = parse_part(zip, rels_part, limits.max_part_bytes, limits, rels)) return *err;
  }
  WorkbookInfo info;
  info.date1904 = wb.date1904;
  for (SheetInfo& s : wb.sheets) {
    auto it = rels.rels.find(s.part);
    // Chart sheets and dialog sheets have other relationship types: not tables, skipped.
    if (it == rels.rels.end() || !ends_with(it->second.first, "/worksheet")) continue;
    s.part = it->second.second;
    info.sheets.push_back(std::move(s));
  }
  for (const auto& [id, rel] : rels.rels) {
    if (ends_with(rel.first, "/sharedStrings")) info.shared_strings_part = rel.second;
    if (ends_with(rel.first, "/styles")) info.styles_part = rel.second;
  }
  if (info.sheets.empty()) return Error{"the workbook has no worksheet", zip.path()};
  return info;
}

std::string decode_escapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      const std::string hex(s.substr(i + 2, 4));
      const unsigned cp = static_cast<unsigned>(std::strtoul(hex.c_str(), nullptr, 16));
      // A lone UTF-16 surrogate is no character: left as written, so the text stays UTF-8.
      if (hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos &&
          (cp < 0xD800 || cp > 0xDFFF)) {
        if (cp < 0x80) {
          out += static_cast<char>(cp);
        } else if (cp < 0x800) {
          out += static_cast<char>(0xC0 | (cp >> 6));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
          out += static_cast<char>(0xE0 | (cp >> 12));
          out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        }
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

namespace {

// <si> items: plain <t>, or rich text runs <r><t>..</t></r> concatenated; phonetic guides
// (<rPh>, Japanese furigana) are not part of the value.
class SharedStringsHandler final : public XmlHandler {
 public:
  explicit SharedStringsHandler(const Limits& limits) : limits_(limits) {}
  void start(std::string_view name, const char**) override {
    if (name == "si") {
      current_.clear();
      in_si_ = true;
    } else if (name == "rPh") {
      ++in_phonetic_;
    } else if (name == "t" && in_si_ && in_phonetic_ == 0) {
      in_t_ = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "t") {
      in_t_ = false;
    } else if (name == "rPh") {
      --in_phonetic_;
    } else if (name == "si") {
      in_si_ = false;
      strings.add(decode_escapes(current_));
      check();
    }
  }
  void text(std::string_view s) override {
    if (!in_t_) return;
    current_.append(s);
    if (current_.size() > limits_.max_cell_bytes) {
      stop = Error{fmt::format("a shared string of the workbook is longer than {} bytes; Excel "
                               "cells hold at most 32 767 characters, so this is not a normal "
                               "workbook",
                               limits_.max_cell_bytes),
                   ""};
    }
    check();
  }
  SharedStrings strings;

 private:
  void check() {
    if (strings.bytes() + current_.size() > limits_.max_shared_string_bytes && !stop) {
      stop = Error{fmt::format("the workbook's shared-string table is bigger than {} MiB, the most "
                               "cerslint keeps in memory; a CERS group file is far smaller. Save "
                               "the sheet as CSV UTF-8 and check the CSV instead",
                               limits_.max_shared_string_bytes >> 20),
                   ""};
    }
  }
  const Limits& limits_;
  std::string current_;
  bool in_si_ = false, in_t_ = false;
  int in_phonetic_ = 0;
};

class StylesHandler final : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    if (name == "numFmt") {
      const char* id = attr(attrs, "numFmtId");
      const char* code = attr(attrs, "formatCode");
      if (id != nullptr && code != nullptr) custom[std::atoi(id)] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      const char* id = attr(attrs, "numFmtId");
      xf_formats.push_back(id == nullptr ? 0 : std::atoi(id));
    }
    // Excel allows about 64 000 cell formats; more is not a workbook a person made.
    if ((xf_formats.size() > kMaxFormats || custom.size() > kMaxFormats) && !stop) {
      stop = Error{"the workbook's styles part lists more than 100 000 cell formats; this is not "
                   "a normal workbook",
                   ""};
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  static constexpr std::size_t kMaxFormats = 100000;
  std::map<int, std::string> custom;
  std::vector<int> xf_formats;

 private:
  bool in_cell_xfs_ = false;
};

}  // namespace

Result<SharedStrings> read_shared_strings(const ZipArchive& zip, const std::string& part,
                                          const Limits& limits) {
  SharedStringsHandler h(limits);
  if (auto err = parse_part(zip, part, limits.max_part_bytes, limits, h)) return *err;
  return std::move(h.strings);
}

Result<std::vector<NumberFormat>> read_styles(const ZipArchive& zip, const std::string& part,
                                              const Limits& limits) {
  StylesHandler h;
  if (auto err = parse_part(zip, part, limits.max_part_bytes, limits, h)) return *err;
  std::vector<NumberFormat> out;
  out.reserve(h.xf_formats.size());
  for (int id : h.xf_formats) {
    auto it = h.custom.find(id);
    out.push_back(classify_format(id, it == h.custom.end() ? std::string_view() : it->second));
  }
  return out;
}

}  // namespace cerslint::xlsx
