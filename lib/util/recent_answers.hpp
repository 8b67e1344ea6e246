// The answers to the last few questions, by the question's 64-bit hash: for an answer that costs
// something (a directory lookup, an ICU case fold) and that a file asks for again and again in a
// short cycle. A damaged school id inside a block splits it, and from then on the school's rows
// and the damaged ones alternate, so the same two or three ids and group names come back on
// every row. When full, the oldest answer makes room. A false match needs a 64-bit collision,
// as in the validator's de-duplication of failure texts.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace cerslint::util {

template <typename Answer, std::size_t N = 4>
class RecentAnswers {
 public:
  // The remembered answer to `question`, or compute() remembered as it.
  template <typename Compute>
  const Answer& get(std::uint64_t question, Compute&& compute) {
    for (std::size_t i = 0; i < used_; ++i) {
      if (slots_[i].question == question) return slots_[i].answer;
    }
    Slot& slot = slots_[next_];
    next_ = (next_ + 1) % N;
    if (used_ < N) ++used_;
    slot.question = question;
    slot.answer = compute();
    return slot.answer;
  }

 private:
  struct Slot {
    std::uint64_t question = 0;
    Answer answer{};
  };
  std::array<Slot, N> slots_{};
  std::size_t used_ = 0;  // slots holding an answer
  std::size_t next_ = 0;  // the slot the next new answer goes to
};

}  // namespace cerslint::util
