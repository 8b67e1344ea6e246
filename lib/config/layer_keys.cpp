// Each settings key: its accepted TOML types, its values, and the message when they are wrong.
// Rule tokens are checked against the registry here, so a typo in a config file is reported
// with its line and column instead of later as a bare "matches no rule".
#include "config/layer_keys.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "cers/defaults.hpp"
#include "config/suggest.hpp"
#include "engine/rule.hpp"
#include "engine/selection.hpp"

namespace cerslint::config {
namespace {

using engine::Severity;

std::vector<std::string_view> rule_words() {
  std::vector<std::string_view> words;
  for (const engine::RuleEntry& e : engine::registry()) {
    words.push_back(e.meta->code);
    words.push_back(e.meta->name);
  }
  return words;
}

// How many rules `token` names, CERS's own (family C) and the others.
struct Matches {
  int cers = 0;
  int other = 0;
};
Matches count_matches(std::string_view token) {
  Matches m;
  for (const engine::RuleEntry& e : engine::registry()) {
    if (!engine::token_matches(token, *e.meta)) continue;
    (e.cers_kind ? m.cers : m.other) += 1;
  }
  return m;
}

// A top-level key written below a [table] header belongs to that table in TOML: say so.
bool is_top_level_key(std::string_view key) {
  if (key == "root" || key == "overrides" || key == "paths") return true;
  for (std::string_view k : setting_keys()) {
    if (k == key) return true;
  }
  return false;
}

std::string misplaced(std::string_view key, std::string_view table) {
  return fmt::format(
      "\"{}\" is read as part of [{}], the table above it; move it above the "
      "[{}] line (or into its own table)",
      key, table, table);
}

std::optional<Error> unknown_rule(const FileContext& file, const toml::source_region& where,
                                  const std::string& token) {
  const Matches m = count_matches(token);
  if (m.cers + m.other > 0) return std::nullopt;
  return error_at(file, where,
                  fmt::format("\"{}\" matches no rule{} (see `cerslint rules`)", token,
                              did_you_mean(token, rule_words())));
}

Result<std::vector<std::string>> read_rule_list(const FileContext& file, std::string_view key,
                                                const toml::node& node) {
  const toml::array* array = node.as_array();
  const std::string expected = fmt::format(
      "{} must be an array of rule codes, names or prefixes such as [\"N005\", \"S\", "
      "\"group-\"]",
      key);
  if (array == nullptr) {
    return error_at(file, node.source(), fmt::format("{}, not {}", expected, describe(node)));
  }
  std::vector<std::string> tokens;
  for (const toml::node& item : *array) {
    const toml::value<std::string>* s = item.as_string();
    if (s == nullptr) {
      return error_at(file, item.source(),
                      fmt::format("{}; this item is {}", expected, describe(item)));
    }
    if (auto err = unknown_rule(file, item.source(), s->get())) return *err;
    tokens.push_back(s->get());
  }
  return tokens;
}

Result<Severity> read_severity(const FileContext& file, std::string_view what,
                               const toml::node& node) {
  const toml::value<std::string>* s = node.as_string();
  if (s != nullptr && s->get() == "error") return Severity::kError;
  if (s != nullptr && s->get() == "warning") return Severity::kWarning;
  if (s != nullptr && s->get() == "info") return Severity::kInfo;
  return error_at(file, node.source(),
                  fmt::format("{} must be \"error\", \"warning\" or \"info\", not {}", what,
                              s != nullptr ? "\"" + s->get() + "\"" : describe(node)));
}

// [severity]: rule token = severity. CERS's own rules (family C) keep "error": a finding of
// theirs means CERS rejects the file, and calling it a warning would contradict the verdict.
std::optional<Error> read_severity_table(const FileContext& file, const toml::node& node,
                                         Layer& layer) {
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    return error_at(file, node.source(),
                    "severity must be a table of rule = severity, such as "
                    "[severity] followed by N005 = \"warning\", not " +
                        describe(node));
  }
  for (auto&& [key, value] : *table) {
    const std::string token(key.str());
    if (is_top_level_key(token)) return error_at(file, key.source(), misplaced(token, "severity"));
    if (auto err = unknown_rule(file, key.source(), token)) return err;
    if (count_matches(token).other == 0) {
      return error_at(file, key.source(),
                      fmt::format("\"{}\" names only CERS's own checks (family C), whose severity "
                                  "is always error because CERS rejects the file; use ignore "
                                  "to hide them",
                                  token));
    }
    auto severity = read_severity(file, "the severity of \"" + token + "\"", value);
    if (!severity) return severity.error();
    layer.severity.push_back({token, severity.value(), source_of(file, key.source())});
  }
  return std::nullopt;
}

Result<std::string> read_years(const FileContext& file, const toml::node& node) {
  std::string spec;
  if (const auto* s = node.as_string()) {
    spec = s->get();
  } else if (const auto* i = node.as_integer()) {
    spec = std::to_string(i->get());
  } else if (const auto* a = node.as_array()) {
    for (const toml::node& item : *a) {
      const auto* year = item.as_integer();
      if (year == nullptr) {
        return error_at(file, item.source(),
                        "years in an array must be numbers such as 2025, not " + describe(item));
      }
      spec += (spec.empty() ? "" : ",") + std::to_string(year->get());
    }
  } else {
    return error_at(file, node.source(),
                    "years must be a string such as \"2016-2025\", a year, or an array of "
                    "years, not " +
                        describe(node));
  }
  if (!spec.empty()) {
    auto years = cers::parse_years(spec);
    if (!years) return error_at(file, node.source(), "years: " + years.error().message);
  }
  return spec;
}

Result<std::vector<std::string>> read_subjects(const FileContext& file, const toml::node& node) {
  if (const auto* s = node.as_string()) return cers::parse_subjects(s->get());
  const toml::array* array = node.as_array();
  if (array == nullptr) {
    return error_at(file, node.source(),
                    "subjects must be an array of subject codes such as [\"Math\", \"ELA\"], "
                    "not " +
                        describe(node));
  }
  std::vector<std::string> subjects;
  for (const toml::node& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr || s->get().empty()) {
      return error_at(file, item.source(),
                      "subjects must be non-empty subject codes such as \"Math\", not " +
                          (s == nullptr ? describe(item) : std::string("an empty string")));
    }
    subjects.push_back(s->get());
  }
  return subjects;
}

