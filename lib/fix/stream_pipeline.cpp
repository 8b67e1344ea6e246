#include "fix/stream_pipeline.hpp"

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "fix/group_repair.hpp"
#include "fix/log_spool.hpp"
#include "fix/member_hash.hpp"
#include "fix/row_stage.hpp"

namespace cerslint::fix {
namespace {

using engine::Column;
using engine::EditRow;

// Writes a block's rows and keeps the ones the fixer serialized itself for reading back.
class StreamSink final : public GroupSink {
 public:
  StreamSink(output::FileWriter& out, const FixPlan& plan) : out_(out), plan_(plan) {
    verify_text_ = kVerifyHeader;
  }

  void row(std::string_view line, const EditRow& row, std::string_view, bool rewritten) override {
    out_.write(line);
    ++rows_out;
    if (!rewritten) return;
    verify_text_.append(line);
    if (verify_count_ == verify_rows_.size()) verify_rows_.emplace_back();
    verify_rows_[verify_count_++] = row;
  }
  bool name_in_use(const GroupInfo&, const std::string& name) override {
    return school_names.count(name) > 0;
  }
  void split_part(const GroupInfo&, const std::string& part_name) override {
    split_parts.insert(part_name);  // a later group of this school must not have this name
  }

  // Reads the serialized rows of the block back; false if one reads differently.
  bool verify() {
    if (verify_count_ == 0) return true;
    auto reader = reader::CsvReader::from_memory(verify_text_);
    reader.next();  // the placeholder header: a row's leading bytes are never taken for a BOM
    std::size_t k = 0;
    bool ok = true;
    while (const reader::Record* r = reader.next()) {
      if (k >= verify_count_ || !reads_back_as(*r, plan_, verify_rows_[k])) ok = false;
      ++k;
    }
    ok = ok && k == verify_count_ && !reader.error();
    verify_text_ = kVerifyHeader;
    verify_count_ = 0;
    return ok;
  }

  void new_school() {
    school_names.clear();
    split_parts.clear();
  }

  std::uint64_t rows_out = 0;
  std::unordered_set<std::string> school_names;  // group names of the current school so far
  std::unordered_set<std::string> split_parts;   // split part names of the current school

