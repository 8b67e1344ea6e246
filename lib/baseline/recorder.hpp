// A FindingSink that notes every finding of one file as a baseline entry (same keys counted)
// and forwards it unchanged: what `cerslint check --write-baseline` writes. Memory grows with
// the number of distinct findings, which is the size of the baseline it writes.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "baseline/entry.hpp"
#include "engine/finding.hpp"

namespace cerslint::baseline {

class BaselineRecorder final : public engine::FindingSink {
 public:
  // `file`: the checked file as the baseline will name it (relative_name()).
  BaselineRecorder(std::string file, engine::FindingSink& inner)
      : file_(std::move(file)), inner_(inner) {}

  void on_finding(const engine::Finding& finding) override;
  const std::string& file() const { return file_; }
  // The entries noted so far, in no particular order (write_baseline sorts).
  std::vector<Entry> take();

 private:
  std::string file_;
  engine::FindingSink& inner_;
  std::unordered_map<std::string, Entry> entries_;  // key -> entry
  std::string key_;
};

}  // namespace cerslint::baseline
