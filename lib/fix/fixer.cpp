// The fix pipeline (see fixer.hpp for the picture). Each structural repair is logged under the
// rule that reports the problem, so the summary and the findings speak the same language.
#include "fix/fixer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "fix/csv_writer.hpp"
#include "fix/reference.hpp"
#include "fix/transcode.hpp"
#include "reader/csv_reader.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/file_format.hpp"
#include "values/group_name.hpp"

namespace cerslint::fix {
namespace {

using engine::Column;
using engine::EditRow;
using engine::RuleMeta;

constexpr std::uint64_t kMaxStudents = 200;
constexpr std::size_t kMaxAttachedRun = 50;

bool selected(const FixOptions& o, const RuleMeta& m) {
  if (!o.selected) return true;
  for (const engine::RuleEntry* e : *o.selected) {
    if (e->meta == &m) return true;
  }
  return false;
}

bool allowed(const FixOptions& o, const RuleMeta& m) {
  if (m.fix == engine::FixSafety::kNone || m.fix == engine::FixSafety::kDisplayOnly) return false;
  if (m.fix == engine::FixSafety::kUnsafe && !o.unsafe) return false;
  return selected(o, m);
}

const RuleMeta& rule(std::string_view code) {
  const engine::RuleEntry* e = engine::find_rule(code);
  return *e->meta;  // codes used here are checked by fixer_test's registry test
}

std::string_view eol_of(reader::LineEnding e) {
  switch (e) {
    case reader::LineEnding::kLf: return "\n";
    case reader::LineEnding::kCr: return "\r";
    case reader::LineEnding::kCrLf: return "\r\n";
    case reader::LineEnding::kNone: break;
  }
  return "";
}

// Counts applied fixes per rule and forwards them.
class CountingLog final : public engine::FixLog {
 public:
  explicit CountingLog(engine::FixLog& inner) : inner_(inner) {}
  void applied(const engine::AppliedFix& f) override {
    for (auto& [meta, n] : counts_) {
      if (meta == f.rule) {
        ++n;
        inner_.applied(f);
        return;
      }
    }
    counts_.emplace_back(f.rule, 1);
    inner_.applied(f);
  }
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> take() {
    std::vector<std::pair<const RuleMeta*, std::uint64_t>> out = std::move(counts_);
    // Registry order, so summaries read like `cerslint rules`.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.first->code < b.first->code;
    });
    return out;
  }
  std::uint64_t total() const {
    std::uint64_t t = 0;
    for (const auto& [meta, n] : counts_) t += n;
    return t;
  }

 private:
  engine::FixLog& inner_;
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> counts_;
};

struct GroupMeta {
  std::uint32_t school;
  std::string school_text;
  std::string name;  // exact group_name
  std::string year;
  std::uint64_t first_row = 0;   // where the group starts in the input, for the fix log
  std::uint64_t first_line = 0;
  std::uint64_t students = 0;
};

struct Block {
  std::uint32_t group;
  std::uint32_t school;
  std::uint64_t offset;
  std::uint64_t size;
};

// Output column order: 0-5 are CERS columns, 6+k the k-th extra column.
using Layout = std::vector<int>;

void append_in_layout(std::string& out, const EditRow& row, const Layout& layout,
                      std::string_view eol) {
  bool first = true;
  for (int col : layout) {
    if (!first) out += ',';
    first = false;
    if (col < engine::kColumnCount) {
      append_field(out, row.values[static_cast<std::size_t>(col)]);
    } else if (static_cast<std::size_t>(col - engine::kColumnCount) < row.extra.size()) {
      append_field(out, row.extra[static_cast<std::size_t>(col - engine::kColumnCount)]);
    }
  }
  // Extra values past the header's columns (ragged rows) stay at the end.
  const std::size_t header_extras = layout.size() - engine::kColumnCount;
  for (std::size_t k = header_extras; k < row.extra.size(); ++k) {
    out += ',';
    append_field(out, row.extra[k]);
  }
  out.append(eol);
}

std::uint64_t member_hash(std::string_view school, std::string_view name, std::string_view year,
                          char kind, std::string_view id) {
  std::string key;
  key.reserve(school.size() + name.size() + year.size() + id.size() + 8);
  key.append(school).append("\x1f").append(name).append("\x1f").append(year);
  key += '\x1f';
  key += kind;
  key.append(id);
  return hash64(key);
}

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

