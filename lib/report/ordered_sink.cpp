// Stable sort by physical line: the order a coordinator reads the file in. Within a line the
// emission order stays (CERS's messages in CERS's order, then lint findings).
#include "report/ordered_sink.hpp"

#include <algorithm>

namespace cerslint::report {

void OrderedSink::on_finding(const engine::Finding& f) {
  if (held_.size() >= capacity_ || arena_.size() + held_.size() * sizeof(Held) > kMaxHeldBytes) {
    flush();
    capacity_ = 0;  // from now on, stream: memory must not grow with the file
  }
  if (capacity_ == 0) {
    inner_.on_finding(f);
    return;
  }
  if (held_.empty()) {
    // Room for the whole allowance at once: growing by doubling copied everything held and
    // touched fresh pages each time (a fifth of the sink's cost on a file with 20 000 findings).
    // Pages are only mapped here; untouched ones cost nothing.
    held_.reserve(std::min<std::size_t>(capacity_, kMaxHeldBytes / sizeof(Held)));
    arena_.reserve(kMaxHeldBytes);
  }
  Held h{f.rule,
         f.severity,
         {static_cast<std::uint32_t>(f.message.size()),
          static_cast<std::uint32_t>(f.row.school.size()),
          static_cast<std::uint32_t>(f.row.year.size()),
          static_cast<std::uint32_t>(f.row.group.size()),
          static_cast<std::uint32_t>(f.row.member.size())},
         f.location,
         arena_.size(),
         0,
         f.hint.size()};
  arena_.append(f.message).append(f.row.school).append(f.row.year).append(f.row.group);
  arena_.append(f.row.member);
  LastHint& last = last_hint_[f.rule];
  const bool same_hint = last.size == f.hint.size() &&
                         std::string_view(arena_).substr(last.at, last.size) == f.hint;
  if (!same_hint) {
    last = LastHint{arena_.size(), f.hint.size()};
    arena_.append(f.hint);
  }
  h.hint_at = last.at;
  held_.push_back(h);
}

void OrderedSink::flush() {
  // Sorting pointers, not the held records: moving them cost more than sorting.
  order_.clear();
  for (Held& h : held_) order_.push_back(&h);
  std::stable_sort(order_.begin(), order_.end(), [](const Held* a, const Held* b) {
    return a->location.line < b->location.line;
  });
  const std::string_view text = arena_;
  for (const Held* held : order_) {
    const Held& h = *held;
    engine::Finding f{h.rule, h.severity, h.location, {}, text.substr(h.hint_at, h.hint_size), {}};
    std::size_t at = h.text_at;
    std::string_view* views[5] = {&f.message, &f.row.school, &f.row.year, &f.row.group,
                                  &f.row.member};
    for (int i = 0; i < 5; ++i) {
      *views[i] = text.substr(at, h.sizes[i]);
      at += h.sizes[i];
    }
    inner_.on_finding(f);
  }
  held_.clear();
  arena_.clear();
  last_hint_.clear();
}

}  // namespace cerslint::report
