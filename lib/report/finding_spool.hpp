// Findings parked on disk: a worker thread checking one file of `check --jobs N` records its
// findings here, and the main thread replays them into the reporters when that file's turn
// comes, so output is exactly what one job prints, in argument order, while memory holds no
// findings (the spool is an unnamed temporary file that vanishes when closed).
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "util/result.hpp"

namespace cerslint::report {

class FindingSpool final : public engine::FindingSink {
 public:
  FindingSpool();
  ~FindingSpool();
  FindingSpool(const FindingSpool&) = delete;
  FindingSpool& operator=(const FindingSpool&) = delete;

  void on_finding(const engine::Finding& finding) override;
  // Sends every recorded finding to `sink`, in the order recorded. An error means the
  // temporary file could not be created, written or read back (the replay may be partial).
  std::optional<Error> replay(engine::FindingSink& sink);

 private:
  std::FILE* file_ = nullptr;
  bool failed_ = false;
  // A rule's hint is usually the same on every finding: it is stored when it differs from the
  // rule's previous one, else marked "same" (rule number -> last hint; memory: one per rule).
  std::vector<std::string> last_hint_;
  std::string message_;  // replay buffer for one finding's message
};

}  // namespace cerslint::report