// Memberships of a row sequence, counted the same way for what the fixer meant to write and
// for what a fresh reading of the output says: per run of rows with one (school, group, year),
// the sum of distinct member hashes, and the number of runs.
class RunLedger {
 public:
  void add(std::string_view school, std::string_view name, std::string_view year,
           std::string_view ssid, std::string_view login) {
    key_.assign(school).append("\x1f").append(name).append("\x1f").append(year);
    if (key_ != current_) {
      close();
      current_ = key_;
      ++runs_;
    }
    if (!text::is_blank(ssid)) members_.insert(member_hash(school, name, year, 'S', ssid));
    if (!text::is_blank(login)) members_.insert(member_hash(school, name, year, 'L', login));
  }
  void close() {
    for (std::uint64_t h : members_) sum_ += h;
    members_.clear();
  }
  bool operator==(const RunLedger& o) const { return sum_ == o.sum_ && runs_ == o.runs_; }
  std::uint64_t runs() const { return runs_; }

 private:
  std::string key_, current_;
  std::unordered_set<std::uint64_t> members_;
  std::uint64_t sum_ = 0;
  std::uint64_t runs_ = 0;
};

EditRow row_from(const reader::Record& r, const engine::ColumnMap& map,
                 const std::vector<bool>& is_cers) {
  EditRow row;
  row.source_row = r.index();
  row.source_line = r.line();
  for (int c = 0; c < engine::kColumnCount; ++c) {
    const int i = map.index[static_cast<std::size_t>(c)];
    if (i >= 0 && static_cast<std::size_t>(i) < r.size()) {
      row.values[static_cast<std::size_t>(c)].assign(r.value(static_cast<std::size_t>(i)));
    }
  }
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (i >= is_cers.size() || !is_cers[i]) row.extra.emplace_back(r.value(i));
  }
  return row;
}

bool same_values(const EditRow& a, const EditRow& b) {
  return a.values == b.values && a.extra == b.extra;
}

}  // namespace

