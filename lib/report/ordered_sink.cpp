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
  // One allocation for all the text a finding holds (views into it are restored in flush()).
  Held h{f,
         std::string(),
         f.message.size(),
         {static_cast<std::uint32_t>(f.row.school.size()),
          static_cast<std::uint32_t>(f.row.year.size()),
          static_cast<std::uint32_t>(f.row.group.size()),
          static_cast<std::uint32_t>(f.row.member.size())}};
  h.text.reserve(f.message.size() + f.hint.size() + f.row.school.size() + f.row.year.size() +
                 f.row.group.size() + f.row.member.size());
  h.text.append(f.message).append(f.hint);
  h.text.append(f.row.school).append(f.row.year).append(f.row.group).append(f.row.member);
  held_bytes_ += h.text.size() + sizeof(Held);
  held_.push_back(std::move(h));
}

void OrderedSink::flush() {
  // Sorting pointers, not the findings: a Held is large, and moving it cost more than sorting.
  order_.clear();
  for (Held& h : held_) order_.push_back(&h);
  std::stable_sort(order_.begin(), order_.end(), [](const Held* a, const Held* b) {
    return a->finding.location.line < b->finding.location.line;
  });
  for (Held* held : order_) {
    Held& h = *held;
    // Views are re-pointed here: the vector may have moved the strings since they were made.
    const std::string_view text = h.text;
    const std::size_t row_bytes =
        std::size_t{h.row_sizes[0]} + h.row_sizes[1] + h.row_sizes[2] + h.row_sizes[3];
    h.finding.message = text.substr(0, h.message_size);
    h.finding.hint = text.substr(h.message_size, text.size() - h.message_size - row_bytes);
    std::size_t at = text.size() - row_bytes;
    std::string_view* row[4] = {&h.finding.row.school, &h.finding.row.year, &h.finding.row.group,
                                &h.finding.row.member};
    for (int i = 0; i < 4; ++i) {
      *row[i] = text.substr(at, h.row_sizes[i]);
      at += h.row_sizes[i];
    }
    inner_.on_finding(h.finding);
  }
  held_.clear();
  held_bytes_ = 0;
}

}  // namespace cerslint::report
