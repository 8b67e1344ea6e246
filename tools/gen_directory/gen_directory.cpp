// Build-time generator: folds the three CDE directory snapshots (lib/directory/data/*.tsv) into
// one C++ source of sorted POD tables, so the binary carries the directory without reading files.
// Usage: gen_directory <active_2026.tsv> <pubschls_2021.tsv> <pubschls_2018.tsv> <out.cpp>
// Precedence follows data/SOURCE.md: the 2026 active list wins, then 2021, then 2018.

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "directory/school_directory.hpp"

namespace {

using cerslint::directory::SchoolStatus;

// Names of one chunk stay under the 65,536-character literal length C++ compilers must support
// (clang warns above it); the name reference packs the chunk index above a 16-bit position.
constexpr std::size_t kChunkLimit = 16000;

struct Entry {
  SchoolStatus status = SchoolStatus::kUnknown;
  std::string name;
};

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  std::size_t column(const std::string& name, const std::string& path) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return i;
    }
    throw std::runtime_error(path + ": no column " + name);
  }
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

Table read_tsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  Table table;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (table.header.empty()) {
      table.header = split_tabs(line);
      continue;
    }
    auto fields = split_tabs(line);
    if (fields.size() != table.header.size()) {
      throw std::runtime_error(path + ": row with " + std::to_string(fields.size()) +
                               " fields, header has " + std::to_string(table.header.size()));
    }
    table.rows.push_back(std::move(fields));
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  if (table.header.empty()) throw std::runtime_error(path + ": empty file");
  return table;
}

bool is_cds_code(std::string_view s) {
  if (s.size() != 14) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::uint64_t to_number(std::string_view code) {
  std::uint64_t v = 0;
  for (char c : code) v = v * 10 + static_cast<std::uint64_t>(c - '0');
  return v;
}

bool is_district_office(std::string_view code) { return code.substr(7) == "0000000"; }

// District records carry "No Data" (2026) or nothing (2018) as their school name; the district's
// own name is what a person wants to see for them.
std::string pick_name(std::string_view code, const std::string& school,
                      const std::string& district) {
  const std::string& name = is_district_office(code) ? district : school;
  if (name == "No Data") return {};
  return name;
}

SchoolStatus old_status(const std::string& status, const std::string& path) {
  if (status == "Active" || status == "Pending") return SchoolStatus::kFormerlyActive;
  if (status == "Closed") return SchoolStatus::kClosed;
  if (status == "Merged") return SchoolStatus::kMerged;
  throw std::runtime_error(path + ": unexpected StatusType " + status);
}

// Reads one older public-schools snapshot; a later call overrides an earlier one.
void apply_old(std::map<std::uint64_t, Entry>& entries, const std::string& path, bool has_names) {
  const Table t = read_tsv(path);
  const std::size_t c_code = t.column("CDSCode", path);
  const std::size_t c_status = t.column("StatusType", path);
  const std::size_t c_school = has_names ? t.column("School", path) : 0;
  const std::size_t c_district = has_names ? t.column("District", path) : 0;
  for (const auto& row : t.rows) {
    const std::string& code = row[c_code];
    if (!is_cds_code(code)) continue;
    Entry& e = entries[to_number(code)];
    e.status = old_status(row[c_status], path);
    if (has_names && e.name.empty()) e.name = pick_name(code, row[c_school], row[c_district]);
  }
}

void apply_active(std::map<std::uint64_t, Entry>& entries, const std::string& path) {
  const Table t = read_tsv(path);
  const std::size_t c_code = t.column("CDSCode", path);
  const std::size_t c_status = t.column("StatusType", path);
  const std::size_t c_public = t.column("Public", path);
  const std::size_t c_school = t.column("School", path);
  const std::size_t c_district = t.column("District", path);
  for (const auto& row : t.rows) {
    const std::string& code = row[c_code];
    if (!is_cds_code(code)) continue;
    const std::string& status = row[c_status];
    if (status != "Active" && status != "Pending") {
      throw std::runtime_error(path + ": unexpected StatusType " + status);
    }
    Entry& e = entries[to_number(code)];
    if (row[c_public] == "N") {
      e.status = SchoolStatus::kPrivate;
    } else if (is_district_office(code)) {
      e.status = SchoolStatus::kDistrictOffice;
    } else {
      e.status = status == "Active" ? SchoolStatus::kActivePublic : SchoolStatus::kPendingPublic;
    }
    std::string name = pick_name(code, row[c_school], row[c_district]);
    if (!name.empty()) e.name = std::move(name);
  }
}

// One character as it goes inside a string literal. Octal escapes never swallow the next
// character (at most three digits), unlike hex escapes.
std::string escape(unsigned char c) {
  if (c == '"' || c == '\\' || c == '?') return std::string{'\\', static_cast<char>(c)};
  if (c >= 0x20 && c < 0x7f) return std::string(1, static_cast<char>(c));
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\%03o", c);
  return buf;
}

template <typename T>
void write_array(std::ostream& out, const char* type, const char* name, const std::vector<T>& v,
                 std::size_t per_line) {
  out << "extern const " << type << ' ' << name << '[' << v.size() << "] = {";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i % per_line == 0) out << "\n   ";
    out << ' ' << +v[i] << ',';
  }
  out << "\n};\n\n";
}

