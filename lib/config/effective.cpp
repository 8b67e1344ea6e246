// Layering and [severity] resolution. Within one layer a [severity] entry naming a rule exactly
// (code or name) beats a prefix, and a longer prefix beats a shorter one, so `N = "info"` with
// `N005 = "error"` means what it says whatever order the table is in.
#include "config/effective.hpp"

#include <climits>
#include <filesystem>
#include <map>

#include "cers/defaults.hpp"
#include "config/glob.hpp"
#include "engine/selection.hpp"

namespace cerslint::config {
namespace {

namespace fs = std::filesystem;

void add_source(SourcedTokens& list, const std::string& source) {
  for (const std::string& s : list.sources) {
    if (s == source) return;
  }
  list.sources.push_back(source);
}

void replace(SourcedTokens& list, const Sourced<std::vector<std::string>>& with) {
  list.tokens = with.value;
  list.sources = {with.source};
}

void extend(SourcedTokens& list, const Sourced<std::vector<std::string>>& with) {
  list.tokens.insert(list.tokens.end(), with.value.begin(), with.value.end());
  add_source(list, with.source);
}

bool equal_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// How precisely `token` names `meta` (higher wins); -1 when it does not name it.
int specificity(std::string_view token, const engine::RuleMeta& meta) {
  if (!engine::token_matches(token, meta)) return -1;
  if (equal_ignore_case(token, meta.code) || token == meta.name) return INT_MAX;
  if (equal_ignore_case(token, "ALL")) return 0;
  return static_cast<int>(token.size());
}

using SeverityMap = std::map<const engine::RuleEntry*, Sourced<engine::Severity>>;

void apply_severity(const std::vector<SeveritySetting>& settings, SeverityMap& out) {
  if (settings.empty()) return;
  for (const engine::RuleEntry& e : engine::registry()) {
    if (e.cers_kind) continue;  // CERS's own rules stay errors (see layer_keys.cpp)
    const SeveritySetting* best = nullptr;
    int best_specificity = -1;
    for (const SeveritySetting& s : settings) {
      const int sp = specificity(s.token, *e.meta);
      if (sp > best_specificity) {
        best = &s;
        best_specificity = sp;
      }
    }
    if (best != nullptr) out[&e] = Sourced<engine::Severity>{best->severity, best->source};
  }
}

void apply(const Layer& layer, Effective& e, SeverityMap& severity) {
  if (layer.select) replace(e.select, *layer.select);
  // With every rule selected (no tokens), extend-select has nothing to add.
  if (layer.extend_select && !e.select.tokens.empty()) extend(e.select, *layer.extend_select);
  if (layer.ignore) replace(e.ignore, *layer.ignore);
  if (layer.extend_ignore) extend(e.ignore, *layer.extend_ignore);
  apply_severity(layer.severity, severity);
  if (layer.schools) e.schools = *layer.schools;
  if (layer.years) e.years = *layer.years;
  if (layer.subjects) e.subjects = *layer.subjects;
  if (layer.fail_on) e.fail_on = *layer.fail_on;
  if (layer.eol) e.eol = *layer.eol;
  if (layer.backup) e.backup = *layer.backup;
  if (layer.unsafe_fixes) e.unsafe_fixes = *layer.unsafe_fixes;
  if (layer.neutralize_formulas) e.neutralize_formulas = *layer.neutralize_formulas;
}

// `input` relative to the config file's folder, '/'-separated; empty for standard input.
std::string relative_to(const ConfigFile& file, const std::string& input) {
  if (input == "-") return {};
  const fs::path absolute = fs::absolute(input).lexically_normal();
  return absolute.lexically_relative(file.dir).generic_string();
}

bool matches(const Override& o, const std::string& relative) {
  if (relative.empty()) return false;
  for (const std::string& glob : o.paths) {
    if (glob_match(glob, relative)) return true;
  }
  return false;
}

}  // namespace

std::string SourcedTokens::source() const {
  if (sources.empty()) return "default";
  std::string joined;
  for (const std::string& s : sources) joined += (joined.empty() ? "" : ", ") + s;
  return joined;
}

Effective resolve(const Chain& chain, const std::string& input, const Layer& command_line,
                  bool for_folder) {
  Effective e;
  e.subjects = {cers::default_subjects(), "default"};
  SeverityMap severity;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const ConfigFile& file = **it;
    apply(file.settings, e, severity);
    if (for_folder) continue;
    const std::string relative = relative_to(file, input);
    for (const Override& o : file.overrides) {
      if (matches(o, relative)) apply(o.settings, e, severity);
    }
  }
  apply(command_line, e, severity);
  for (const engine::RuleEntry& entry : engine::registry()) {
    if (auto it = severity.find(&entry); it != severity.end()) {
      e.severity.push_back({&entry, it->second});
    }
  }
  for (const auto& file : chain) e.files.push_back(file->path);
  return e;
}

std::string override_key(const Chain& chain, const std::string& input) {
  std::string key;
  for (const auto& file : chain) {
    const std::string relative = relative_to(*file, input);
    for (std::size_t i = 0; i < file->overrides.size(); ++i) {
      if (matches(file->overrides[i], relative)) key += std::to_string(i) + ",";
    }
    key += ";";
  }
  return key;
}

}  // namespace cerslint::config
