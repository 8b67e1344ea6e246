// The fixer's streaming pipeline: one pass over the input that writes the final output as it
// reads, for files whose rows need not move (each school's rows together, each group's rows in
// one block: what CERS exports and most SIS exports look like). Row fixes run as the rows come
// (RowStage), a block's rows wait in memory until the block ends, then get their group repairs
// (GroupRepair) and are written. Whether a row would have to move is only known when it comes:
// the stream then stops and says so, and fix_file runs the full pipeline instead (full_pipeline.hpp).
//
// Memory: one block's rows, plus per file 8 bytes per school seen (a school seen before must
// not come back) and per school the hashes of its group keys; nothing per row.
//
// Proof that nobody was lost, in O(1) memory: every row the row stage produced must reach the
// group repairs, and every row the fixer serialized itself (a row fix, a U002 fill, a split
// part) is read back with the reader, block by block, and must give exactly the values meant.
// A row written as the input's own bytes reads back as the input did, by construction: a
// record's bytes followed by a line ending parse the same wherever a record starts. Exact
// values per row imply the full pipeline's check (equal memberships per run of rows).
#pragma once

#include <cstdint>
#include <optional>

#include "engine/fix_api.hpp"
#include "fix/fix_common.hpp"
#include "fix/full_pipeline.hpp"
#include "reader/csv_reader.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

struct StreamOutput {
  std::optional<PipelineOutput> done;  // absent: the full pipeline must run
  // Log entries already passed on from the row stage; a full pipeline run after this one makes
  // the same entries first and must not pass them on again.
  std::uint64_t row_entries_logged = 0;
};

// `csv` stands after the header. Row repairs are logged to `log` as they happen; group repairs
// and F004 only once the stream has succeeded.
Result<StreamOutput> run_stream_pipeline(reader::CsvReader& csv, const FixPlan& plan,
                                         const FixOptions& options, engine::FixLog& log,
                                         const engine::LintSettings& settings,
                                         const std::string& path);

}  // namespace cerslint::fix
