// Reading and writing cerslint-baseline.json with nlohmann-json. Entries are written one per
// line with their fields in a fixed order (ordered_json), sorted, so the output is a function
// of the findings alone.
#include "baseline/baseline_file.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "output/atomic_file.hpp"

namespace cerslint::baseline {
namespace {

using Json = nlohmann::json;

constexpr const char* kKeyFields[] = {"file", "school", "year", "group", "member"};

Error bad(const std::string& path, const std::string& what) {
  return Error{path + ": not a usable cerslint baseline: " + what, path};
}

std::string* field_of(Entry& e, std::string_view name) {
  if (name == "file") return &e.file;
  if (name == "school") return &e.school;
  if (name == "year") return &e.year;
  if (name == "group") return &e.group;
  return &e.member;
}

}  // namespace

std::vector<Entry> normalized(std::vector<Entry> entries) {
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.file, a.rule, a.school, a.year, a.group, a.member) <
           std::tie(b.file, b.rule, b.school, b.year, b.group, b.member);
  });
  std::vector<Entry> out;
  out.reserve(entries.size());
  for (Entry& e : entries) {
    if (e.count == 0) continue;
    if (!out.empty() && out.back().same_key(e)) {
      out.back().count += e.count;
    } else {
      out.push_back(std::move(e));
    }
  }
  return out;
}

std::string format_baseline(std::vector<Entry> entries) {
  entries = normalized(std::move(entries));
  std::string out = "{\n  \"version\": " + std::to_string(kFormatVersion) + ",\n  \"entries\": [";
  bool first = true;
  for (const Entry& e : entries) {
    nlohmann::ordered_json j;
    j["file"] = e.file;
    j["rule"] = e.rule;
    j["school"] = e.school;
    j["year"] = e.year;
    j["group"] = e.group;
    j["member"] = e.member;
    j["count"] = e.count;
    out += first ? "\n    " : ",\n    ";
    first = false;
    // Values are valid UTF-8 (see storable()); `replace` only keeps a bug from throwing.
    out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  out += entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

Result<std::vector<Entry>> parse_baseline(std::string_view text, const std::string& path) {
  Json doc;
  try {
    doc = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    return bad(path, std::string("the JSON cannot be read (") + e.what() + ")");
  }
  if (!doc.is_object()) return bad(path, "the file must hold a JSON object");
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) {
    return bad(path, "\"version\" is missing");
  }
  if (version->get<std::int64_t>() != kFormatVersion) {
    return bad(path, "version " + version->dump() + " is not known to this cerslint (it reads " +
                         std::to_string(kFormatVersion) + ")");
  }
  const auto list = doc.find("entries");
  if (list == doc.end() || !list->is_array()) return bad(path, "\"entries\" must be a list");
  std::vector<Entry> entries;
  entries.reserve(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& j = (*list)[i];
    const std::string where = "entry " + std::to_string(i + 1);
    if (!j.is_object()) return bad(path, where + " is not an object");
    Entry e;
    const auto rule = j.find("rule");
    if (rule == j.end() || !rule->is_string() || rule->get_ref<const std::string&>().empty()) {
      return bad(path, where + " has no \"rule\"");
    }
    e.rule = rule->get<std::string>();
    for (const char* name : kKeyFields) {
      const auto v = j.find(name);
      if (v == j.end()) continue;  // absent = empty (a file-level finding has no row)
      if (!v->is_string()) return bad(path, where + ": \"" + name + "\" must be a string");
      *field_of(e, name) = v->get<std::string>();
    }
    if (e.file.empty()) return bad(path, where + " has no \"file\"");
    const auto count = j.find("count");
    if (count != j.end()) {
      if (!count->is_number_unsigned() || count->get<std::uint64_t>() == 0) {
        return bad(path, where + ": \"count\" must be a whole number of at least 1");
      }
      e.count = count->get<std::uint64_t>();
    }
    entries.push_back(std::move(e));
  }
  return normalized(std::move(entries));
}

Result<std::vector<Entry>> read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open the baseline file", path};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{path + ": cannot read the baseline file", path};
  return parse_baseline(text.str(), path);
}

std::optional<Error> write_baseline(const std::string& path, std::vector<Entry> entries,
                                    const std::optional<output::FileIdentity>& expected) {
  auto file = output::AtomicFile::create(path);
  if (!file) return file.error();
  if (auto err = file->write(format_baseline(std::move(entries)))) return err;
  return file->commit(expected, "");
}

std::vector<Entry> replace_files(std::vector<Entry> old, const std::set<std::string>& checked,
                                 std::vector<Entry> fresh) {
  std::erase_if(old, [&](const Entry& e) { return checked.count(e.file) != 0; });
  std::move(fresh.begin(), fresh.end(), std::back_inserter(old));
  return normalized(std::move(old));
}

}  // namespace cerslint::baseline
