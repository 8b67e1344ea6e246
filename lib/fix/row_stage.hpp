// Pass A's work on one record, shared by the streaming and the full pipeline: the record
// becomes EditRows (reusing their storage), the rule folders' RowFix objects and the fixer's
// own per-row repairs (G002 spellings, F009 extra values) run over them, and the stage says
// whether a row still is the input's bytes, and whether it belongs to the block before it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/fix_api.hpp"
#include "fix/fix_common.hpp"
#include "reader/record.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

class RowStage {
 public:
  // `streaming`: G002's first spellings of a school are forgotten when its block ends (see
  // close_school); a later row of that school then asks for the full pipeline.
  RowStage(const FixOptions& options, const FixPlan& plan, engine::FixContext& ctx,
           std::string path, bool streaming);

  // Repairs one data record. An Error means the file must not be touched.
  std::optional<Error> repair(const reader::Record& r);
  // The resulting rows (dropped ones have `drop` set); valid until the next repair().
  std::vector<engine::EditRow>& rows() { return rows_; }
  // The single row is the record unchanged: its raw bytes can be written as they are.
  bool untouched() const { return untouched_; }

  // Whether `row` stays in the block before it (a row CERS skips, or a damaged school id inside
  // a known school's block) rather than starting or joining a group's block of its own.
  // `current_school`: the current block's school, or nullptr before the first block.
  bool attaches(const engine::EditRow& row, const std::string* current_school);

  // Whether CERS knows `school` (always true without a school list). M004 does not report the
  // rows of other schools, so they alone never make rows move.
  bool school_known(const std::string& school) {
    return options_.cers->schools == nullptr || known(school);
  }

  // Streaming only: the block of `school` ended and (if the file is in order) never comes back.
  void close_school(const std::string& school);
  // Streaming only: something needs state the stream has let go of.
  bool needs_full() const { return needs_full_; }

  // Line endings seen so far (by reader::LineEnding), the header's included.
  const std::uint64_t* ending_counts() const { return ending_counts_; }
  void count_ending(reader::LineEnding e) { ++ending_counts_[static_cast<int>(e)]; }

 private:
  void unify_name(engine::EditRow& row);
  void note_final_name();
  bool known(const std::string& school);
  bool valid_year(const std::string& year);

  const FixOptions& options_;
  const FixPlan& plan_;
  engine::FixContext& ctx_;
  std::string path_;
  bool streaming_;
  const engine::RuleMeta& f009_;
  const engine::RuleMeta& g002_;
  std::vector<std::unique_ptr<engine::RowFix>> fixes_;
  std::vector<engine::EditRow> rows_{1};
  engine::EditRow before_;
  bool untouched_ = false;
  std::uint64_t ending_counts_[4] = {0, 0, 0, 0};
  // Consecutive rows attached to the current block, counted once per distinct row: a repeat
  // (which the group repairs remove) must not move the cut, or a second run would cut
  // elsewhere and find other repeats to remove.
  std::size_t attached_run_ = 0;
  std::unordered_set<std::uint64_t> attached_rows_;
  std::string block_school_, block_name_, block_year_;  // the row that started the block
  // G002 (unsafe): spellings of one group name that the database would merge (case, spaces)
  // become the first spelling seen in that school and year.
  bool unify_names_ = false;
  bool unify_per_school_ = false;  // per school when M004 groups schools, else per school block
  std::string unify_school_;
  std::unordered_map<std::string, std::string> first_spelling_;  // school|year|folded -> name
  std::unordered_set<std::uint64_t> closed_schools_;             // streaming: hashes
  std::string fold_scratch_, fkey_, plain_scratch_;
  bool needs_full_ = false;
  bool have_kept_ = false;  // note_final_name: the last kept name noted
  std::string kept_name_, kept_school_, kept_year_;
  std::string known_school_, year_text_;
  bool known_cached_ = false, known_answer_ = false, year_cached_ = false, year_valid_ = false;
};

}  // namespace cerslint::fix
