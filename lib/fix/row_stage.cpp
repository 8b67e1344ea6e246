#include "fix/row_stage.hpp"

#include <algorithm>

#include "engine/rule.hpp"
#include "fix/reference.hpp"
#include "fix/member_hash.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"

namespace cerslint::fix {

using engine::Column;
using engine::EditRow;

namespace {
constexpr std::size_t kMaxAttachedRun = 50;
}  // namespace

RowStage::RowStage(const FixOptions& options, const FixPlan& plan, engine::FixContext& ctx,
                   std::string path, bool streaming)
    : options_(options),
      plan_(plan),
      ctx_(ctx),
      path_(std::move(path)),
      streaming_(streaming),
      f009_(rule("F009")),
      g002_(rule("G002")) {
  for (const engine::RuleEntry& e : engine::registry()) {
    if (e.make_fix && allowed(options, *e.meta)) fixes_.push_back(e.make_fix());
  }
  std::stable_sort(fixes_.begin(), fixes_.end(),
                   [](const auto& a, const auto& b) { return a->stage() < b->stage(); });
  unify_names_ = allowed(options, g002_);
  unify_per_school_ = allowed(options, rule("M004"));
}

std::optional<Error> RowStage::repair(const reader::Record& r) {
  if (r.quote_error() != reader::QuoteError::kNone) {
    return Error{"row " + std::to_string(r.index()) + " (line " + std::to_string(r.line()) +
                     ") has a quote error; fix it by hand first (see cerslint check)",
                 path_};
  }
  const bool short_row = r.size() < plan_.header_size;
  if (short_row && !text::is_blank(r.raw())) {
    return Error{"row " + std::to_string(r.index()) + " (line " + std::to_string(r.line()) +
                     ") has " + std::to_string(r.size()) + " values where the header has " +
                     std::to_string(plan_.header_size) +
                     "; cerslint cannot tell which value is which, fix it by hand first",
                 path_};
  }
  rows_.resize(1);  // keeps the first row's storage for the next record
  row_from(r, plan_.map, plan_.is_cers, rows_.front());
  before_ = rows_.front();  // copy-assignment: reuses before_'s storage
  if (options_.reference != nullptr) options_.reference->restore(rows_.front(), ctx_);
  // F009 before the row fixes, so they see the row as it will be written: a row whose only
  // values were past the CERS columns is then empty, and F008 removes it in this same run
  // (found by fuzz_fix: otherwise a second `fix` removed it, so fixing did not converge).
  if (plan_.drop_extras) {
    EditRow& row = rows_.front();
    std::size_t filled = 0;
    for (const std::string& x : row.extra) filled += !text::is_blank(x);
    const std::size_t extras = row.extra.size();
    row.extra.clear();
    if (extras > 0 && (filled > 0 || plan_.extra_names.empty())) {
      ctx_.applied(f009_, row, [&](std::string& out) {
        out += "removed " + std::to_string(extras) + " value(s) past the CERS columns (" +
               std::to_string(filled) + " not empty)";
      });
    }
  }
  ctx_.renames().start_row();
  for (auto& fix : fixes_) {
    // A fix may add rows (a split cell); later fixes see every resulting row.
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      std::vector<EditRow> more;
      fix->fix(rows_[i], more, ctx_);
      for (auto& m : more) rows_.push_back(std::move(m));
    }
  }
  count_ending(r.ending());
  if (unify_names_) {
    for (EditRow& row : rows_) unify_name(row);
    // The full pipeline redoes this record: log nothing more that it would log differently.
    if (needs_full_) return std::nullopt;
  }
  if (ctx_.file_names() != nullptr) note_final_name();
  // A row no fix touched is copied byte for byte (its quoting stays as it was), unless the
  // columns move.
  untouched_ = rows_.size() == 1 && !rows_.front().drop && !plan_.canonicalize &&
               (!plan_.drop_extras || (plan_.extra_names.empty() && before_.extra.empty())) &&
               same_values(rows_.front(), before_);
  for (const EditRow& row : rows_) {
    if (row.drop && (!text::is_blank(row[Column::kSsid]) || !text::is_blank(row[Column::kLogin]))) {
      return Error{"internal error: a fix tried to remove row " + std::to_string(row.source_row) +
                       ", which names a student or user; nothing was written. Please report this.",
                   path_};
    }
  }
  return std::nullopt;
}

void RowStage::unify_name(EditRow& row) {
  if (needs_full_) return;
  // Per school block, as G002 reports; per school when M004 brings each school's rows
  // together anyway (so the output has nothing left for G002: fixing converges).
  if (!unify_per_school_ && row[Column::kSchool] != unify_school_) {
    first_spelling_.clear();
    unify_school_ = row[Column::kSchool];
  }
  if (row.drop || text::is_blank(row[Column::kGroupName])) return;
  if (streaming_ && unify_per_school_ && !closed_schools_.empty() &&
      closed_schools_.count(hash_of(row[Column::kSchool])) > 0) {
    needs_full_ = true;  // its first spellings were forgotten (or a hash collision: same answer)
    return;
  }
  const std::uint64_t folded = values::group_name_fold_hash(row[Column::kGroupName], fold_scratch_);
  fkey_.assign(row[Column::kSchool]).append("\x1f").append(row[Column::kYear]).append("\x1f");
  fkey_.append(std::to_string(folded));
  auto [it, fresh] = first_spelling_.try_emplace(fkey_, row[Column::kGroupName]);
  if (!fresh && it->second != row[Column::kGroupName] &&
      text::strip(it->second) != text::strip(row[Column::kGroupName])) {  // ends: G001
    const std::string& first = it->second;  // (clang 14 cannot capture a binding)
    ctx_.applied(g002_, row, [&](std::string& out) {
      out += "group name \"" + row[Column::kGroupName] + "\" -> \"" + first + "\"";
    });
    row[Column::kGroupName] = first;
  }
}

