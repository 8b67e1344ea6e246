#include "baseline/baseline_filter.hpp"

#include <algorithm>

namespace cerslint::baseline {
namespace {

// Family C: the rules that report CERS's own messages (see docs/rules).
bool is_cers(const engine::Finding& f) { return f.rule->code.starts_with('C'); }

}  // namespace

BaselineFilter::BaselineFilter(const Suppressions& suppressions, std::string_view file,
                               engine::FindingSink& inner)
    : suppressions_(suppressions), table_(suppressions.table_for(file)), inner_(inner) {}

void BaselineFilter::on_finding(const engine::Finding& f) {
  if (table_ != nullptr) {
    key_.clear();
    append_key(key_, f.rule->code, f.row);
    const auto it = table_->find(key_);
    if (it != table_->end()) {
      std::uint64_t& used = used_[it->second];
      if (used < suppressions_.entries()[it->second].count) {
        ++used;
        ++suppressed_[static_cast<int>(f.severity)];
        if (is_cers(f)) ++suppressed_cers_;
        return;
      }
    }
  }
  if (is_cers(f)) ++forwarded_cers_;
  inner_.on_finding(f);
}

std::uint64_t BaselineFilter::suppressed_total() const {
  return suppressed_[0] + suppressed_[1] + suppressed_[2];
}

std::vector<Entry> BaselineFilter::unused() const {
  std::vector<Entry> out;
  if (table_ == nullptr) return out;
  std::vector<std::size_t> indexes;
  for (const auto& [key, index] : *table_) indexes.push_back(index);
  std::sort(indexes.begin(), indexes.end());  // entries() is sorted: so is the answer
  for (const std::size_t i : indexes) {
    const Entry& e = suppressions_.entries()[i];
    const auto it = used_.find(i);
    const std::uint64_t used = it == used_.end() ? 0 : it->second;
    if (used >= e.count) continue;
    out.push_back(e);
    out.back().count = e.count - used;
  }
  return out;
}

}  // namespace cerslint::baseline
