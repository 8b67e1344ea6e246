// SARIF written in pieces, in key order tool, columnKind, originalUriBaseIds, results,
// artifacts, invocations: everything known up front first, the per-file facts after the
// streamed results.
#include "report/sarif_reporter.hpp"

#include "engine/rule.hpp"
#include "report/json_text.hpp"

namespace cerslint::report {
namespace {

std::string_view sarif_level(engine::Severity s) {
  switch (s) {
    case engine::Severity::kError:
      return "error";
    case engine::Severity::kWarning:
      return "warning";
    case engine::Severity::kInfo:
      return "note";
  }
  return "error";
}

// The rule page's first paragraph of prose (after the title and the severity line): what the
// rule finds, in a sentence or two. Falls back to the summary.
std::string_view first_paragraph(std::string_view doc, std::string_view fallback) {
  std::size_t pos = 0;
  while (pos < doc.size()) {
    std::size_t end = doc.find("\n\n", pos);
    if (end == std::string_view::npos) end = doc.size();
    const std::string_view para = doc.substr(pos, end - pos);
    if (!para.empty() && para[0] != '#' && para.rfind("**", 0) != 0 && para[0] != '\n') {
      return para;
    }
    pos = end + 2;
  }
  return fallback;
}

// A section's body ("## What to do" -> the text under it, up to the next heading).
std::string_view section(std::string_view doc, std::string_view heading) {
  const std::size_t at = doc.find(heading);
  if (at == std::string_view::npos) return {};
  std::size_t start = doc.find('\n', at);
  if (start == std::string_view::npos) return {};
  while (start < doc.size() && doc[start] == '\n') ++start;
  std::size_t end = doc.find("\n#", start);
  if (end == std::string_view::npos) end = doc.size();
  while (end > start && doc[end - 1] == '\n') --end;
  return doc.substr(start, end - start);
}

// Values in messages come straight from the CSV: in the markdown form the characters that mark
// up text (emphasis, code, links, HTML, headings, tables) are backslash-escaped, so a group name
// like "*Period 1*" is shown as written, not emphasised.
void append_markdown_escaped(std::string_view s, std::string& out) {
  constexpr std::string_view kSpecial = "\\`*_{}[]<>#|~&";
  for (char c : s) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
}

void append_rule(const engine::RuleMeta& rule, const std::string& docs_uri, std::string& out) {
  const std::string_view doc = engine::rule_doc(rule.code);
  out += "{\"id\":";
  append_json_string(rule.code, out);
  out += ",\"name\":";
  append_json_string(rule.name, out);
  out += ",\"shortDescription\":{\"text\":";
  append_json_string(rule.summary, out);
  out += "},\"fullDescription\":{\"text\":";
  append_json_string(first_paragraph(doc, rule.summary), out);
  out += "},\"help\":{\"text\":";
  const std::string_view todo = section(doc, "## What to do");
  append_json_string(todo.empty() ? rule.summary : todo, out);
  out += ",\"markdown\":";
  append_json_string(doc.empty() ? rule.summary : doc, out);
  out += "},\"helpUri\":";
  append_json_string(docs_uri + rule_page_name(rule), out);
  out += ",\"defaultConfiguration\":{\"level\":";
  append_json_string(sarif_level(rule.severity), out);
  // SARIF fixes need concrete replacements, which findings do not carry: say which kind of
  // `cerslint fix` repair exists instead.
  out += "},\"properties\":{\"fix\":";
  append_json_string(engine::to_string(rule.fix), out);
  out += ",\"severity\":";
  append_json_string(engine::to_string(rule.severity), out);
  out += "}}";
}

bool is_uri_char(unsigned char c) {
  // RFC 3986 unreserved, sub-delims, ':' '@' and '/' may stand in a path as they are.
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-._~!$&'()*+,;=:@/").find(static_cast<char>(c)) !=
         std::string_view::npos;
}

}  // namespace

std::string path_to_uri(std::string_view path, bool& relative) {
  relative = path.empty() || path[0] != '/';
  std::string uri = relative ? "" : "file://";
  // "a:b.csv" would read as scheme "a": a relative reference whose first segment has a colon
  // needs "./" in front (RFC 3986 section 4.2).
  if (relative) {
    const std::size_t colon = path.find(':'), slash = path.find('/');
    if (colon != std::string_view::npos && colon < slash) uri += "./";
  }
  constexpr char kHex[] = "0123456789ABCDEF";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_uri_char(c)) {
      uri += ch;
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  return uri;
}

std::string rule_page_name(const engine::RuleMeta& rule) {
  std::string name(rule.code);
  name += '_';
  for (char c : rule.name) name += c == '-' ? '_' : c;
  name += ".md";
  return name;
}

SarifReporter::SarifReporter(std::FILE* out, ToolInfo tool,
                             std::vector<const engine::RuleMeta*> rules)
    : out_(out), tool_(std::move(tool)), rules_(std::move(rules)) {
  for (std::size_t i = 0; i < rules_.size(); ++i) rule_index_.emplace(rules_[i], i);
}

void SarifReporter::write() { write_out(buf_, out_); }

void SarifReporter::start() {
  if (started_) return;
  started_ = true;
  buf_ +=
      "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
      "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"cerslint\",\"version\":";
  append_json_string(tool_.version, buf_);
  buf_ += ",\"semanticVersion\":";
  append_json_string(tool_.version, buf_);
  buf_ += ",\"informationUri\":";
  append_json_string(tool_.rule_docs_uri + "README.md", buf_);
  buf_ += ",\"rules\":[";
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    buf_ += i == 0 ? "\n" : ",\n";
    append_rule(*rules_[i], tool_.rule_docs_uri, buf_);
    write();
  }
  // Columns count characters (code points), not UTF-16 units, SARIF's default.
  buf_ +=
      "\n]}},\"columnKind\":\"unicodeCodePoints\",\"originalUriBaseIds\":{\"SRCROOT\":"
      "{\"description\":{\"text\":\"The folder cerslint was run in; relative paths are "
      "relative to it.\"}}},\"results\":[";
  write();
}

