#include "baseline/recorder.hpp"

namespace cerslint::baseline {

void BaselineRecorder::on_finding(const engine::Finding& f) {
  key_.clear();
  append_key(key_, f.rule->code, f.row);
  const auto it = entries_.find(key_);
  if (it != entries_.end()) {
    ++it->second.count;
  } else {
    entries_.emplace(key_, entry_of(file_, f.rule->code, f.row));
  }
  inner_.on_finding(f);
}

std::vector<Entry> BaselineRecorder::take() {
  std::vector<Entry> out;
  out.reserve(entries_.size());
  for (auto& [key, entry] : entries_) out.push_back(std::move(entry));
  entries_.clear();
  return out;
}

}  // namespace cerslint::baseline
