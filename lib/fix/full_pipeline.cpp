#include "fix/full_pipeline.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "fix/group_repair.hpp"
#include "fix/member_hash.hpp"
#include "fix/row_stage.hpp"
#include "fix/run_ledger.hpp"
#include "text/java_text.hpp"

namespace cerslint::fix {
namespace {

using engine::Column;
using engine::EditRow;

struct GroupMeta {
  std::uint32_t school;
  GroupInfo info;
};

struct Block {
  std::uint32_t group;
  std::uint32_t school;
  std::uint64_t offset;
  std::uint64_t size;
  bool known_school;  // CERS knows the school: M004 reports this block when it comes back
};

Result<std::string> read_range(int fd, std::uint64_t offset, std::uint64_t size,
                               const std::string& name) {
  std::string out(size, '\0');
  std::uint64_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(fd, out.data() + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Error{std::string("cannot read scratch file: ") + std::strerror(errno), name};
    done += static_cast<std::uint64_t>(n);
  }
  return out;
}

// Pass B's output: the file, the ledger of what was meant, and which names are split parts.
class FileSink final : public GroupSink {
 public:
  FileSink(output::FileWriter& out, const std::vector<GroupMeta>& groups)
      : out_(out), groups_(groups) {}
  void row(std::string_view line, const EditRow& row, std::string_view ledger_name,
           bool) override {
    expected.add(row[Column::kSchool], ledger_name, row[Column::kYear], row[Column::kSsid],
                 row[Column::kLogin]);
    out_.write(line);
  }
  bool name_in_use(const GroupInfo&, const std::string& name) override {
    // Built on the first split only: most files have none, and the set holds every group name.
    if (!names_built_) {
      for (const GroupMeta& g : groups_) {
        names_in_use_.insert(std::to_string(g.school) + "\x1f" + g.info.name);
      }
      names_built_ = true;
    }
    return names_in_use_.count(std::to_string(school_) + "\x1f" + name) > 0;
  }
  void split_part(const GroupInfo& g, const std::string& part_name) override {
    split_names[g.school_text + "\x1f" + part_name] = g.name;
  }
  void set_school(std::uint32_t school) { school_ = school; }

  RunLedger expected;
  std::unordered_map<std::string, std::string> split_names;  // part name -> original name

 private:
  output::FileWriter& out_;
  const std::vector<GroupMeta>& groups_;
  bool names_built_ = false;
  std::unordered_set<std::string> names_in_use_;  // per school index
  std::uint32_t school_ = 0;
};

}  // namespace

Result<PipelineOutput> run_full_pipeline(reader::CsvReader& csv, const FixPlan& plan,
                                         const FixOptions& options, engine::FixContext& ctx,
                                         const std::string& path) {
  // ---- Pass A: row fixes, into a scratch file with a block index -----------------------------
  RowStage stage(options, plan, ctx, path, /*streaming=*/false);
  stage.count_ending(plan.header_ending);
  auto t1 = output::TempFile::create();
  if (!t1) return t1.error();
  auto w1 = output::FileWriter::open(t1->path());
  if (!w1) return w1.error();

  std::unordered_map<std::string, std::uint32_t> school_ids;
  // Group ids by key hash (8 bytes a group instead of the key); the group's own values settle
  // a hash match, and keys whose hash another group took go to `group_ids_clash`.
  std::unordered_map<std::uint64_t, std::uint32_t> group_ids;
  std::unordered_map<std::string, std::uint32_t> group_ids_clash;
  std::vector<GroupMeta> groups;
  std::vector<Block> blocks;
  std::string line, key;
  std::uint64_t written_members = 0;  // multiset sum of member hashes written by pass A
  std::uint64_t rows_in = 0;
  // U002 decides per group over the whole file, so the rows' places (which move) do not matter.
  std::optional<SubjectTally> subjects;
  if (allowed(options, rule("U002"))) subjects.emplace();
  while (const reader::Record* rec = csv.next()) {
    const reader::Record& r = *rec;
    if (auto err = stage.repair(r)) return *err;
    ++rows_in;
    for (EditRow& row : stage.rows()) {
      if (row.drop) continue;
      if (subjects) subjects->add(row);
      const std::string* current =
          blocks.empty() ? nullptr : &groups[blocks.back().group].info.school_text;
      if (!stage.attaches(row, current)) {
        key.assign(row[Column::kSchool]).append("\x1f").append(row[Column::kGroupName]);
        key.append("\x1f").append(row[Column::kYear]);
        auto [sit, snew] = school_ids.try_emplace(row[Column::kSchool],
                                                  static_cast<std::uint32_t>(school_ids.size()));
        const auto next_id = static_cast<std::uint32_t>(groups.size());
        auto [git, gnew] = group_ids.try_emplace(hash_of(key), next_id);
        std::uint32_t group = git->second;
        if (!gnew) {
          const GroupInfo& known = groups[group].info;
          if (known.school_text != row[Column::kSchool] || known.name != row[Column::kGroupName] ||
              known.year != row[Column::kYear]) {
            auto [cit, cnew] = group_ids_clash.try_emplace(key, next_id);
            group = cit->second;
            gnew = cnew;
          }
        }
        if (gnew) {
          groups.push_back(GroupMeta{sit->second,
                                     GroupInfo{row[Column::kSchool], row[Column::kGroupName],
                                               row[Column::kYear], row.source_row, row.source_line}});
        }
        if (blocks.empty() || blocks.back().group != group) {
          blocks.push_back(Block{group, sit->second, w1->bytes_written(), 0,
                                 stage.school_known(row[Column::kSchool])});
        }
      }
      line.clear();
      if (stage.untouched()) {
        line.append(r.raw()).append(plan.eol);
      } else {
        append_in_layout(line, row, plan.layout, plan.eol);
      }
      w1->write(line);
      blocks.back().size += line.size();
      written_members += members_of(row);
    }
  }
  if (csv.error()) return *csv.error();
  if (auto err = w1->finish()) return *err;
  const std::string eol = final_eol(options, plan, stage.ending_counts(), ctx);

  // ---- Pass B: groups together, duplicates out, oversized groups split -----------------------
  const engine::RuleMeta& m004 = rule("M004");
  std::vector<Block> order = blocks;
  // Blocks of schools CERS does not know go first. Anywhere after a known school's block they
  // would attach to it in the next run (rows of an unknown school inside a block stay with it),
  // and that run would find repeats among them that this one did not (found by fuzz_fix).
  std::stable_sort(order.begin(), order.end(), [](const Block& a, const Block& b) {
    if (a.known_school != b.known_school) return !a.known_school;
    return a.school != b.school ? a.school < b.school : a.group < b.group;
  });
  // Rows move only when a school or a group comes back after others, as M004 reports it: among
  // the blocks of schools CERS knows. Blocks of unknown schools alone (CERS rejects their rows)
  // do not move anything; otherwise a second run could move them again (found by fuzz_fix).
  bool regroup = false;
  {
    std::vector<std::uint32_t> known_order, known_sorted;
    for (const Block& b : blocks) {
      if (b.known_school) known_order.push_back(b.group);
    }
    for (const Block& b : order) {
      if (b.known_school) known_sorted.push_back(b.group);
    }
    regroup = known_order != known_sorted;
  }
  if (!regroup || !allowed(options, m004)) {
    order = blocks;  // leave the order alone (only unknown schools' blocks were out of order)
    regroup = false;
  } else {
    std::size_t moved = 0;
    for (std::size_t i = 0; i < order.size(); ++i) moved += order[i].offset != blocks[i].offset;
    ctx.applied_at(m004, 0, 1,
                   "moved " + std::to_string(moved) +
                       " block(s) of rows so each school's and each group's rows are together");
  }
  auto t2 = output::TempFile::create();
  if (!t2) return t2.error();
  auto w2 = output::FileWriter::open(t2->path());
  if (!w2) return w2.error();
  w2->write(plan.header_out);
  w2->write(eol);
  const int fd1 = ::open(t1->path().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd1 < 0) return Error{std::string("cannot read scratch file: ") + std::strerror(errno), t1->path()};
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd1};

