#include "report/json_lines_reporter.hpp"

#include "report/finding_json.hpp"
#include "report/json_reporter.hpp"
#include "report/json_text.hpp"

namespace cerslint::report {

void JsonLinesReporter::write_line() {
  buf_ += '\n';
  std::fwrite(buf_.data(), 1, buf_.size(), out_);
  buf_.clear();
}

void JsonLinesReporter::on_finding(const engine::Finding& f) {
  buf_ += "{\"type\":\"finding\",";
  append_finding_fields(f, path_, buf_);
  buf_ += '}';
  write_line();
}

void JsonLinesReporter::end_file(const engine::FileReport& r) {
  buf_ += "{\"type\":\"file\",\"path\":";
  append_json_string(path_, buf_);
  buf_ += ',';
  append_file_fields(r, buf_);
  buf_ += '}';
  write_line();
}

void JsonLinesReporter::finish(const RunTotals& totals) {
  buf_ += "{\"type\":\"summary\",\"tool\":{";
  append_tool_fields(tool_.version, buf_);
  buf_ += "},";
  append_summary_fields(totals, buf_);
  buf_ += '}';
  write_line();
}

}  // namespace cerslint::report