void write_source(const std::map<std::uint64_t, Entry>& entries, std::ostream& out) {
  std::vector<std::uint64_t> codes;
  std::vector<std::uint8_t> status;
  std::vector<std::uint32_t> name_ref;
  std::vector<std::uint8_t> name_len;
  std::vector<std::string> chunks(1);
  std::map<std::string, std::uint32_t> seen;  // identical names are stored once
  std::size_t counts[256] = {};
  for (const auto& [code, e] : entries) {
    codes.push_back(code);
    status.push_back(static_cast<std::uint8_t>(e.status));
    ++counts[static_cast<std::uint8_t>(e.status)];
    if (e.name.size() > 255) throw std::runtime_error("name longer than 255 bytes: " + e.name);
    name_len.push_back(static_cast<std::uint8_t>(e.name.size()));
    if (e.name.empty()) {
      name_ref.push_back(0);
      continue;
    }
    auto [it, added] = seen.try_emplace(e.name, 0);
    if (added) {
      if (chunks.back().size() + e.name.size() > kChunkLimit) chunks.emplace_back();
      it->second = static_cast<std::uint32_t>(((chunks.size() - 1) << 16) | chunks.back().size());
      chunks.back() += e.name;
    }
    name_ref.push_back(it->second);
  }

  using S = SchoolStatus;
  const auto count = [&](S s) { return counts[static_cast<std::uint8_t>(s)]; };
  const std::size_t permitted = count(S::kActivePublic) + count(S::kPendingPublic);
  out << "// GENERATED by tools/gen_directory from lib/directory/data/*.tsv. Do not edit.\n"
      << "// Codes: " << codes.size() << " (active public " << count(S::kActivePublic)
      << ", pending public " << count(S::kPendingPublic) << ", district office "
      << count(S::kDistrictOffice) << ", private " << count(S::kPrivate) << ",\n// closed "
      << count(S::kClosed) << ", merged " << count(S::kMerged) << ", formerly active "
      << count(S::kFormerlyActive) << "); distinct names " << seen.size() << " in " << chunks.size()
      << " chunks.\n\n"
      << "#include <cstddef>\n#include <cstdint>\n\n"
      << "namespace cerslint::directory::generated {\n\n"
      << "extern const std::size_t kCodeCount = " << codes.size() << ";\n"
      << "extern const std::size_t kPermittedCount = " << permitted << ";\n\n";
  write_array(out, "std::uint64_t", "kCodes", codes, 8);
  write_array(out, "std::uint8_t", "kStatus", status, 32);
  write_array(out, "std::uint32_t", "kNameRef", name_ref, 10);
  write_array(out, "std::uint8_t", "kNameLength", name_len, 24);

  for (std::size_t i = 0; i < chunks.size(); ++i) {
    out << "static const char kNames" << i << "[] =";
    std::string line;
    for (unsigned char c : chunks[i]) {
      line += escape(c);
      if (line.size() >= 96) {
        out << "\n    \"" << line << '"';
        line.clear();
      }
    }
    out << "\n    \"" << line << "\";\n";
  }
  out << "\nextern const char* const kNameChunks[" << chunks.size() << "] = {";
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    out << (i % 8 == 0 ? "\n   " : "") << " kNames" << i << ',';
  }
  out << "\n};\n\n}  // namespace cerslint::directory::generated\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: gen_directory <active_2026.tsv> <pubschls_2021.tsv> <pubschls_2018.tsv> "
                 "<out.cpp>\n";
    return 2;
  }
  try {
    std::map<std::uint64_t, Entry> entries;
    apply_old(entries, argv[3], /*has_names=*/true);   // 2018: oldest status, but has names
    apply_old(entries, argv[2], /*has_names=*/false);  // 2021 status overrides 2018
    apply_active(entries, argv[1]);                    // 2026 overrides both

    // Write beside the target and rename, so an interrupted build never leaves half a table.
    const std::string out_path = argv[4];
    const std::string tmp_path = out_path + ".tmp";
    {
      std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
      if (!out) throw std::runtime_error(tmp_path + ": cannot write");
      write_source(entries, out);
      out.flush();
      if (!out) throw std::runtime_error(tmp_path + ": write failed");
    }
    if (std::rename(tmp_path.c_str(), out_path.c_str()) != 0) {
      throw std::runtime_error(out_path + ": cannot rename from " + tmp_path);
    }
  } catch (const std::exception& e) {
    std::cerr << "gen_directory: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