 private:
  static constexpr std::string_view kVerifyHeader = "-\n";
  output::FileWriter& out_;
  const FixPlan& plan_;
  std::string verify_text_;
  std::vector<EditRow> verify_rows_;
  std::size_t verify_count_ = 0;
};

}  // namespace

Result<StreamOutput> run_stream_pipeline(reader::CsvReader& csv, const FixPlan& plan,
                                         const FixOptions& options, engine::FixLog& log,
                                         const engine::LintSettings& settings,
                                         const std::string& path) {
  TallyLog row_log(log);
  engine::FixContext row_ctx(row_log, settings, options.unsafe, options.neutralize_formulas,
                             options.names_in_file, options.renames);
  LogSpool group_log;
  engine::FixContext group_ctx(group_log, settings, options.unsafe, options.neutralize_formulas,
                               options.names_in_file);
  RowStage stage(options, plan, row_ctx, path, /*streaming=*/true);
  stage.count_ending(plan.header_ending);
  GroupRepair repair(options, plan, group_ctx, plan.eol);
  const bool fill_subjects = allowed(options, rule("U002"));
  const auto fall_back = [&] { return StreamOutput{std::nullopt, row_log.count}; };

  auto file = output::TempFile::create();
  if (!file) return file.error();
  auto out = output::FileWriter::open(file->path());
  if (!out) return out.error();
  out->write(plan.header_out);
  out->write(plan.eol);
  StreamSink sink(out.value(), plan);

  // The current block: its group, its rows so far (storage reused block after block).
  GroupInfo block;
  bool in_block = false;
  std::vector<PendingRow> pending;
  std::size_t count = 0;
  // Schools whose blocks ended (hashes: a collision only sends the file to the full pipeline),
  // and the group keys (name, year) of the current school.
  std::unordered_set<std::uint64_t> closed_schools;
  std::unordered_set<std::string> school_groups;
  std::string key;
  // Rows that entered blocks and rows handed to the group repairs: must be equal at the end.
  // (Both sides see the very same objects here, so a count is all a sum of member hashes would
  // prove; the full pipeline, whose rows go through a scratch file, compares member hashes.)
  std::uint64_t rows_staged = 0, rows_repaired = 0, rows_in = 0;

  const auto flush = [&]() -> std::optional<Error> {
    if (count == 0) return std::nullopt;
    rows_repaired += count;
    repair.repair(block, pending, count, sink);
    count = 0;
    if (!sink.verify()) {
      return Error{"internal check failed: a repaired row of group " + block.name +
                       " would not read back as written; nothing was written. Please report "
                       "this with the file.",
                   path};
    }
    return std::nullopt;
  };

  while (const reader::Record* rec = csv.next()) {
    const reader::Record& r = *rec;
    if (auto err = stage.repair(r)) return *err;
    ++rows_in;
    // Rows are written with the first line's ending; a file that mixes endings gets CRLF.
    if (eol_will_change(options, plan, stage.ending_counts())) return fall_back();
    for (EditRow& row : stage.rows()) {
      if (row.drop) continue;
      const bool attached = stage.attaches(row, in_block ? &block.school_text : nullptr);
      // A row of a group attached to another group's block: U002 must see the group's rows
      // wherever they are, which only the full pipeline's whole-file view does.
      if (attached && fill_subjects && SubjectTally::fillable(row)) return fall_back();
      if (!attached &&
          (!in_block || row[Column::kSchool] != block.school_text ||
           row[Column::kGroupName] != block.name || row[Column::kYear] != block.year)) {
        // A new block: the one before gets its group repairs and is written.
        if (auto err = flush()) return *err;
        if (!in_block || row[Column::kSchool] != block.school_text) {
          if (in_block) {
            closed_schools.insert(hash_of(block.school_text));
            stage.close_school(block.school_text);
            school_groups.clear();
            sink.new_school();
          }
          if (closed_schools.count(hash_of(row[Column::kSchool])) > 0) return fall_back();
        }
        key.assign(row[Column::kGroupName]).append("\x1f").append(row[Column::kYear]);
        if (!school_groups.insert(key).second) return fall_back();  // the group comes back
        if (sink.split_parts.count(row[Column::kGroupName]) > 0) return fall_back();
        sink.school_names.insert(row[Column::kGroupName]);
        block.school_text = row[Column::kSchool];
        block.name = row[Column::kGroupName];
        block.year = row[Column::kYear];
        block.first_row = row.source_row;
        block.first_line = row.source_line;
        in_block = true;
      }
      ++rows_staged;
      if (count == pending.size()) pending.emplace_back();
      PendingRow& p = pending[count++];
      p.rewritten = !stage.untouched();
      if (p.rewritten) {
        p.line.clear();
        append_in_layout(p.line, row, plan.layout, plan.eol);
      } else {
        p.line.assign(r.raw()).append(plan.eol);
      }
      std::swap(p.row, row);  // the stage refills its row next time, into p's old storage
    }
    if (stage.needs_full()) return fall_back();
  }
  if (csv.error()) return *csv.error();
  if (auto err = flush()) return *err;
  if (rows_staged != rows_repaired) {
    return Error{"internal check failed: rows were lost between the fixer's stages; nothing was "
                 "written. Please report this with the file.",
                 path};
  }
  final_eol(options, plan, stage.ending_counts(), row_ctx);  // F004's entry, if any
  if (auto err = group_log.replay(log)) return *err;
  if (auto err = out->finish()) return *err;
  return StreamOutput{PipelineOutput{std::move(file).value(), rows_in, sink.rows_out},
                      row_log.count};
}

}  // namespace cerslint::fix
