// The fix pipeline (see fixer.hpp for the picture): the encoding and the header here, the rows
// in stream_pipeline (one pass, when no row has to move) or full_pipeline (two passes and a
// re-read). Each structural repair is logged under the rule that reports the problem, so the
// summary and the findings speak the same language.
#include "fix/fixer.hpp"

#include <algorithm>
#include <memory>

#include "fix/csv_writer.hpp"
#include "fix/fix_common.hpp"
#include "fix/full_pipeline.hpp"
#include "fix/log_spool.hpp"
#include "fix/name_scan.hpp"
#include "fix/reference.hpp"
#include "fix/stream_pipeline.hpp"
#include "fix/transcode.hpp"
#include "reader/csv_reader.hpp"
#include "text/java_text.hpp"
#include "values/file_format.hpp"

namespace cerslint::fix {

using engine::RuleMeta;

namespace {

// A file whose renames keep freeing names other renames want needs more runs; a few settle
// every file fuzz_fix has made, and a run more is a full pass over the file.
constexpr int kMaxRenameRuns = 4;

// The rows after the header: the stream, or the full pipeline when rows must move. `csv`
// stands after the header, or is null: the rows are then read again from `source`.
Result<PipelineOutput> repair_rows(reader::CsvReader* csv, const std::string& source,
                                   const FixPlan& plan, const FixOptions& options,
                                   engine::FixLog& log, const engine::LintSettings& settings,
                                   const std::string& path) {
  std::optional<reader::CsvReader> reread;
  const auto read_again = [&]() -> std::optional<Error> {
    auto input = reader::Input::open(source);
    if (!input) return input.error();
    reread.emplace(std::move(input).value());
    if (reread->next() == nullptr) return Error{"the file changed while it was being fixed", path};
    return std::nullopt;
  };
  if (csv == nullptr) {
    if (auto error = read_again()) return *error;
    csv = &*reread;
  }
  auto streamed = run_stream_pipeline(*csv, plan, options, log, settings, path);
  if (!streamed) return streamed.error();
  if (streamed->done) return std::move(*streamed->done);
  // Rows must move (or the stream let go of what a later row needs): start over with the
  // full pipeline. It repeats the row repairs the stream already logged: log them once.
  if (options.renames != nullptr) options.renames->start_over();
  if (auto error = read_again()) return *error;
  SkippingLog skip(log, streamed->row_entries_logged);
  engine::FixContext full_ctx(skip, settings, options.unsafe, options.neutralize_formulas,
                              options.names_in_file, options.renames);
  return run_full_pipeline(*reread, plan, options, full_ctx, path);
}

Result<FixOutcome> finish(PipelineOutput result, CountingLog& log, FixOutcome& outcome) {
  outcome.rows_in = result.rows_in;
  outcome.rows_out = result.rows_out;
  outcome.applied = log.take();
  outcome.changed = !outcome.applied.empty();
  if (outcome.changed) outcome.fixed.emplace(std::move(result.file));
  return std::move(outcome);
}

}  // namespace

Result<FixOutcome> fix_file(const std::string& path, const FixOptions& options,
                            engine::FixLog& outer_log) {
  CountingLog log(outer_log);
  engine::LintSettings settings{options.cers, options.current_year};
  engine::FixContext ctx(log, settings, options.unsafe, options.neutralize_formulas);
  FixOutcome outcome;
  FixPlan plan;

  // ---- Encoding ------------------------------------------------------------------------------
  const RuleMeta& f001 = rule("F001");
  const RuleMeta& f002 = rule("F002");
  auto source = ensure_utf8(path);
  if (!source) return source.error();
  if (!source->from.empty()) {
    const RuleMeta& m = source->utf16_bom ? f002 : f001;
    if (!allowed(options, m)) {
      return Error{"the file is not UTF-8 (" + source->from + ") and " + std::string(m.code) +
                       " is not selected; nothing else can be fixed safely before converting",
                   path};
    }
    ctx.applied_at(m, 0, 1, "converted the file from " + source->from + " to UTF-8");
  }

  auto input = reader::Input::open(source->path);
  if (!input) return input.error();
  reader::CsvReader csv(std::move(input).value());
  const reader::Record* header = csv.next();
  if (header == nullptr) {
    if (csv.error()) return *csv.error();
    return outcome;  // empty file: nothing a fixer can add
  }

  // ---- Header --------------------------------------------------------------------------------
  // The header record is only valid until the next read: keep what later steps need.
  const std::string header_raw(header->raw());
  const std::size_t header_size = header->size();
  std::vector<std::string> header_names;
  for (std::size_t i = 0; i < header_size; ++i) header_names.emplace_back(header->value(i));
  const engine::ColumnMap map = engine::ColumnMap::from_header(*header);
  for (int c = 0; c < engine::kColumnCount; ++c) {
    if (map.index[static_cast<std::size_t>(c)] < 0) {
      return Error{"the header has no " + std::string(engine::kColumnNames[static_cast<std::size_t>(c)]) +
                       " column, so cerslint cannot tell which value is which; fix the header "
                       "first (cerslint check shows what CERS expects)",
                   path};
    }
  }
  if (header->quote_error() != reader::QuoteError::kNone) {
    return Error{"the header has a quote error; fix it by hand first (see cerslint check)", path};
  }
  std::vector<std::uint8_t> is_cers(header->size(), 0);
  for (int i : map.index) is_cers[static_cast<std::size_t>(i)] = true;
  std::vector<std::string> extra_names;
  for (std::size_t i = 0; i < header->size(); ++i) {
    if (!is_cers[i]) extra_names.emplace_back(header->value(i));
  }
  Layout original;
  {
    int extra = 0;
    for (std::size_t i = 0; i < header->size(); ++i) {
      int col = engine::kColumnCount + extra;
      for (int c = 0; c < engine::kColumnCount; ++c) {
        if (map.index[static_cast<std::size_t>(c)] == static_cast<int>(i)) col = c;
      }
      if (col >= engine::kColumnCount) ++extra;
      original.push_back(col);
    }
  }
  Layout canonical;
  for (std::size_t c = 0; c < original.size(); ++c) canonical.push_back(static_cast<int>(c));
  std::string canonical_header;
  for (int c = 0; c < engine::kColumnCount; ++c) {
    if (c > 0) canonical_header += ',';
    canonical_header += engine::kColumnNames[static_cast<std::size_t>(c)];
  }
  for (const std::string& n : extra_names) {
    canonical_header += ',';
    util::append_csv_field(canonical_header, n);
  }
  const RuleMeta& f010 = rule("F010");
  // Rewrite the header exactly when F010 reports it: a CERS name in another letter case or
  // with spaces around it, or the six names not the first six columns in CERS's order. (A
  // UTF-8 byte order mark is fine for CERS; a line break inside a name is F006's.)
  bool header_differs = false;
  for (std::size_t i = 0; i < header_names.size(); ++i) {
    const std::string& n = header_names[i];
    if (n.find_first_of("\r\n") != std::string::npos) continue;
    if (values::header_name_issue(n)) header_differs = true;
  }
  for (int c = 0; c < engine::kColumnCount; ++c) {
    if (map.index[static_cast<std::size_t>(c)] != c) header_differs = true;
  }
  const bool canonicalize =
      header_differs && allowed(options, f010) && canonical_header != header_raw;
  // F009 (unsafe): values past the six CERS columns are ignored by CERS and its loader; dropping
  // them makes that visible in the file instead of silently losing them at upload.
  const RuleMeta& f009 = rule("F009");
  const bool drop_extras = allowed(options, f009);
  Layout layout = canonicalize ? canonical : original;
  std::string header_out = canonicalize ? canonical_header : header_raw;
  if (drop_extras && !extra_names.empty()) {
    std::erase_if(layout, [](int col) { return col >= engine::kColumnCount; });
    if (canonicalize) {
      header_out.clear();
      for (int col : layout) {
        if (!header_out.empty()) header_out += ',';
        header_out += engine::kColumnNames[static_cast<std::size_t>(col)];
      }
    } else {
      // Keep the original spelling of the six names, in their original order.
      header_out.clear();
      for (std::size_t i = 0; i < original.size(); ++i) {
        if (original[i] >= engine::kColumnCount) continue;
        if (!header_out.empty()) header_out += ',';
        util::append_csv_field(header_out, header_names[i]);
      }
    }
    ctx.applied_at(f009, 0, 1, "removed " + std::to_string(extra_names.size()) +
                                   " column(s) after the six CERS columns");
  }
  if (canonicalize) {
    ctx.applied_at(f010, 0, header->line(), "header rewritten as " + canonical_header);
  }

  // ---- Line endings --------------------------------------------------------------------------
  // Rows are written with --eol if given, else the first line's ending; at the end F004 may
  // ask for CRLF (a file that mixes endings), which only the full pipeline rewrites.
  plan.eol = options.eol;
  const std::string_view first_eol = eol_of(header->ending());
  if (plan.eol.empty()) plan.eol = first_eol.empty() ? "\r\n" : std::string(first_eol);
  plan.header_ending = header->ending();
  if (header->blank_lines_before() > 0 && allowed(options, rule("F005"))) {
    ctx.applied_at(rule("F005"), 0, header->line(), "removed the empty lines before the header");
  }
  plan.map = map;
  plan.is_cers = is_cers;
  plan.header_size = header_size;
  plan.extra_names = extra_names;
  plan.layout = layout;
  plan.header_out = header_out;
  plan.canonicalize = canonicalize;
  plan.drop_extras = drop_extras;
  for (std::size_t i = 0; i < layout.size(); ++i) {
    if (layout[i] < engine::kColumnCount) {
      plan.direct.index[static_cast<std::size_t>(layout[i])] = static_cast<int>(i);
    }
  }
  plan.all_cers.assign(layout.size(), 0);
  for (int i : plan.direct.index) plan.all_cers[static_cast<std::size_t>(i)] = true;

  // ---- Names in use (only when a fix may rename groups) ---------------------------------------
  // G004, G006 and G007 must not give a group a name another group has anywhere in the file.
  const bool renaming = allowed(options, rule("G004")) || allowed(options, rule("G006")) ||
                        allowed(options, rule("G007"));

  // ---- Rows ----------------------------------------------------------------------------------
  if (!renaming) {
    auto rows = repair_rows(&csv, source->path, plan, options, log, settings, path);
    if (!rows) return rows.error();
    return finish(std::move(rows).value(), log, outcome);
  }
  auto scanned = scan_names(source->path, map);
  if (!scanned) return scanned.error();
  engine::NamesInFile names = std::move(scanned).value();
  // A rename refused for a name that only a group renamed in the same run had would be granted
  // by a second run (values::RenameBook). Run the rows again with the names the run kept, and
  // take that run if none of its renames met a kept name; its log replaces the first one's.
  std::optional<PipelineOutput> taken;
  std::unique_ptr<LogSpool> taken_log;
  FixOptions row_options = options;
  bool give_back = true;  // see RenameBook::give_back_passing_names
  for (int run = 1;;) {
    values::RenameBook book;
    book.give_back_passing_names = give_back;
    row_options.names_in_file = &names;
    row_options.renames = &book;
    auto spool = std::make_unique<LogSpool>();
    auto rows = repair_rows(run == 1 ? &csv : nullptr, source->path, plan, row_options, *spool,
                            settings, path);
    if (!rows) return rows.error();
    if (run > 1 && book.groups_met()) {
      // A name given back may have met a group this rerun kept: try it once more holding
      // every name given; if groups still meet, keep the run before.
      if (!give_back) break;
      give_back = false;
      continue;
    }
    taken.emplace(std::move(rows).value());
    taken_log = std::move(spool);
    if (run == kMaxRenameRuns || !book.refused_a_name_nobody_kept()) break;
    names.names.assign(book.kept.begin(), book.kept.end());
    std::sort(names.names.begin(), names.names.end());
    ++run;
    give_back = true;
  }
  if (auto error = taken_log->replay(log)) return *error;
  return finish(std::move(taken).value(), log, outcome);
}

}  // namespace cerslint::fix
