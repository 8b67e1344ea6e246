// `cerslint fix` for one file: the repair pipeline and its own proof that nobody was lost.
//
//  input ──ensure_utf8──► UTF-8 text ──stream──────────────────────────────────► final ─► FixOutcome
//           (F001/F002)    header plan   row fixes (RowStage) → one block in memory →
//                          (F009/F010)   group repairs (GroupRepair) → written; rows the
//                                        fixer serialized are read back and compared
//                            │
//                            └─ a row would have to move (M004), endings get rewritten
//                               (F004), or G002/M003 need what the stream let go of:
//                               full pipeline ─► pass A (rows → scratch file, block index)
//                               ─► pass B (blocks in first-appearance order of school and
//                               group) ─► verify (re-read, memberships equal) ─► final
//
// When a renaming fix may apply (G004, G006, G007), the group names of the whole file are read
// first (name_scan.hpp); if a run refused a rename for a name that only a group renamed in the
// same run had, the rows run again with the names that run kept (values::RenameBook), so one
// `fix` does what two would.
//
// The stream (stream_pipeline.hpp) is the common case: one pass, memory of one block. The full
// pipeline (full_pipeline.hpp) starts over from the input; it keeps 24 bytes per block and a
// few per group, never the rows. Either way the log reads the same: row fixes, F004, M004, then
// group repairs.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cers/validator.hpp"
#include "engine/fix_api.hpp"
#include "engine/rule.hpp"
#include "output/temp_file.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

struct FixOptions {
  const cers::Config* cers = nullptr;  // required
  std::int32_t current_year = 0;
  bool unsafe = false;  // also apply rules whose fix is a judgement (--unsafe-fixes)
  // --neutralize-formulas: G007's repair becomes an apostrophe in front of the group name
  // (Excel's own escape) instead of removing the formula characters. It is G007's unsafe fix
  // asked for by name, so it applies without --unsafe-fixes.
  bool neutralize_formulas = false;
  // Rules whose fixes may apply (nullopt: all). Structural fixes check their rule code too.
  std::optional<std::vector<const engine::RuleEntry*>> selected;
  std::string eol;  // "\r\n" or "\n"; empty: the first line's ending (the one the loader splits on)
  const class Reference* reference = nullptr;  // --reference: restore destroyed ids from it
  // Set by fix_file itself (fix::scan_names) when a renaming fix may apply.
  const engine::NamesInFile* names_in_file = nullptr;
  // Set by fix_file with names_in_file: where this run's renames are noted.
  values::RenameBook* renames = nullptr;
};

// Whether the options ask for rule `code`'s unsafe fix by name, so it applies without
// --unsafe-fixes: --neutralize-formulas asks for G007's.
bool unsafe_fix_asked_by_name(const FixOptions& options, std::string_view code);

struct FixOutcome {
  std::optional<output::TempFile> fixed;  // the repaired file (absent when nothing changed)
  bool changed = false;
  std::vector<std::pair<const engine::RuleMeta*, std::uint64_t>> applied;  // per rule
  std::uint64_t rows_in = 0;
  std::uint64_t rows_out = 0;
};

// Repairs `path` ("-" is not accepted here; the CLI copies standard input to a file first).
// An Error means nothing may be written: I/O failure, a file the fixer must not touch (quote
// errors, short rows), or a failed membership check.
Result<FixOutcome> fix_file(const std::string& path, const FixOptions& options,
                            engine::FixLog& log);

}  // namespace cerslint::fix
