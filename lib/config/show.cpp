// Rendering of the effective configuration. Defaults are printed as values a file could hold
// ("" for the embedded school directory), with what they mean in the comment.
#include "config/show.hpp"

#include <fmt/format.h>

#include <ctime>

#include "cers/defaults.hpp"

namespace cerslint::config {
namespace {

std::string toml_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const std::string& item : items) out += (out.size() > 1 ? ", " : "") + toml_quote(item);
  return out + "]";
}

// 2015,2016,...,2027 -> "2015-2027" (runs of consecutive years joined).
std::string years_text(const std::vector<std::int32_t>& years) {
  std::string out;
  for (std::size_t i = 0; i < years.size();) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    out += (out.empty() ? "" : ",") + std::to_string(years[i]);
    if (j > i) out += "-" + std::to_string(years[j]);
    i = j + 1;
  }
  return out;
}

std::string default_years_text() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return years_text(cers::default_years(local.tm_year + 1900, local.tm_mon + 1));
}

void line(std::string& out, std::string_view key, const std::string& value,
          const std::string& source, std::string_view meaning = {}) {
  out += fmt::format("{} = {}  # from {}{}\n", key, value, source,
                     meaning.empty() ? std::string() : fmt::format(" ({})", meaning));
}

std::string severity_text(engine::Severity s) { return toml_quote(engine::to_string(s)); }

}  // namespace

std::string toml_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\u{:04X}", u);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string render(const Effective& e, const std::string& target) {
  std::string out = fmt::format("# effective configuration for {}\n", target);
  line(out, "select", toml_array(e.select.tokens), e.select.source(),
       e.select.tokens.empty() ? "every rule" : "");
  line(out, "ignore", toml_array(e.ignore.tokens), e.ignore.source());
  for (const RuleSeverity& r : e.severity) {
    line(out, fmt::format("severity.{}", r.rule->meta->code), severity_text(r.severity.value),
         r.severity.source);
  }
  const bool default_schools = e.schools.value.empty();
  line(out, "schools", toml_quote(e.schools.value), e.schools.source,
       default_schools ? "the embedded CDE directory" : "");
  if (e.years.value.empty()) {
    line(out, "years", toml_quote(default_years_text()), e.years.source,
         "2015 through the current school year");
  } else {
    line(out, "years", toml_quote(e.years.value), e.years.source);
  }
  line(out, "subjects", toml_array(e.subjects.value), e.subjects.source);
  line(out, "fail-on", severity_text(e.fail_on.value), e.fail_on.source);
  line(out, "fix.eol", toml_quote(to_string(e.eol.value)), e.eol.source);
  line(out, "fix.backup", e.backup.value ? "true" : "false", e.backup.source);
  line(out, "fix.unsafe-fixes", e.unsafe_fixes.value ? "true" : "false", e.unsafe_fixes.source);
  line(out, "fix.neutralize-formulas", e.neutralize_formulas.value ? "true" : "false",
       e.neutralize_formulas.source);
  if (e.files.empty()) {
    out += "# configuration files used: none\n";
  } else {
    out += "# configuration files used, nearest first:\n";
    for (const std::string& f : e.files) out += fmt::format("#   {}\n", f);
  }
  return out;
}

}  // namespace cerslint::config
