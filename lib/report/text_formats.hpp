// The two original formats behind the Reporter interface, byte for byte as before: `text`
// (TextReporter, plus the total line when several files were checked) and `cers` (only the
// message CERS would store, with a "==> FILE <==" header per file when there are several).
// Files that could not be read print nothing here: the check loop reports them on stderr.
#pragma once

#include <cstdio>
#include <string>

#include "report/reporter.hpp"
#include "report/text_reporter.hpp"

namespace cerslint::report {

class TextFormat final : public Reporter {
 public:
  TextFormat(std::FILE* out, TextStyle style) : text_(out, style) {}
  void begin_file(const std::string& path) override { text_.begin_file(path); }
  void on_finding(const engine::Finding& f) override { text_.on_finding(f); }
  void end_file(const engine::FileReport& r) override {
    if (!r.error) text_.end_file(r);
  }
  void finish(const RunTotals& t) override {
    if (t.files > 1) text_.total(t.files, t.counts[2], t.counts[1], t.counts[0]);
  }

 private:
  TextReporter text_;
};

class CersFormat final : public Reporter {
 public:
  CersFormat(std::FILE* out, bool several_files) : out_(out), several_files_(several_files) {}
  void begin_file(const std::string& path) override { path_ = path; }
  void on_finding(const engine::Finding&) override {}
  void end_file(const engine::FileReport& r) override;
  void finish(const RunTotals&) override {}

 private:
  std::FILE* out_;
  bool several_files_;
  std::string path_;
};

}  // namespace cerslint::report
