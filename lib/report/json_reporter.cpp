// The JSON document is written in pieces: the opening when the first file begins, each file's
// "findings" array as findings stream in, the file's counts and verdict (known only at its end)
// after its findings, and the run summary last. Key order is therefore path, findings, verdict...
#include "report/json_reporter.hpp"

#include "report/finding_json.hpp"
#include "report/json_text.hpp"

namespace cerslint::report {

void append_summary_fields(const RunTotals& t, std::string& out) {
  out += "\"files\":";
  append_json_uint(t.files, out);
  out += ",\"errors\":";
  append_json_uint(t.counts[2], out);
  out += ",\"warnings\":";
  append_json_uint(t.counts[1], out);
  out += ",\"infos\":";
  append_json_uint(t.counts[0], out);
  out += ",\"files_with_findings\":";
  append_json_uint(t.files_with_findings, out);
  out += ",\"files_rejected\":";
  append_json_uint(t.files_rejected, out);
  out += ",\"files_failed\":";
  append_json_uint(t.files_failed, out);
  out += ",\"exit_code\":";
  append_json_uint(static_cast<std::uint64_t>(t.exit_code), out);
}

void JsonReporter::write() { write_out(buf_, out_); }

void JsonReporter::start() {
  if (started_) return;
  started_ = true;
  buf_ += "{\"tool\":{";
  append_tool_fields(tool_.version, buf_);
  buf_ += "},\"files\":[";
}

void JsonReporter::begin_file(const std::string& path) {
  start();
  path_ = path;
  buf_ += first_file_ ? "\n{\"path\":" : ",\n{\"path\":";
  first_file_ = false;
  append_json_string(path, buf_);
  buf_ += ",\"findings\":[";
  first_finding_ = true;
  write();
}

void JsonReporter::on_finding(const engine::Finding& f) {
  buf_ += first_finding_ ? "\n{" : ",\n{";
  first_finding_ = false;
  append_finding_fields(f, path_, buf_);
  buf_ += '}';
  write();
}

void JsonReporter::end_file(const engine::FileReport& r) {
  buf_ += first_finding_ ? "]," : "\n],";
  append_file_fields(r, buf_);
  buf_ += '}';
  write();
}

void JsonReporter::finish(const RunTotals& totals) {
  start();
  buf_ += first_file_ ? "],\"summary\":{" : "\n],\"summary\":{";
  append_summary_fields(totals, buf_);
  buf_ += "}}\n";
  write();
}

}  // namespace cerslint::report
