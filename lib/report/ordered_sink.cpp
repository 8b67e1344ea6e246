// Stable sort by physical line: the order a coordinator reads the file in. Within a line the
// emission order stays (CERS's messages in CERS's order, then lint findings).
#include "report/ordered_sink.hpp"

#include <algorithm>

namespace cerslint::report {

void OrderedSink::on_finding(const engine::Finding& f) {
  if (held_.size() >= capacity_ || held_bytes_ > kMaxHeldBytes) {
    flush();
    capacity_ = 0;  // from now on, stream: memory must not grow with the file
  }
  if (capacity_ == 0) {
    inner_.on_finding(f);
    return;
  }
  Held h{f, std::string(f.message), f.message.size()};
  h.text.append(f.hint);
  held_bytes_ += h.text.size() + sizeof(Held);
  held_.push_back(std::move(h));
}

void OrderedSink::flush() {
  std::stable_sort(held_.begin(), held_.end(), [](const Held& a, const Held& b) {
    return a.finding.location.line < b.finding.location.line;
  });
  for (Held& h : held_) {
    // Views are re-pointed here: the vector may have moved the strings since they were made.
    h.finding.message = std::string_view(h.text).substr(0, h.message_size);
    h.finding.hint = std::string_view(h.text).substr(h.message_size);
    inner_.on_finding(h.finding);
  }
  held_.clear();
  held_bytes_ = 0;
}

}  // namespace cerslint::report
