// What every stage of the fixer shares: the plan made from the header (output columns, header
// line, line ending) and small helpers over rows and rule metadata.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/fix_api.hpp"
#include "engine/row.hpp"
#include "fix/fixer.hpp"
#include "reader/record.hpp"

namespace cerslint::fix {

// Output column order: 0-5 are CERS columns, 6+k the k-th extra column.
using Layout = std::vector<int>;

struct FixPlan {
  engine::ColumnMap map;       // input columns
  // Per input column: 1 for the six CERS columns. (Bytes, not vector<bool>: row_from tests every
  // field of every row, and a bit's shift-and-mask was a sixth of its time.)
  std::vector<std::uint8_t> is_cers;
  std::size_t header_size = 0;
  std::vector<std::string> extra_names;
  Layout layout;               // output columns
  std::string header_out;      // the header line written, without its ending
  bool canonicalize = false;   // F010 rewrites the header
  bool drop_extras = false;    // F009 removes columns past the six
  std::string eol;             // --eol, else the first line's ending
  reader::LineEnding header_ending = reader::LineEnding::kNone;
  // How to read the fixer's own rows back (they are in `layout` order).
  engine::ColumnMap direct;
  std::vector<std::uint8_t> all_cers;
};

bool allowed(const FixOptions& o, const engine::RuleMeta& m);
const engine::RuleMeta& rule(std::string_view code);
std::string_view eol_of(reader::LineEnding e);

void append_in_layout(std::string& out, const engine::EditRow& row, const Layout& layout,
                      std::string_view eol);
// Fills `row` from a record (reusing its strings' storage).
void row_from(const reader::Record& r, const engine::ColumnMap& map,
              const std::vector<std::uint8_t>& is_cers, engine::EditRow& row);
bool same_values(const engine::EditRow& a, const engine::EditRow& b);
// Whether reading `r` (a row the fixer wrote in the plan's layout) gives back exactly `row`.
bool reads_back_as(const reader::Record& r, const FixPlan& plan, const engine::EditRow& row);
// Sum of the row's member hashes (student and user): a multiset of memberships as one number.
std::uint64_t members_of(const engine::EditRow& row);

// A row waiting with its group: its values and the exact line that will be written.
struct PendingRow {
  engine::EditRow row;
  std::string line;         // with its line ending
  bool rewritten = false;   // serialized by the fixer (not the input's own bytes)
};

// The line ending the output ends up with (F004: CRLF when the file mixes endings, unless
// --eol says otherwise), logging F004 through `ctx` when endings change. `counts` by
// reader::LineEnding, the header's included.
std::string final_eol(const FixOptions& options, const FixPlan& plan,
                      const std::uint64_t counts[4], engine::FixContext& ctx);
// Whether endings seen so far make final_eol() differ from plan.eol.
bool eol_will_change(const FixOptions& options, const FixPlan& plan, const std::uint64_t counts[4]);

// Counts applied fixes per rule and forwards them.
class CountingLog final : public engine::FixLog {
 public:
  explicit CountingLog(engine::FixLog& inner) : inner_(inner) {}
  void applied(const engine::AppliedFix& f) override;
  std::vector<std::pair<const engine::RuleMeta*, std::uint64_t>> take();

 private:
  engine::FixLog& inner_;
  std::vector<std::pair<const engine::RuleMeta*, std::uint64_t>> counts_;
};

// Forwards all but the first `skip` entries: a pass that repeats work already logged.
class SkippingLog final : public engine::FixLog {
 public:
  SkippingLog(engine::FixLog& inner, std::uint64_t skip) : inner_(inner), skip_(skip) {}
  void applied(const engine::AppliedFix& f) override {
    if (skip_ > 0) {
      --skip_;
      return;
    }
    inner_.applied(f);
  }

 private:
  engine::FixLog& inner_;
  std::uint64_t skip_;
};

// Forwards and counts.
class TallyLog final : public engine::FixLog {
 public:
  explicit TallyLog(engine::FixLog& inner) : inner_(inner) {}
  void applied(const engine::AppliedFix& f) override {
    ++count;
    inner_.applied(f);
  }
  std::uint64_t count = 0;

 private:
  engine::FixLog& inner_;
};

}  // namespace cerslint::fix