Result<bool> read_bool(const FileContext& file, std::string_view key, const toml::node& node) {
  if (const auto* b = node.as_boolean()) return b->get();
  return error_at(file, node.source(),
                  fmt::format("{} must be true or false, not {}", key, describe(node)));
}

Result<Eol> read_eol(const FileContext& file, const toml::node& node) {
  const auto* s = node.as_string();
  if (s != nullptr && s->get() == "keep") return Eol::kKeep;
  if (s != nullptr && s->get() == "crlf") return Eol::kCrlf;
  if (s != nullptr && s->get() == "lf") return Eol::kLf;
  return error_at(file, node.source(),
                  fmt::format("eol must be \"crlf\", \"lf\" or \"keep\", not {}",
                              s != nullptr ? "\"" + s->get() + "\"" : describe(node)));
}

constexpr std::string_view kFixKeys[] = {"eol", "backup", "unsafe-fixes", "neutralize-formulas"};

std::optional<Error> read_fix_table(const FileContext& file, const toml::node& node, Layer& layer) {
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    return error_at(
        file, node.source(),
        "fix must be a table ([fix] followed by eol, backup, unsafe-fixes, neutralize-formulas), "
        "not " + describe(node));
  }
  for (auto&& [key, value] : *table) {
    const std::string source = source_of(file, key.source());
    if (key.str() == "eol") {
      auto eol = read_eol(file, value);
      if (!eol) return eol.error();
      layer.eol = Sourced<Eol>{eol.value(), source};
    } else if (key.str() == "backup" || key.str() == "unsafe-fixes" ||
               key.str() == "neutralize-formulas") {
      auto b = read_bool(file, key.str(), value);
      if (!b) return b.error();
      (key.str() == "backup"         ? layer.backup
       : key.str() == "unsafe-fixes" ? layer.unsafe_fixes
                                     : layer.neutralize_formulas) = Sourced<bool>{b.value(), source};
    } else if (is_top_level_key(key.str())) {
      return error_at(file, key.source(), misplaced(key.str(), "fix"));
    } else {
      const std::vector<std::string_view> known(std::begin(kFixKeys), std::end(kFixKeys));
      return error_at(
          file, key.source(),
          fmt::format("unknown key \"{}\" in [fix]{}", key.str(), did_you_mean(key.str(), known)));
    }
  }
  return std::nullopt;
}

}  // namespace

Error error_at(const FileContext& file, const toml::source_region& where,
               const std::string& message) {
  return Error{
      fmt::format("{}:{}:{}: {}", file.path, where.begin.line, where.begin.column, message),
      file.path};
}

std::string source_of(const FileContext& file, const toml::source_region& where) {
  return fmt::format("{}:{}", file.path, where.begin.line);
}

std::string describe(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "true/false";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "a date or time";
  }
}

std::vector<std::string_view> setting_keys() {
  return {"select",  "ignore", "extend-select", "extend-ignore", "severity",
          "schools", "years",  "subjects",      "fail-on",       "fix"};
}

Result<bool> read_setting(const FileContext& file, const toml::key& key, const toml::node& node,
                          Layer& layer) {
  const std::string_view name = key.str();
  const std::string source = source_of(file, key.source());
  using RuleList = std::optional<Sourced<std::vector<std::string>>>;
  RuleList* rule_list = name == "select"          ? &layer.select
                        : name == "ignore"        ? &layer.ignore
                        : name == "extend-select" ? &layer.extend_select
                        : name == "extend-ignore" ? &layer.extend_ignore
                                                  : nullptr;
  if (rule_list != nullptr) {
    auto tokens = read_rule_list(file, name, node);
    if (!tokens) return tokens.error();
    *rule_list = Sourced<std::vector<std::string>>{std::move(tokens).value(), source};
  } else if (name == "severity") {
    if (auto err = read_severity_table(file, node, layer)) return *err;
  } else if (name == "fix") {
    if (auto err = read_fix_table(file, node, layer)) return *err;
  } else if (name == "schools") {
    const auto* s = node.as_string();
    if (s == nullptr) {
      return error_at(file, node.source(),
                      "schools must be a file name in quotes (relative to this file's folder), "
                      "not " +
                          describe(node));
    }
    // Relative to the config file's folder, so the setting means the same from any directory.
    std::string path =
        s->get().empty() ? std::string()
                         : (std::filesystem::path(file.dir) / s->get()).lexically_normal().string();
    layer.schools = Sourced<std::string>{std::move(path), source};
  } else if (name == "years") {
    auto years = read_years(file, node);
    if (!years) return years.error();
    layer.years = Sourced<std::string>{std::move(years).value(), source};
  } else if (name == "subjects") {
    auto subjects = read_subjects(file, node);
    if (!subjects) return subjects.error();
    layer.subjects = Sourced<std::vector<std::string>>{std::move(subjects).value(), source};
  } else if (name == "fail-on") {
    auto severity = read_severity(file, "fail-on", node);
    if (!severity) return severity.error();
    layer.fail_on = Sourced<Severity>{severity.value(), source};
  } else {
    return false;
  }
  return true;
}

}  // namespace cerslint::config
