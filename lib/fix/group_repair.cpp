#include "fix/group_repair.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "fix/member_hash.hpp"
#include "text/java_text.hpp"

namespace cerslint::fix {

using engine::Column;
using engine::EditRow;

namespace {
constexpr std::uint64_t kMaxStudents = 200;
}  // namespace

GroupRepair::GroupRepair(const FixOptions& options, const FixPlan& plan, engine::FixContext& ctx,
                         std::string eol, SubjectTally* subjects)
    : options_(options),
      plan_(plan),
      ctx_(ctx),
      eol_(std::move(eol)),
      m003_(rule("M003")),
      n005_(rule("N005")),
      l005_(rule("L005")),
      u002_(rule("U002")),
      subjects_(subjects),
      fill_subjects_(allowed(options, u002_)),
      split_groups_(allowed(options, m003_)) {}

void GroupRepair::repair(const GroupInfo& g, std::vector<PendingRow>& rows, std::size_t n,
                         GroupSink& sink) {
  // Rows attached to this block (a damaged school id, a row CERS skips) are not the group's:
  // they pass through unchanged.
  const auto own = [&](const EditRow& row) {
    return row[Column::kSchool] == g.school_text && row[Column::kGroupName] == g.name &&
           row[Column::kYear] == g.year;
  };
  // U002 (unsafe): a group that names one subject on some rows and leaves it blank on others
  // gets that subject on every row, so a new group's subject no longer depends on row order.
  const bool fillable = fill_subjects_ && n > 0 && !text::is_blank(rows[0].row[Column::kSchool]) &&
                        !text::is_blank(g.name) && text::parse_java_int(rows[0].row[Column::kYear]);
  if (fillable && subjects_ == nullptr) fill_subjects(g, g.name, rows, n, own);
  if (fill_subjects_ && subjects_ != nullptr) fill_from_tally(g, rows, n);

  // Exact duplicate rows (after the fills above, so fixing twice changes nothing more).
  n = remove_repeats(g, rows, n);

  std::uint64_t students = 0;
  for (std::size_t i = 0; i < n; ++i) {
    students += own(rows[i].row) && !text::is_blank(rows[i].row[Column::kSsid]);
  }
  if (students > kMaxStudents && split_groups_) {
    const std::uint64_t parts = (students + kMaxStudents - 1) / kMaxStudents;
    bool collides = false;
    for (std::uint64_t p = 1; p <= parts; ++p) {
      collides = collides || sink.name_in_use(g, g.name + " " + std::to_string(p));
    }
    if (!collides) {
      ctx_.applied_at(m003_, g.first_row, g.first_line,
                      "split group " + g.name + " (" + std::to_string(students) +
                          " students) into " + std::to_string(parts) + " groups of at most 200");
      // Attached rows (not the group's) are written first, unchanged.
      for (std::size_t i = 0; i < n; ++i) {
        const PendingRow& p = rows[i];
        if (!own(p.row)) sink.row(p.line, p.row, p.row[Column::kGroupName], p.rewritten);
      }
      std::vector<const EditRow*> users;
      for (std::size_t i = 0; i < n; ++i) {
        const EditRow& row = rows[i].row;
        if (own(row) && text::is_blank(row[Column::kSsid])) users.push_back(&row);
      }
      // Students go to the parts in file order, 200 each. Every part's rows are written
      // together (a part that came back after another would need M004's move on a second run).
      std::vector<std::uint64_t> part_of(n, 0);  // 0: not a student row of this group
      std::uint64_t placed = 0;
      for (std::size_t i = 0; i < n; ++i) {
        if (own(rows[i].row) && !text::is_blank(rows[i].row[Column::kSsid])) {
          part_of[i] = placed++ / kMaxStudents + 1;
        }
      }
      // Each part is built whole first: U002 judges it as the next run will see it (a group
      // whose subject was in conflict may name one subject in a part), then repeats the fill
      // made go, as in any group (found by fuzz_fix: a second run filled part 1).
      std::unordered_set<std::string> part_users;  // user rows already in the current part
      const auto add = [&](const EditRow& row, const std::string& name) {
        if (part_size_ == part_.size()) part_.emplace_back();
        PendingRow& p = part_[part_size_++];
        p.row = row;
        p.row[Column::kGroupName] = name;
        p.line.clear();
        append_in_layout(p.line, p.row, plan_.layout, eol_);
        p.rewritten = true;
      };
      const auto is_part_row = [](const EditRow&) { return true; };
      for (std::uint64_t p = 1; p <= parts; ++p) {
        const std::string name = g.name + " " + std::to_string(p);
        sink.split_part(g, name);
        part_size_ = 0;
        for (const EditRow* u : users) add(*u, name);
        // A row naming both a student and a user: its user must see every part, not only the
        // student's, so the other parts get the user on a row of its own.
        for (std::size_t i = 0; i < n; ++i) {
          if (part_of[i] == 0 || part_of[i] == p || text::is_blank(rows[i].row[Column::kLogin])) continue;
          EditRow user = rows[i].row;
          user[Column::kSsid].clear();
          add(user, name);
        }
        const std::size_t user_rows = part_size_;
        for (std::size_t i = 0; i < n; ++i) {
          if (part_of[i] == p) add(rows[i].row, name);
        }
        if (fillable) fill_subjects(g, name, part_, part_size_, is_part_row);
        // The split's own copies of a user row, once per part (two rows naming one user would
        // otherwise give a part a repeated row: found by fuzz_fix); then repeats as in any group.
        part_users.clear();
        std::size_t kept = 0;
        for (std::size_t i = 0; i < part_size_; ++i) {
          if (i < user_rows && !part_users.insert(part_[i].line).second) continue;
          if (kept != i) std::swap(part_[kept], part_[i]);
          ++kept;
        }
        kept = remove_repeats(g, part_, kept);
        for (std::size_t i = 0; i < kept; ++i) sink.row(part_[i].line, part_[i].row, g.name, true);
      }
      return;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const PendingRow& p = rows[i];
    sink.row(p.line, p.row, p.row[Column::kGroupName], p.rewritten);
  }
}

void GroupRepair::write_subject(PendingRow& p, const std::string& subject) {
  p.row[Column::kSubject] = subject;
  p.line.clear();
  append_in_layout(p.line, p.row, plan_.layout, eol_);
  p.rewritten = true;
}

void GroupRepair::fill_from_tally(const GroupInfo& g, std::vector<PendingRow>& rows, std::size_t n) {
  // One log entry per group filled: (name, subject, rows), few per block.
  struct Filled {
    std::string name;
    const std::string* subject;
    std::size_t rows;
  };
  std::vector<Filled> filled;
  for (std::size_t i = 0; i < n; ++i) {
    PendingRow& p = rows[i];
    if (!text::strip(p.row[Column::kSubject]).empty()) continue;
    const std::string* subject = subjects_->subject_for(p.row);
    if (subject == nullptr) continue;
    write_subject(p, *subject);
    const std::string& name = p.row[Column::kGroupName];
    auto it = std::find_if(filled.begin(), filled.end(),
                           [&](const Filled& f) { return f.name == name && f.subject == subject; });
    if (it == filled.end()) {
      filled.push_back({name, subject, 1});
    } else {
      ++it->rows;
    }
  }
  for (const Filled& f : filled) {
    ctx_.applied_at(u002_, g.first_row, g.first_line,
                    "group " + f.name + ": subject " + *f.subject + " written on " +
                        std::to_string(f.rows) + " row(s) that left it blank");
  }
}

template <typename Own>
void GroupRepair::fill_subjects(const GroupInfo& g, std::string_view name, std::vector<PendingRow>& rows,
                                std::size_t n, const Own& own) {
  SubjectVote vote;
  std::size_t blanks = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const EditRow& row = rows[i].row;
    if (!own(row)) continue;
    const std::string_view s = text::strip(row[Column::kSubject]);
    blanks += s.empty();
    vote.add(s);
  }
  if (vote.subject() == nullptr || blanks == 0) return;
  const std::string& subject = *vote.subject();
  for (std::size_t i = 0; i < n; ++i) {
    PendingRow& p = rows[i];
    if (!own(p.row) || !text::strip(p.row[Column::kSubject]).empty()) continue;
    write_subject(p, subject);
  }
  ctx_.applied_at(u002_, g.first_row, g.first_line,
                  "group " + std::string(name) + ": subject " + subject + " written on " +
                      std::to_string(blanks) + " row(s) that left it blank");
}

std::size_t GroupRepair::remove_repeats(const GroupInfo& g, std::vector<PendingRow>& rows,
                                        std::size_t n) {
  // A row repeats when an earlier row of the group has the same line (rows naming nobody are
  // never removed). Hashes find candidates; the lines themselves decide.
  std::size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  seen_.assign(cap, {0, UINT32_MAX});
  std::size_t out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const EditRow& row = rows[i].row;
    const bool has_ssid = !text::is_blank(row[Column::kSsid]);
    const bool has_member = has_ssid || !text::is_blank(row[Column::kLogin]);
    bool repeated = false;
    if (has_member) {
      const std::uint64_t h = hash_of(rows[i].line);
      std::size_t slot = h & (cap - 1);
      for (;; slot = (slot + 1) & (cap - 1)) {
        auto& [sh, si] = seen_[slot];
        if (si == UINT32_MAX) {
          sh = h;
          si = static_cast<std::uint32_t>(out);  // where this line's first copy now is
          break;
        }
        if (sh == h && rows[si].line == rows[i].line) {
          repeated = true;
          break;
        }
      }
    }
    if (repeated && allowed(options_, has_ssid ? n005_ : l005_)) {
      ctx_.applied_at(has_ssid ? n005_ : l005_, g.first_row, g.first_line,
                      "removed a repeated row of group " + g.name);
      continue;
    }
    if (out != i) std::swap(rows[out], rows[i]);  // swap: both keep their storage for reuse
    ++out;
  }
  return out;
}

}  // namespace cerslint::fix
