// A set of 64-bit hashes in one flat table (open addressing, linear probing). A slot is 8 bytes
// and the table is kept at most half full: about 16 bytes a value and no allocation per insert,
// where std::unordered_set spends about 40 bytes and a node allocation per value. For "seen
// before" sets that grow with a file (the validator's failure texts and finished groups).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace cerslint::util {

class HashSet64 {
 public:
  // Adds `h`; true when it was not there yet.
  bool insert(std::uint64_t h) {
    if (h == 0) {  // 0 marks an empty slot, so the value 0 is kept aside
      const bool added = !has_zero_;
      has_zero_ = true;
      return added;
    }
    if ((used_ + 1) * 2 > slots_.size()) grow();
    std::uint64_t& slot = find_slot(slots_, h);
    if (slot == h) return false;
    slot = h;
    ++used_;
    return true;
  }

  bool contains(std::uint64_t h) const {
    if (h == 0) return has_zero_;
    if (slots_.empty()) return false;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(h, mask);; i = (i + 1) & mask) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }

  std::size_t size() const { return used_ + (has_zero_ ? 1 : 0); }

  // Empties the set. A small table is kept (sets cleared often, e.g. per school, then allocate
  // nothing); a big one is given back, or every later clear would cost its whole size.
  void clear() {
    if (slots_.size() > kKeptSlots) {
      std::vector<std::uint64_t>().swap(slots_);
    } else if (used_ > 0) {
      std::fill(slots_.begin(), slots_.end(), 0);
    }
    used_ = 0;
    has_zero_ = false;
  }

 private:
  // Callers' values are hashes already, but some are combined by XOR or multiplication: a
  // multiplicative step spreads whatever bits they have over the table's index.
  static std::size_t home(std::uint64_t h, std::size_t mask) {
    return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
  }
  // The slot holding `h`, or the empty slot where it belongs. The table is never full.
  static std::uint64_t& find_slot(std::vector<std::uint64_t>& slots, std::uint64_t h) {
    const std::size_t mask = slots.size() - 1;
    std::size_t i = home(h, mask);
    while (slots[i] != 0 && slots[i] != h) i = (i + 1) & mask;
    return slots[i];
  }
  void grow() {
    std::vector<std::uint64_t> bigger(slots_.empty() ? 16 : slots_.size() * 2, 0);
    for (const std::uint64_t h : slots_) {
      if (h != 0) find_slot(bigger, h) = h;
    }
    slots_.swap(bigger);
  }

  static constexpr std::size_t kKeptSlots = 1024;
  std::vector<std::uint64_t> slots_;  // a power of two in size, 0 = empty
  std::size_t used_ = 0;              // non-zero values stored
  bool has_zero_ = false;
};

}  // namespace cerslint::util
