#include "report/formats.hpp"

#include <algorithm>
#include <cctype>

#include "report/github_reporter.hpp"
#include "report/json_lines_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/sarif_reporter.hpp"
#include "report/text_formats.hpp"

namespace cerslint::report {

std::string_view format_names() { return "cers|text|json|json-lines|sarif|github"; }

bool is_format(std::string_view name) {
  return name == "cers" || name == "text" || name == "json" || name == "json-lines" ||
         name == "sarif" || name == "github";
}

std::optional<std::string> format_for_file_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string ext(base.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "sarif") return "sarif";
  if (ext == "json") return "json";
  if (ext == "jsonl" || ext == "ndjson") return "json-lines";
  return std::nullopt;
}

std::unique_ptr<Reporter> make_reporter(std::string_view name, std::FILE* out,
                                        const ReporterSetup& setup) {
  if (name == "cers") return std::make_unique<CersFormat>(out, setup.several_files);
  if (name == "json") return std::make_unique<JsonReporter>(out, setup.tool);
  if (name == "json-lines") return std::make_unique<JsonLinesReporter>(out, setup.tool);
  if (name == "sarif") return std::make_unique<SarifReporter>(out, setup.tool, setup.rules);
  if (name == "github") return std::make_unique<GithubReporter>(out);
  return std::make_unique<TextFormat>(out, setup.text);
}

}  // namespace cerslint::report
