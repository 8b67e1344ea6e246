// Test support (not part of the program): workbooks written inside the tests. libxlsxwriter for
// what a spreadsheet program writes; hand-made parts zipped with libzip for what libxlsxwriter
// cannot write (inline rich strings, error values, phonetic runs, odd prefixes) and for damaged
// or hostile archives.
#pragma once

#include <zip.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace cerslint::xlsx::test {

struct Part {
  std::string name;
  std::string content;
  bool store = false;  // no compression (a big part that must not look like a zip bomb)
};

// Writes `parts` as a zip archive at `path`; aborts on failure (a broken test, not a finding).
inline void write_zip(const std::string& path, const std::vector<Part>& parts) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (z == nullptr) std::abort();
  for (const Part& p : parts) {
    zip_source_t* src = zip_source_buffer(z, p.content.data(), p.content.size(), 0);
    const zip_int64_t i = zip_file_add(z, p.name.c_str(), src, ZIP_FL_OVERWRITE);
    if (i < 0) std::abort();
    if (p.store) zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
  }
  if (zip_close(z) != 0) std::abort();
}

inline std::string workbook_xml(const std::vector<std::string>& sheet_names, bool date1904 = false) {
  std::string s =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
  if (date1904) s += "<workbookPr date1904=\"1\"/>";
  s += "<sheets>";
  for (std::size_t i = 0; i < sheet_names.size(); ++i) {
    s += "<sheet name=\"" + sheet_names[i] + "\" sheetId=\"" + std::to_string(i + 1) +
         "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
  }
  return s + "</sheets></workbook>";
}

// The parts every workbook needs around its sheets (xl/worksheets/sheetN.xml) and, when given,
// xl/sharedStrings.xml and xl/styles.xml.
inline std::vector<Part> package(const std::vector<std::string>& sheet_names,
                                 const std::vector<std::string>& sheets,
                                 const std::string& shared_strings = "",
                                 const std::string& styles = "", bool date1904 = false) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::vector<Part> parts;
  parts.push_back({"[Content_Types].xml",
                   "<?xml version=\"1.0\"?><Types "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
  parts.push_back({"_rels/.rels",
                   "<?xml version=\"1.0\"?><Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"" + rel_ns + "/officeDocument\" "
                   "Target=\"xl/workbook.xml\"/></Relationships>"});
  parts.push_back({"xl/workbook.xml", workbook_xml(sheet_names, date1904)});
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel_ns +
            "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts.push_back({"xl/worksheets/sheet" + n + ".xml", sheets[i]});
  }
  if (!shared_strings.empty()) {
    // An absolute target, as some generators write.
    rels += "<Relationship Id=\"rId90\" Type=\"" + rel_ns +
            "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>";
    parts.push_back({"xl/sharedStrings.xml", shared_strings});
  }
  if (!styles.empty()) {
    rels += "<Relationship Id=\"rId91\" Type=\"" + rel_ns + "/styles\" Target=\"styles.xml\"/>";
    parts.push_back({"xl/styles.xml", styles});
  }
  parts.push_back({"xl/_rels/workbook.xml.rels", rels + "</Relationships>"});
  return parts;
}

inline std::string sheet_xml(const std::string& sheet_data, const std::string& after = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<sheetData>" + sheet_data + "</sheetData>" + after + "</worksheet>";
}

}  // namespace cerslint::xlsx::test
