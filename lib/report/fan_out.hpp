// Several reporters fed from one run: what is printed and what `--output-file` writes.
#pragma once

#include <vector>

#include "report/reporter.hpp"

namespace cerslint::report {

class FanOut final : public Reporter {
 public:
  void add(Reporter& r) { reporters_.push_back(&r); }
  void begin_file(const std::string& path) override {
    for (Reporter* r : reporters_) r->begin_file(path);
  }
  void on_finding(const engine::Finding& f) override {
    for (Reporter* r : reporters_) r->on_finding(f);
  }
  void end_file(const engine::FileReport& report) override {
    for (Reporter* r : reporters_) r->end_file(report);
  }
  void finish(const RunTotals& totals) override {
    for (Reporter* r : reporters_) r->finish(totals);
  }

 private:
  std::vector<Reporter*> reporters_;
};

}  // namespace cerslint::report
