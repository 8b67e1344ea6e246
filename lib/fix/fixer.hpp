// `cerslint fix` for one file: the repair pipeline and its own proof that nobody was lost.
//
//  input ──ensure_utf8──► UTF-8 text ──pass A──► T1 ──pass B──► final ──verify──► FixOutcome
//           (F001/F002)    reader + row fixes      group order,     re-read with the reader:
//                          (rule folders' RowFix)  duplicates,      memberships equal pass B's
//                          canonical header, EOL   200-splits       input side, or refuse
//
// Pass A writes every repaired row to a scratch file and indexes its blocks (runs of one
// group); pass B reads the blocks back in first-appearance order of school and group, so rows
// of a group come together while nothing else moves. Memory: one group's rows at a time plus
// 24 bytes per block and a few per group, never the whole file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
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
  // Rules whose fixes may apply (nullopt: all). Structural fixes check their rule code too.
  std::optional<std::vector<const engine::RuleEntry*>> selected;
  std::string eol;  // "\r\n" or "\n"; empty: the first line's ending (the one the loader splits on)
  const class Reference* reference = nullptr;  // --reference: restore destroyed ids from it
};

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
