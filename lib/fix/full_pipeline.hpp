// The fixer's full pipeline, for files whose rows must move (M004: a school's or a group's rows
// come back after others) and the few cases the stream cannot decide alone (see
// stream_pipeline.hpp). Pass A writes every repaired row to a scratch file and indexes its
// blocks (runs of one group); pass B reads the blocks back in first-appearance order of school
// and group, so rows of a group come together while nothing else moves; then the output is
// read back with the reader and its memberships compared with what pass B meant to write.
// Memory: one group's rows at a time plus 24 bytes per block and a few per group (these grow
// with the file: the order of the blocks is only known at the end).
#pragma once

#include <cstdint>

#include "engine/fix_api.hpp"
#include "fix/fix_common.hpp"
#include "output/temp_file.hpp"
#include "reader/csv_reader.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

struct PipelineOutput {
  output::TempFile file;  // header and rows, as they are to be written
  std::uint64_t rows_in = 0;
  std::uint64_t rows_out = 0;
};

// `csv` stands after the header. Every repair is logged through `ctx`.
Result<PipelineOutput> run_full_pipeline(reader::CsvReader& csv, const FixPlan& plan,
                                         const FixOptions& options, engine::FixContext& ctx,
                                         const std::string& path);

}  // namespace cerslint::fix
