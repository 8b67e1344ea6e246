// Pass B's work on one group's rows, shared by the streaming and the full pipeline: U002 fills
// a subject the group left blank (unsafe), exact repeated rows go (N005/L005), a group over 200
// students is split (M003, unsafe). Rows leave through a GroupSink, in output order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/fix_api.hpp"
#include "fix/fix_common.hpp"
#include "fix/subject_tally.hpp"

namespace cerslint::fix {

struct GroupInfo {
  std::string school_text;
  std::string name;  // exact group_name
  std::string year;
  std::uint64_t first_row = 0;  // where the group starts in the input, for the fix log
  std::uint64_t first_line = 0;
};

class GroupSink {
 public:
  virtual ~GroupSink() = default;
  // One output line. `row` is what it must read back as; `ledger_name` the group it counts for
  // (a split part counts for the group it came from); `rewritten`: not the input's own bytes.
  virtual void row(std::string_view line, const engine::EditRow& row, std::string_view ledger_name,
                   bool rewritten) = 0;
  // Whether a group of this school already has (or will have) `name`: split parts must not
  // take an existing group's name.
  virtual bool name_in_use(const GroupInfo& g, const std::string& name) = 0;
  // A split part was written under `part_name`.
  virtual void split_part(const GroupInfo& g, const std::string& part_name) = 0;
};

class GroupRepair {
 public:
  // `subjects`: the whole file's subjects by group (the full pipeline); without it, U002 judges
  // a block's own rows (the stream, where a group's rows are all in its one block).
  GroupRepair(const FixOptions& options, const FixPlan& plan, engine::FixContext& ctx,
              std::string eol, SubjectTally* subjects = nullptr);
  // Repairs rows[0, n) (their order may change) and hands the result to `sink`.
  void repair(const GroupInfo& g, std::vector<PendingRow>& rows, std::size_t n, GroupSink& sink);

 private:
  std::size_t remove_repeats(const GroupInfo& g, std::vector<PendingRow>& rows, std::size_t n);
  // U002: writes the one subject the rows[0, n) for which `own(row)` holds name into those of
  // them that leave it blank; nothing when they name none or two.
  // U002 from the whole file's subjects: every blank subject in rows[0, n), the block's own
  // rows and the rows attached to it alike.
  void fill_from_tally(const GroupInfo& g, std::vector<PendingRow>& rows, std::size_t n);
  // Writes `subject` into the row and serializes it again.
  void write_subject(PendingRow& p, const std::string& subject);
  template <typename Own>
  void fill_subjects(const GroupInfo& g, std::string_view name, std::vector<PendingRow>& rows,
                     std::size_t n, const Own& own);

  const FixOptions& options_;
  const FixPlan& plan_;
  engine::FixContext& ctx_;
  std::string eol_;
  const engine::RuleMeta& m003_;
  const engine::RuleMeta& n005_;
  const engine::RuleMeta& l005_;
  const engine::RuleMeta& u002_;
  SubjectTally* subjects_;
  bool fill_subjects_, split_groups_;
  // Open-addressing set of (line hash, row index) for repeated rows, reused group after group.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> seen_;
  // A split part's rows while it is built (M003), reused part after part.
  std::vector<PendingRow> part_;
  std::size_t part_size_ = 0;
};

}  // namespace cerslint::fix