Result<FixOutcome> fix_file(const std::string& path, const FixOptions& options,
                            engine::FixLog& outer_log) {
  CountingLog log(outer_log);
  engine::LintSettings settings{options.cers, options.current_year};
  engine::FixContext ctx(log, settings, options.unsafe);
  FixOutcome outcome;

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
  std::vector<bool> is_cers(header->size(), false);
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
    append_field(canonical_header, n);
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
        append_field(header_out, header_names[i]);
      }
    }
    ctx.applied_at(f009, 0, 1, "removed " + std::to_string(extra_names.size()) +
                                   " column(s) after the six CERS columns");
  }
  if (canonicalize) {
    ctx.applied_at(f010, 0, header->line(), "header rewritten as " + canonical_header);
  }

  // ---- Line endings --------------------------------------------------------------------------
  const RuleMeta& f004 = rule("F004");
  const RuleMeta& f005 = rule("F005");
  // Pass A writes the first line's ending; pass B writes `final_eol`, known once every ending
  // has been seen: --eol if given, CRLF (the CERS template's) when the file mixes endings,
  // else the file's own.
  std::string eol = options.eol;
  const std::string_view first_eol = eol_of(header->ending());
  if (eol.empty()) eol = first_eol.empty() ? "\r\n" : std::string(first_eol);
  std::uint64_t ending_counts[4] = {0, 0, 0, 0};  // by reader::LineEnding
  ++ending_counts[static_cast<int>(header->ending())];
  std::uint64_t endings_changed = 0;
  const auto note_ending = [&](const reader::Record& r, bool last) {
    if (r.ending() == reader::LineEnding::kNone && last) return;  // no newline at EOF: fine
    if (eol_of(r.ending()) != eol) ++endings_changed;
  };
  note_ending(*header, false);
  if (header->blank_lines_before() > 0 && allowed(options, f005)) {
    ctx.applied_at(f005, 0, header->line(), "removed the empty lines before the header");
  }

  // ---- Pass A: row fixes, into a scratch file with a block index -----------------------------
  std::vector<std::unique_ptr<engine::RowFix>> fixes;
  for (const engine::RuleEntry& e : engine::registry()) {
    if (e.make_fix && allowed(options, *e.meta)) fixes.push_back(e.make_fix());
  }
  auto t1 = output::TempFile::create();
  if (!t1) return t1.error();
  auto w1 = output::FileWriter::open(t1->path());
  if (!w1) return w1.error();

  std::unordered_map<std::string, std::uint32_t> school_ids;
  std::unordered_map<std::string, std::uint32_t> group_ids;
  std::vector<GroupMeta> groups;
  std::vector<Block> blocks;
  std::string line, key;
  std::vector<EditRow> rows;
  std::uint64_t written_members = 0;
  // G002 (unsafe): spellings of one group name that the database would merge (case, spaces)
  // become the first spelling seen in that school and year.
  const RuleMeta& g002 = rule("G002");
  const bool unify_names = allowed(options, g002);
  std::unordered_map<std::string, std::string> first_spelling;  // school|year|folded -> name
  std::string fold_scratch;
  std::size_t attached_run = 0;  // consecutive rows attached to the current block
  std::string unify_school;
  const bool unify_per_school = allowed(options, rule("M004"));  // multiset sum of member hashes written by pass A

  while (const reader::Record* rec = csv.next()) {
    const reader::Record& r = *rec;
    if (r.quote_error() != reader::QuoteError::kNone) {
      return Error{"row " + std::to_string(r.index()) + " (line " + std::to_string(r.line()) +
                       ") has a quote error; fix it by hand first (see cerslint check)",
                   path};
    }
    const bool short_row = r.size() < header_size;
    const bool blank_row = text::is_blank(r.raw());
    if (short_row && !blank_row) {
      return Error{"row " + std::to_string(r.index()) + " (line " + std::to_string(r.line()) +
                       ") has " + std::to_string(r.size()) + " values where the header has " +
                       std::to_string(header_size) +
                       "; cerslint cannot tell which value is which, fix it by hand first",
                   path};
    }
    ++outcome.rows_in;
    rows.clear();
    rows.push_back(row_from(r, map, is_cers));
    const EditRow before = rows.front();
    if (options.reference != nullptr) options.reference->restore(rows.front(), ctx);
    for (auto& fix : fixes) {
      // A fix may add rows (a split cell); later fixes see every resulting row.
      for (std::size_t i = 0; i < rows.size(); ++i) {
        std::vector<EditRow> more;
        fix->fix(rows[i], more, ctx);
        for (auto& m : more) rows.push_back(std::move(m));
      }
    }
    // Only the last record can lack a line ending; that is not a change worth making.
    if (r.ending() != reader::LineEnding::kNone && eol_of(r.ending()) != eol) ++endings_changed;
    ++ending_counts[static_cast<int>(r.ending())];
    for (EditRow& row : rows) {
      // Per school block, as G002 reports; per school when M004 brings each school's rows
      // together anyway (so the output has nothing left for G002: fixing converges).
      if (unify_names && !unify_per_school && row[Column::kSchool] != unify_school) {
        first_spelling.clear();
        unify_school = row[Column::kSchool];
      }
      if (unify_names && !row.drop && !text::is_blank(row[Column::kGroupName])) {
        const std::uint64_t folded =
            values::group_name_fold_hash(row[Column::kGroupName], fold_scratch);
        std::string fkey = row[Column::kSchool] + "\x1f" + row[Column::kYear] + "\x1f" +
                           std::to_string(folded);
        auto [it, fresh] = first_spelling.try_emplace(std::move(fkey), row[Column::kGroupName]);
        if (!fresh && it->second != row[Column::kGroupName] &&
            text::strip(it->second) != text::strip(row[Column::kGroupName])) {  // ends: G001
          const std::string& first = it->second;  // (clang 14 cannot capture a binding)
          ctx.applied(g002, row, [&](std::string& out) {
            out += "group name \"" + row[Column::kGroupName] + "\" -> \"" + first + "\"";
          });
          row[Column::kGroupName] = first;
        }
      }
    }
    // A row no fix touched is copied byte for byte (its quoting stays as it was), unless the
    // columns move.
    if (drop_extras) {
      std::size_t extras = 0, filled = 0;
      for (EditRow& row : rows) {
        extras += row.extra.size();
        for (const std::string& x : row.extra) filled += !text::is_blank(x);
        row.extra.clear();
      }
      if (extras > 0 && (filled > 0 || extra_names.empty())) {
        ctx.applied(f009, rows.front(), [&](std::string& out) {
          out += "removed " + std::to_string(extras) + " value(s) past the CERS columns (" +
                 std::to_string(filled) + " not empty)";
        });
      }
    }
    const bool untouched = rows.size() == 1 && !rows.front().drop && !canonicalize &&
                           (!drop_extras || (extra_names.empty() && before.extra.empty())) &&
                           same_values(rows.front(), before);
    for (EditRow& row : rows) {
      if (row.drop) {
        if (!text::is_blank(row[Column::kSsid]) || !text::is_blank(row[Column::kLogin])) {
          return Error{"internal error: a fix tried to remove row " +
                           std::to_string(row.source_row) +
                           ", which names a student or user; nothing was written. Please "
                           "report this.",
                       path};
        }
        continue;
      }
      // A row CERS skips (no school, group name or year) or whose school id is damaged
      // (unknown to CERS) inside a group's block stays where it is: moving it away from its
      // neighbours would only hide it (M004 reads blocks the same way).
      bool attach = false;
      if (!blocks.empty()) {
        const GroupMeta& current = groups[blocks.back().group];
        const bool skipped = text::is_blank(row[Column::kSchool]) ||
                             text::is_blank(row[Column::kGroupName]) ||
                             !text::parse_java_int(row[Column::kYear]);
        const bool unknown_school =
            options.cers->schools != nullptr && !options.cers->schools->contains(row[Column::kSchool]);
        // Only inside the block of a school CERS knows: in a file whose schools are all
        // unknown (no --schools given, say) blocks form as usual.
        const bool current_known = options.cers->schools == nullptr ||
                                   options.cers->schools->contains(current.school_text);
        // A few damaged ids inside a block stay put; a long run of rows of an unknown school
        // is a block of its own (and memory stays bounded by real groups).
        attach = skipped || (unknown_school && current_known && attached_run < kMaxAttachedRun);
      }
      attached_run = attach ? attached_run + 1 : 0;
      if (!attach) {
        key.assign(row[Column::kSchool]).append("\x1f").append(row[Column::kGroupName]);
        key.append("\x1f").append(row[Column::kYear]);
        auto [sit, snew] = school_ids.try_emplace(row[Column::kSchool],
                                                  static_cast<std::uint32_t>(school_ids.size()));
        auto [git, gnew] = group_ids.try_emplace(key, static_cast<std::uint32_t>(groups.size()));
        if (gnew) {
          groups.push_back(GroupMeta{sit->second, row[Column::kSchool], row[Column::kGroupName],
                                     row[Column::kYear], row.source_row, row.source_line});
        }
        if (blocks.empty() || blocks.back().group != git->second) {
          blocks.push_back(Block{git->second, sit->second, w1->bytes_written(), 0});
        }
      }
      GroupMeta& g = groups[blocks.back().group];
      if (!text::is_blank(row[Column::kSsid])) ++g.students;
      line.clear();
      if (untouched) {
        line.append(r.raw()).append(eol);
      } else {
        append_in_layout(line, row, layout, eol);
      }
      w1->write(line);
      blocks.back().size += line.size();
      if (!text::is_blank(row[Column::kSsid])) {
        written_members += member_hash(row[Column::kSchool], row[Column::kGroupName],
                                       row[Column::kYear], 'S', row[Column::kSsid]);
      }
      if (!text::is_blank(row[Column::kLogin])) {
        written_members += member_hash(row[Column::kSchool], row[Column::kGroupName],
                                       row[Column::kYear], 'L', row[Column::kLogin]);
      }
    }
  }
  if (csv.error()) return *csv.error();
  if (auto err = w1->finish()) return *err;
  const bool mixed = (ending_counts[1] > 0) + (ending_counts[2] > 0) + (ending_counts[3] > 0) > 1;
  std::string final_eol = eol;
  if (options.eol.empty() && mixed && allowed(options, f004)) final_eol = "\r\n";
  const reader::LineEnding final_kind = final_eol == "\n"   ? reader::LineEnding::kLf
                                        : final_eol == "\r" ? reader::LineEnding::kCr
                                                            : reader::LineEnding::kCrLf;
  const std::uint64_t with_ending = ending_counts[1] + ending_counts[2] + ending_counts[3];
  const std::uint64_t changed_endings = with_ending - ending_counts[static_cast<int>(final_kind)];
  if (changed_endings > 0 && (allowed(options, f004) || !options.eol.empty())) {
    ctx.applied_at(f004, 0, 1,
                   std::to_string(changed_endings) + " line endings changed to " +
                       (final_kind == reader::LineEnding::kCrLf ? std::string("CRLF")
                        : final_kind == reader::LineEnding::kLf ? "LF"
                                                                : "CR"));
  }
  (void)endings_changed;

  // ---- Pass B: groups together, duplicates out, oversized groups split -----------------------
  const RuleMeta& m003 = rule("M003");
  const RuleMeta& m004 = rule("M004");
  const RuleMeta& n005 = rule("N005");
  const RuleMeta& l005 = rule("L005");
  const RuleMeta& u002 = rule("U002");
  std::vector<Block> order = blocks;
  std::stable_sort(order.begin(), order.end(), [](const Block& a, const Block& b) {
    return a.school != b.school ? a.school < b.school : a.group < b.group;
  });
  // Rows move only when a school or a group comes back after others (what M004 reports).
  bool regroup = false;
  for (std::size_t i = 0; i < order.size() && !regroup; ++i) {
    regroup = order[i].group != blocks[i].group;
  }
  if (regroup && !allowed(options, m004)) {
    order = blocks;  // leave the order alone
    regroup = false;
  } else if (regroup) {
    std::size_t moved = 0;
    for (std::size_t i = 0; i < order.size(); ++i) moved += order[i].offset != blocks[i].offset;
    ctx.applied_at(m004, 0, 1,
                   "moved " + std::to_string(moved) +
                       " block(s) of rows so each school's and each group's rows are together");
  }
  std::unordered_map<std::string, std::string> split_names;  // part name -> original name
  auto t2 = output::TempFile::create();
  if (!t2) return t2.error();
  auto w2 = output::FileWriter::open(t2->path());
  if (!w2) return w2.error();
  w2->write(header_out);
  w2->write(final_eol);
  const int fd1 = ::open(t1->path().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd1 < 0) return Error{std::string("cannot read scratch file: ") + std::strerror(errno), t1->path()};
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd1};

  RunLedger expected;
  std::uint64_t read_members = 0;  // must equal written_members: pass A's rows all came back
  std::unordered_set<std::string> seen_rows;
  std::string group_text;
  // Names in use per school, to keep split names from colliding with existing groups.
  std::unordered_set<std::string> names_in_use;
  for (const GroupMeta& g : groups) names_in_use.insert(std::to_string(g.school) + "\x1f" + g.name);

  for (std::size_t b = 0; b < order.size();) {
    std::size_t e = b;
    group_text.clear();
    while (e < order.size() && order[e].group == order[b].group &&
           (e == b || regroup)) {
      auto part = read_range(fd1, order[e].offset, order[e].size, t1->path());
      if (!part) return part.error();
      group_text += part.value();
      ++e;
      if (!regroup) break;
    }
    const GroupMeta& g = groups[order[b].group];
    b = e;
    // Parse the group's rows back (our own output: always well-formed).
    std::vector<EditRow> group_rows;
    auto gr = reader::CsvReader::from_memory(group_text);
    std::vector<bool> all_cers;
    engine::ColumnMap direct;
    // Rows in the scratch file are in `layout` order: map columns back.
    for (std::size_t i = 0; i < layout.size(); ++i) {
      if (layout[i] < engine::kColumnCount) direct.index[static_cast<std::size_t>(layout[i])] = static_cast<int>(i);
    }
    all_cers.assign(layout.size(), false);
    for (int i : direct.index) all_cers[static_cast<std::size_t>(i)] = true;
    std::vector<std::string> kept;  // serialized rows, in order
    seen_rows.clear();
    while (const reader::Record* gr_rec = gr.next()) {
      EditRow row = row_from(*gr_rec, direct, all_cers);
      const std::string& ssid = row[Column::kSsid];
      const std::string& login = row[Column::kLogin];
      if (!text::is_blank(ssid)) {
        read_members += member_hash(row[Column::kSchool], row[Column::kGroupName],
                                    row[Column::kYear], 'S', ssid);
      }
      if (!text::is_blank(login)) {
        read_members += member_hash(row[Column::kSchool], row[Column::kGroupName],
                                    row[Column::kYear], 'L', login);
      }
      std::string text(gr_rec->raw());
      group_rows.push_back(std::move(row));
      text.append(final_eol);
      kept.push_back(std::move(text));
    }

    // Rows attached to this block (a damaged school id, a row CERS skips) are not the group's:
    // they pass through unchanged.
    const auto own = [&](const EditRow& row) {
      return row[Column::kSchool] == g.school_text && row[Column::kGroupName] == g.name &&
             row[Column::kYear] == g.year;
    };
    // U002 (unsafe): a group that names one subject on some rows and leaves it blank on others
    // gets that subject on every row, so a new group's subject no longer depends on row order.
    if (allowed(options, u002) && !group_rows.empty() &&
        !text::is_blank(group_rows.front()[Column::kSchool]) && !text::is_blank(g.name) &&
        text::parse_java_int(group_rows.front()[Column::kYear])) {
      std::string subject;
      bool conflict = false;
      std::size_t blanks = 0;
      for (const EditRow& row : group_rows) {
        if (!own(row)) continue;
        const std::string_view s = text::strip(row[Column::kSubject]);
        if (s.empty()) {
          ++blanks;
        } else if (subject.empty()) {
          subject.assign(s);
        } else if (!text::equals_ignore_case(subject, s)) {
          conflict = true;
        }
      }
      if (!subject.empty() && !conflict && blanks > 0) {
        for (std::size_t i = 0; i < group_rows.size(); ++i) {
          if (!own(group_rows[i]) || !text::strip(group_rows[i][Column::kSubject]).empty()) continue;
          group_rows[i][Column::kSubject] = subject;
          kept[i].clear();
          append_in_layout(kept[i], group_rows[i], layout, final_eol);
        }
        ctx.applied_at(u002, g.first_row, g.first_line,
                       "group " + g.name + ": subject " + subject + " written on " +
                           std::to_string(blanks) + " row(s) that left it blank");
      }
    }

    // Exact duplicate rows (after the fills above, so fixing twice changes nothing more).
    {
      std::size_t out = 0;
      for (std::size_t i = 0; i < group_rows.size(); ++i) {
        const EditRow& row = group_rows[i];
        const bool has_ssid = !text::is_blank(row[Column::kSsid]);
        const bool has_member = has_ssid || !text::is_blank(row[Column::kLogin]);
        if (has_member && !seen_rows.insert(kept[i]).second && allowed(options, has_ssid ? n005 : l005)) {
          ctx.applied_at(has_ssid ? n005 : l005, g.first_row, g.first_line,
                         "removed a repeated row of group " + g.name);
          continue;
        }
        if (out != i) {
          group_rows[out] = std::move(group_rows[i]);
          kept[out] = std::move(kept[i]);
        }
        ++out;
      }
      group_rows.resize(out);
      kept.resize(out);
    }
    std::uint64_t students = 0;
    for (const EditRow& row : group_rows) students += own(row) && !text::is_blank(row[Column::kSsid]);
    if (students > kMaxStudents && allowed(options, m003)) {
      const std::uint64_t parts = (students + kMaxStudents - 1) / kMaxStudents;
      bool collides = false;
      for (std::uint64_t p = 1; p <= parts; ++p) {
        collides = collides ||
                   names_in_use.count(std::to_string(g.school) + "\x1f" + g.name + " " + std::to_string(p));
      }
      if (!collides) {
        ctx.applied_at(m003, g.first_row, g.first_line,
                       "split group " + g.name + " (" + std::to_string(students) +
                           " students) into " + std::to_string(parts) + " groups of at most 200");
        // Attached rows (not the group's) are written first, unchanged.
        for (std::size_t i = 0; i < group_rows.size(); ++i) {
          if (own(group_rows[i])) continue;
          const EditRow& row = group_rows[i];
          expected.add(row[Column::kSchool], row[Column::kGroupName], row[Column::kYear],
                       row[Column::kSsid], row[Column::kLogin]);
          w2->write(kept[i]);
        }
        std::vector<const EditRow*> users;
        for (const EditRow& row : group_rows) {
          if (own(row) && text::is_blank(row[Column::kSsid])) users.push_back(&row);
        }
        std::uint64_t index = 0;
        for (std::uint64_t p = 1; p <= parts; ++p) {
          const std::string name = g.name + " " + std::to_string(p);
          split_names[g.school_text + "\x1f" + name] = g.name;
          std::uint64_t in_part = 0;
          for (const EditRow* u : users) {
            EditRow copy = *u;
            copy[Column::kGroupName] = name;
            expected.add(copy[Column::kSchool], (*u)[Column::kGroupName], copy[Column::kYear],
                         copy[Column::kSsid], copy[Column::kLogin]);
            line.clear();
            append_in_layout(line, copy, layout, final_eol);
            w2->write(line);
          }
          for (; index < group_rows.size() && in_part < kMaxStudents; ++index) {
            const EditRow& row = group_rows[index];
            if (!own(row) || text::is_blank(row[Column::kSsid])) continue;
            EditRow copy = row;
            copy[Column::kGroupName] = name;
            expected.add(copy[Column::kSchool], row[Column::kGroupName], copy[Column::kYear],
                         copy[Column::kSsid], copy[Column::kLogin]);
            line.clear();
            append_in_layout(line, copy, layout, final_eol);
            w2->write(line);
            ++in_part;
            if (!text::is_blank(row[Column::kLogin])) {
              // A row naming both: its user must see every part, not only this one.
              for (std::uint64_t q = 1; q <= parts; ++q) {
                if (q == p) continue;
                EditRow user = row;
                user[Column::kSsid].clear();
                user[Column::kGroupName] = g.name + " " + std::to_string(q);
                expected.add(user[Column::kSchool], row[Column::kGroupName], user[Column::kYear],
                             user[Column::kSsid], user[Column::kLogin]);
                line.clear();
                append_in_layout(line, user, layout, final_eol);
                w2->write(line);
              }
            }
          }
        }
        continue;
      }
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const EditRow& row = group_rows[i];
      expected.add(row[Column::kSchool], row[Column::kGroupName], row[Column::kYear],
                   row[Column::kSsid], row[Column::kLogin]);
      w2->write(kept[i]);
    }
  }
  if (auto err = w2->finish()) return *err;
  if (read_members != written_members) {
    return Error{"internal check failed: rows were lost between the fixer's passes; nothing was "
                 "written. Please report this with the file.",
                 path};
  }

  // ---- Verify: read the output as CERS would, and compare memberships ------------------------
  expected.close();
  {
    auto in2 = reader::Input::open(t2->path());
    if (!in2) return in2.error();
    reader::CsvReader check(std::move(in2).value());
    const reader::Record* h2 = check.next();
    const engine::ColumnMap map2 = h2 ? engine::ColumnMap::from_header(*h2) : engine::ColumnMap{};
    RunLedger actual;
    while (const reader::Record* r2 = check.next()) {
      ++outcome.rows_out;
      const engine::Row row(*r2, map2);
      const std::string_view school = row.value(Column::kSchool);
      std::string_view name = row.value(Column::kGroupName);
      // Split parts count as their original group.
      if (!split_names.empty()) {
        const auto sp = split_names.find(std::string(school) + "\x1f" + std::string(name));
        if (sp != split_names.end()) name = sp->second;
      }
      actual.add(school, name, row.value(Column::kYear), row.value(Column::kSsid),
                 row.value(Column::kLogin));
    }
    actual.close();
    if (check.error()) return *check.error();
    if (!(actual == expected)) {
      return Error{"internal check failed: the repaired file would not list the same students "
                   "and users in the same groups (" + std::to_string(expected.runs()) +
                       " blocks expected, " + std::to_string(actual.runs()) +
                       " found); nothing was written. Please report this with the file.",
                   path};
    }
  }

  outcome.applied = log.take();
  outcome.changed = !outcome.applied.empty();
  if (outcome.changed) outcome.fixed.emplace(std::move(t2).value());
  return outcome;
}

}  // namespace cerslint::fix