void SarifReporter::append_artifact_location(std::size_t index, std::string& out) const {
  const Artifact& a = artifacts_[index];
  out += "{\"uri\":";
  append_json_string(a.uri, out);
  if (a.relative) out += ",\"uriBaseId\":\"SRCROOT\"";
  out += ",\"index\":";
  append_json_uint(index, out);
  out += '}';
}

void SarifReporter::begin_file(const std::string& path) {
  start();
  Artifact a;
  a.uri = path_to_uri(path, a.relative);
  artifacts_.push_back(std::move(a));
}

void SarifReporter::on_finding(const engine::Finding& f) {
  buf_ += first_result_ ? "\n{\"ruleId\":" : ",\n{\"ruleId\":";
  first_result_ = false;
  append_json_string(f.rule->code, buf_);
  if (auto it = rule_index_.find(f.rule); it != rule_index_.end()) {
    buf_ += ",\"ruleIndex\":";
    append_json_uint(it->second, buf_);
  }
  buf_ += ",\"level\":";
  append_json_string(sarif_level(f.severity), buf_);
  buf_ += ",\"message\":{\"text\":";
  append_json_string(f.message, buf_);
  if (!f.hint.empty()) {
    std::string md;
    append_markdown_escaped(f.message, md);
    md += "\n\n";
    md += f.hint;  // our own text, written as markdown (`cerslint fix`)
    buf_ += ",\"markdown\":";
    append_json_string(md, buf_);
  }
  buf_ += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":";
  append_artifact_location(artifacts_.size() - 1, buf_);
  if (f.location.line > 0) {
    buf_ += ",\"region\":{\"startLine\":";
    append_json_uint(f.location.line, buf_);
    if (f.location.column > 0) {
      buf_ += ",\"startColumn\":";
      append_json_uint(f.location.column, buf_);
    }
    buf_ += ",\"byteOffset\":";
    append_json_uint(f.location.offset, buf_);
    buf_ += '}';
  }
  buf_ += "}}],\"properties\":{\"cersRow\":";
  append_json_uint(f.location.row, buf_);
  buf_ += ",\"fix\":";
  append_json_string(engine::to_string(f.rule->fix), buf_);
  buf_ += "}}";
  write();
}

void SarifReporter::end_file(const engine::FileReport& r) {
  Artifact& a = artifacts_.back();
  a.bytes = r.bytes;
  if (r.error) a.error = r.error->message.empty() ? "could not be read" : r.error->message;
}

void SarifReporter::finish(const RunTotals& totals) {
  start();
  buf_ += first_result_ ? "],\"artifacts\":[" : "\n],\"artifacts\":[";
  for (std::size_t i = 0; i < artifacts_.size(); ++i) {
    const Artifact& a = artifacts_[i];
    buf_ += i == 0 ? "\n{\"location\":{\"uri\":" : ",\n{\"location\":{\"uri\":";
    append_json_string(a.uri, buf_);
    if (a.relative) buf_ += ",\"uriBaseId\":\"SRCROOT\"";
    buf_ += '}';
    if (a.error.empty()) {
      buf_ += ",\"length\":";
      append_json_uint(a.bytes, buf_);
    }
    buf_ += ",\"mimeType\":\"text/csv\"}";
    write();
  }
  buf_ += artifacts_.empty() ? "],\"invocations\":[{\"executionSuccessful\":"
                             : "\n],\"invocations\":[{\"executionSuccessful\":";
  buf_ += totals.files_failed == 0 ? "true" : "false";
  buf_ += ",\"exitCode\":";
  append_json_uint(static_cast<std::uint64_t>(totals.exit_code), buf_);
  buf_ += ",\"toolExecutionNotifications\":[";
  bool first = true;
  for (std::size_t i = 0; i < artifacts_.size(); ++i) {
    if (artifacts_[i].error.empty()) continue;
    buf_ += first ? "\n" : ",\n";
    first = false;
    buf_ += "{\"level\":\"error\",\"descriptor\":{\"id\":\"io-error\"},\"message\":{\"text\":";
    append_json_string(artifacts_[i].error, buf_);
    buf_ += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":";
    append_artifact_location(i, buf_);
    buf_ += "}}]}";
  }
  buf_ += first ? "]}]}]}\n" : "\n]}]}]}\n";
  write();
}

}  // namespace cerslint::report
