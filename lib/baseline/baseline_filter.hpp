// A FindingSink in front of a reporter: drops the findings a baseline lists for this file (each
// entry as many times as its count) and forwards the rest. What it dropped, by severity, and
// which entries found nothing to drop are known at the end of the file. One per file checked.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "baseline/entry.hpp"
#include "baseline/suppressions.hpp"
#include "engine/finding.hpp"

namespace cerslint::baseline {

class BaselineFilter final : public engine::FindingSink {
 public:
  // `file`: the checked file as the baseline names it (relative_name()). Both `suppressions`
  // and `inner` must outlive the filter.
  BaselineFilter(const Suppressions& suppressions, std::string_view file,
                 engine::FindingSink& inner);

  void on_finding(const engine::Finding& finding) override;

  // Findings dropped, by engine::Severity.
  std::uint64_t suppressed(engine::Severity s) const { return suppressed_[static_cast<int>(s)]; }
  std::uint64_t suppressed_total() const;
  // Findings of CERS-exact rules (family C), which stand for the CERS verdict: dropped, and
  // forwarded.
  std::uint64_t suppressed_cers() const { return suppressed_cers_; }
  std::uint64_t forwarded_cers() const { return forwarded_cers_; }
  // Entries of this file that did not find all their findings, sorted, each with the count that
  // found nothing: the row was fixed or is gone.
  std::vector<Entry> unused() const;

 private:
  const Suppressions& suppressions_;
  const Suppressions::FileTable* table_;  // null: the baseline lists nothing for this file
  engine::FindingSink& inner_;
  std::unordered_map<std::size_t, std::uint64_t> used_;  // entry index -> findings dropped
  std::string key_;                                      // reused for every lookup
  std::uint64_t suppressed_[3] = {0, 0, 0};
  std::uint64_t suppressed_cers_ = 0;
  std::uint64_t forwarded_cers_ = 0;
};

}  // namespace cerslint::baseline