  FileSink sink(w2.value(), groups);
  GroupRepair repair(options, plan, ctx, eol, subjects ? &*subjects : nullptr);
  std::uint64_t read_members = 0;  // must equal written_members: pass A's rows all came back
  std::string group_text;
  std::vector<PendingRow> pending;
  for (std::size_t b = 0; b < order.size();) {
    std::size_t e = b;
    group_text.clear();
    while (e < order.size() && order[e].group == order[b].group && (e == b || regroup)) {
      auto part = read_range(fd1, order[e].offset, order[e].size, t1->path());
      if (!part) return part.error();
      group_text += part.value();
      ++e;
      if (!regroup) break;
    }
    const GroupMeta& g = groups[order[b].group];
    b = e;
    // Parse the group's rows back (our own output: always well-formed). A byte order mark at
    // the start is the first row's group name, not the file's (found by fuzz_fix).
    auto gr = reader::CsvReader::from_memory(group_text, {.byte_order_mark = false});
    std::size_t n = 0;
    while (const reader::Record* rec = gr.next()) {
      if (n == pending.size()) pending.emplace_back();
      PendingRow& p = pending[n++];
      row_from(*rec, plan.direct, plan.all_cers, p.row);
      read_members += members_of(p.row);
      p.line.assign(rec->raw()).append(eol);
      p.rewritten = false;
    }
    sink.set_school(g.school);
    repair.repair(g.info, pending, n, sink);
  }
  if (auto err = w2->finish()) return *err;
  if (read_members != written_members) {
    return Error{"internal check failed: rows were lost between the fixer's passes; nothing was "
                 "written. Please report this with the file.",
                 path};
  }

  // ---- Verify: read the output as CERS would, and compare memberships ------------------------
  std::uint64_t rows_out = 0;
  {
    auto in2 = reader::Input::open(t2->path());
    if (!in2) return in2.error();
    reader::CsvReader check(std::move(in2).value());
    const reader::Record* h2 = check.next();
    const engine::ColumnMap map2 = h2 ? engine::ColumnMap::from_header(*h2) : engine::ColumnMap{};
    RunLedger actual;
    while (const reader::Record* r2 = check.next()) {
      ++rows_out;
      const engine::Row row(*r2, map2);
      const std::string_view school = row.value(Column::kSchool);
      std::string_view name = row.value(Column::kGroupName);
      // Split parts count as their original group.
      if (!sink.split_names.empty()) {
        const auto sp = sink.split_names.find(std::string(school) + "\x1f" + std::string(name));
        if (sp != sink.split_names.end()) name = sp->second;
      }
      actual.add(school, name, row.value(Column::kYear), row.value(Column::kSsid),
                 row.value(Column::kLogin));
    }
    if (check.error()) return *check.error();
    if (!(actual == sink.expected)) {
      return Error{"internal check failed: the repaired file would not list the same students "
                   "and users in the same groups (" + std::to_string(sink.expected.runs()) +
                       " blocks expected, " + std::to_string(actual.runs()) +
                       " found); nothing was written. Please report this with the file.",
                   path};
    }
  }
  return PipelineOutput{std::move(t2).value(), rows_in, rows_out};
}

}  // namespace cerslint::fix