// The fixer checks a run's renames against these (values::RenameBook). Rows of one group come
// together: a kept name is hashed once per run of rows; renamed rows are few.
void RowStage::note_final_name() {
  values::RenameBook& book = ctx_.renames();
  const EditRow& row = rows_.front();
  if (row.drop) return;
  const std::string& name = row[Column::kGroupName];
  const std::string& school = row[Column::kSchool];
  const std::string& year = row[Column::kYear];
  const bool same_as_last = have_kept_ && name == kept_name_ && school == kept_school_ && year == kept_year_;
  if (!book.row_renamed && same_as_last) return;
  const std::uint64_t folded = values::group_name_fold_hash(name, fold_scratch_);
  // Scoped as the guards scope their names (values::RenameGuard): the school's digits, the year
  // not at all. With the raw school and year, `45414` renamed in year `<TAB>2026` did not meet
  // a kept `45414` in `2026`, one group once the year is trimmed (found by fuzz_fix).
  const std::uint64_t scope = values::section_evidence_school(school);
  const auto scoped_to_row = [&](std::uint64_t fold) {
    return scope ^ (fold * 0x9E3779B97F4A7C15ULL);
  };
  const std::uint64_t scoped = scoped_to_row(folded);
  if (book.row_renamed) {
    have_kept_ = false;
    book.note_renamed(scoped, values::group_name_fold_hash(book.identity, fold_scratch_));
    return;
  }
  have_kept_ = true;
  kept_name_ = name;
  kept_school_ = school;
  kept_year_ = year;
  book.note_kept(folded, scoped);
  // A kept name is in use as written and as G003 would write it, as fix::scan_names takes the
  // file's names: otherwise a rerun with these names granted a rename the file's names refused
  // (found by fuzz_fix: `=A` neutralized to `'=A` beside a kept `'=<NUL><NUL>A`, which reads
  // the same).
  const std::uint64_t plain = values::plain_fold_hash(name, plain_scratch_, fold_scratch_);
  if (plain != 0) book.note_kept(plain, scoped_to_row(plain));
}

void RowStage::close_school(const std::string& school) {
  if (!unify_names_ || !unify_per_school_) return;  // per-block spellings reset by themselves
  closed_schools_.insert(hash_of(school));
  // Keys start with the school: drop that school's, keep those of damaged ids seen inside it.
  std::erase_if(first_spelling_, [&](const auto& kv) {
    return kv.first.size() > school.size() && kv.first.compare(0, school.size(), school) == 0 &&
           kv.first[school.size()] == '\x1f';
  });
}

bool RowStage::attaches(const EditRow& row, const std::string* current_school) {
  bool attach = false;
  if (current_school != nullptr) {
    const bool skipped = text::is_blank(row[Column::kSchool]) ||
                         text::is_blank(row[Column::kGroupName]) || !valid_year(row[Column::kYear]);
    const auto* schools = options_.cers->schools;
    // Only inside the block of a school CERS knows: in a file whose schools are all unknown
    // (no --schools given, say) blocks form as usual.
    const bool current_known = schools == nullptr || known(*current_school);
    const bool unknown_school =
        schools != nullptr && (row[Column::kSchool] == *current_school ? !current_known
                                                                       : !known(row[Column::kSchool]));
    // A few damaged ids inside a block stay put; a long run of rows of an unknown school is a
    // block of its own (and memory stays bounded by real groups).
    attach = skipped || (unknown_school && current_known && attached_run_ < kMaxAttachedRun);
  }
  if (!attach) {
    // A row of the block's own group continues the block, and the rows attached to it so far
    // still count. Otherwise a row that M004 moved next to its group would let more rows attach
    // in the next run, and that run would find repeats among them (found by fuzz_fix).
    const bool continues = current_school != nullptr && row[Column::kSchool] == block_school_ &&
                           row[Column::kGroupName] == block_name_ && row[Column::kYear] == block_year_;
    if (!continues) {
      attached_run_ = 0;
      attached_rows_.clear();
      block_school_ = row[Column::kSchool];
      block_name_ = row[Column::kGroupName];
      block_year_ = row[Column::kYear];
    }
  } else {
    // Without the subject: U002 fills blank subjects after this count, so two rows that differ
    // only there are one row in the next run; counting them as two moved the cut between runs
    // (found by fuzz_fix: a second run removed more repeats).
    std::uint64_t h = 0;
    for (int c = 0; c < engine::kColumnCount; ++c) {
      if (c != static_cast<int>(Column::kSubject)) {
        h = h * 0x9E3779B97F4A7C15ULL ^ hash64(row.values[static_cast<std::size_t>(c)]);
      }
    }
    for (const std::string& v : row.extra) h = h * 0x9E3779B97F4A7C15ULL ^ hash64(v);
    if (attached_rows_.insert(h).second) ++attached_run_;
  }
  return attach;
}

// Most rows repeat the row before's school and year: remember the last answer of each.
bool RowStage::known(const std::string& school) {
  if (!known_cached_ || school != known_school_) {
    known_cached_ = true;
    known_school_ = school;
    known_answer_ = options_.cers->schools->contains(school);
  }
  return known_answer_;
}

bool RowStage::valid_year(const std::string& year) {
  if (!year_cached_ || year != year_text_) {
    year_cached_ = true;
    year_text_ = year;
    year_valid_ = text::parse_java_int(year).has_value();
  }
  return year_valid_;
}

}  // namespace cerslint::fix
