#include "report/finding_json.hpp"

#include "report/json_text.hpp"
#include "report/reporter.hpp"

namespace cerslint::report {

void append_finding_fields(const engine::Finding& f, std::string_view path, std::string& out) {
  out += "\"code\":";
  append_json_string(f.rule->code, out);
  out += ",\"name\":";
  append_json_string(f.rule->name, out);
  out += ",\"severity\":";
  append_json_string(engine::to_string(f.severity), out);
  out += ",\"fix\":";
  append_json_string(engine::to_string(f.rule->fix), out);
  out += ",\"message\":";
  append_json_string(f.message, out);
  out += ",\"hint\":";
  append_json_string_or_null(f.hint, out);
  out += ",\"path\":";
  append_json_string(path, out);
  // Row 0 is real (the header, or the file as a whole); line and column 0 mean "none".
  out += ",\"row\":";
  append_json_uint(f.location.row, out);
  out += ",\"line\":";
  append_json_uint_or_null(f.location.line, out);
  out += ",\"column\":";
  append_json_uint_or_null(f.location.column, out);
  out += ",\"offset\":";
  append_json_uint(f.location.offset, out);
}

void append_file_fields(const engine::FileReport& r, std::string& out) {
  out += "\"verdict\":";
  if (r.error) {
    out += "null";  // the file was not read to the end: there is no verdict
  } else {
    out += "{\"status\":";
    append_json_string(status_name(r), out);
    out += ",\"text\":";
    append_json_string(r.verdict.text, out);
    out += '}';
  }
  out += ",\"records\":";
  append_json_uint(r.records, out);
  out += ",\"bytes\":";
  append_json_uint(r.bytes, out);
  out += ",\"counts\":{\"error\":";
  append_json_uint(r.counts[2], out);
  out += ",\"warning\":";
  append_json_uint(r.counts[1], out);
  out += ",\"info\":";
  append_json_uint(r.counts[0], out);
  out += "},\"error\":";
  if (r.error) {
    append_json_string(r.error->message, out);
  } else {
    out += "null";
  }
}

void append_tool_fields(std::string_view version, std::string& out) {
  out += "\"name\":\"cerslint\",\"version\":";
  append_json_string(version, out);
}

}  // namespace cerslint::report
