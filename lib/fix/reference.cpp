// Reference restoration. Two indexes built from OLD.csv:
//  - school by (group, year, SSID) and by (group, year, login): a row whose school id is in
//    scientific notation is matched on its members;
//  - SSIDs by (school, group, year): a damaged SSID is matched against its group's SSIDs.
#include "fix/reference.hpp"

#include <cmath>
#include <unordered_map>
#include <vector>

#include "engine/rule.hpp"
#include "reader/csv_reader.hpp"
#include "text/java_text.hpp"
#include "values/ssid.hpp"
#include "values/values.hpp"

namespace cerslint::fix {

using engine::Column;

struct Reference::Index {
  std::unordered_map<std::string, std::vector<std::string>> school_by_member;
  std::unordered_map<std::string, std::vector<std::string>> ssids_by_group;
};

namespace {

std::string key3(std::string_view a, std::string_view b, std::string_view c) {
  std::string k;
  k.reserve(a.size() + b.size() + c.size() + 2);
  k.append(a).append("\x1f").append(b).append("\x1f").append(c);
  return k;
}

void add_unique(std::vector<std::string>& v, std::string_view value) {
  for (const std::string& x : v) {
    if (x == value) return;
  }
  v.emplace_back(value);
}

// The one candidate that `accepts`, or nullptr when none or several do.
template <typename Accept>
const std::string* only(const std::vector<std::string>* candidates, Accept accepts) {
  if (candidates == nullptr) return nullptr;
  const std::string* found = nullptr;
  for (const std::string& c : *candidates) {
    if (!accepts(c)) continue;
    if (found != nullptr && *found != c) return nullptr;
    found = &c;
  }
  return found;
}

}  // namespace

bool matches_scientific(std::string_view damaged, std::string_view candidate) {
  std::string_view d = text::strip(damaged);
  if (!values::is_scientific_notation(d) || !values::is_ascii_digits(candidate)) return false;
  // Mantissa digits and exponent: "1.61176E+12" -> "161176", 12.
  std::string mantissa;
  std::size_t i = 0;
  for (; i < d.size() && d[i] != 'E' && d[i] != 'e'; ++i) {
    if (d[i] >= '0' && d[i] <= '9') mantissa += d[i];
  }
  const int exponent = std::atoi(std::string(d.substr(i + 1)).c_str());
  std::string_view c = candidate;
  while (c.size() > 1 && c.front() == '0') c.remove_prefix(1);  // Excel drops leading zeros
  if (static_cast<int>(c.size()) != exponent + 1 || mantissa.empty() ||
      mantissa.size() > c.size() || mantissa.size() > 17) {
    return false;
  }
  // Round the candidate to the mantissa's number of digits, as Excel's display does.
  const std::string head(c.substr(0, mantissa.size()));
  unsigned long long rounded = std::stoull(head);
  if (mantissa.size() < c.size() && c[mantissa.size()] >= '5') ++rounded;
  std::string r = std::to_string(rounded);
  // 9.99995 rounds up to 10.0000: Excel shows 1E+(n+1), which the length check rejected.
  return r == mantissa || (r.size() == mantissa.size() && r == mantissa);
}

bool lost_one_digit(std::string_view damaged, std::string_view candidate) {
  if (candidate.size() != damaged.size() + 1 || !values::is_ascii_digits(candidate) ||
      !values::is_ascii_digits(damaged)) {
    return false;
  }
  for (std::size_t skip = 0; skip < candidate.size(); ++skip) {
    if (candidate.substr(0, skip) == damaged.substr(0, skip) &&
        candidate.substr(skip + 1) == damaged.substr(skip)) {
      return true;
    }
  }
  return false;
}

Reference::Reference(std::unique_ptr<Index> index) : index_(std::move(index)) {}
Reference::Reference(Reference&&) noexcept = default;
Reference& Reference::operator=(Reference&&) noexcept = default;
Reference::~Reference() = default;

Result<Reference> Reference::load(const std::string& path) {
  auto input = reader::Input::open(path);
  if (!input) return input.error();
  reader::CsvReader csv(std::move(input).value());
  const reader::Record* header = csv.next();
  if (header == nullptr) return Error{"the reference file is empty", path};
  const engine::ColumnMap map = engine::ColumnMap::from_header(*header);
  for (int i : map.index) {
    if (i < 0) return Error{"the reference file does not have the six CERS columns", path};
  }
  auto index = std::make_unique<Index>();
  while (const reader::Record* r = csv.next()) {
    const engine::Row row(*r, map);
    const std::string_view school = text::strip(row.value(Column::kSchool));
    const std::string_view group = row.value(Column::kGroupName);
    const std::string_view year = text::strip(row.value(Column::kYear));
    const std::string_view ssid = text::strip(row.value(Column::kSsid));
    const std::string_view login = text::strip(row.value(Column::kLogin));
    if (!values::is_ascii_digits(school)) continue;  // only good ids are worth restoring from
    if (!ssid.empty()) {
      add_unique(index->school_by_member[key3(group, year, std::string("S") + std::string(ssid))],
                 school);
      if (values::is_ascii_digits(ssid)) add_unique(index->ssids_by_group[key3(school, group, year)], ssid);
    }
    if (!login.empty()) {
      add_unique(index->school_by_member[key3(group, year, std::string("L") + std::string(login))],
                 school);
    }
  }
  if (csv.error()) return *csv.error();
  return Reference(std::move(index));
}

void Reference::restore(engine::EditRow& row, engine::FixContext& ctx) const {
  std::string& school = row[Column::kSchool];
  const std::string_view group = row[Column::kGroupName];
  const std::string_view year = text::strip(row[Column::kYear]);
  if (values::is_scientific_notation(school)) {
    const std::string_view ssid = text::strip(row[Column::kSsid]);
    const std::string_view login = text::strip(row[Column::kLogin]);
    const auto find = [&](char kind, std::string_view id) -> const std::vector<std::string>* {
      if (id.empty()) return nullptr;
      auto it = index_->school_by_member.find(key3(group, year, std::string(1, kind) + std::string(id)));
      return it == index_->school_by_member.end() ? nullptr : &it->second;
    };
    const auto consistent = [&](const std::string& c) { return matches_scientific(school, c); };
    const std::string* found = only(find('S', ssid), consistent);
    if (found == nullptr) found = only(find('L', login), consistent);
    if (found != nullptr) {
      const std::string restored = *found;
      ctx.applied(*engine::find_rule("S001")->meta, row, [&](std::string& out) {
        out += "school id " + school + " -> " + restored + " (from the reference file)";
      });
      school = restored;
    }
  }
  std::string& ssid = row[Column::kSsid];
  const values::SsidClass c = values::classify_ssid(ssid);
  if (c.shape != values::SsidShape::kScientific && c.shape != values::SsidShape::kNineDigits) return;
  auto it = index_->ssids_by_group.find(key3(text::strip(school), group, year));
  if (it == index_->ssids_by_group.end()) return;
  const std::string damaged(c.trimmed);
  const std::string* found = only(&it->second, [&](const std::string& cand) {
    return c.shape == values::SsidShape::kScientific ? matches_scientific(damaged, cand)
                                                     : lost_one_digit(damaged, cand);
  });
  if (found == nullptr) return;
  const std::string restored = *found;
  const char* code = c.shape == values::SsidShape::kScientific ? "N002" : "N003";
  ctx.applied(*engine::find_rule(code)->meta, row, [&](std::string& out) {
    out += "SSID " + damaged + " -> " + restored + " (from the reference file)";
  });
  ssid = restored;
}

}  // namespace cerslint::fix
