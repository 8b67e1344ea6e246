#include "fix/fix_common.hpp"

#include <algorithm>

#include "engine/rule.hpp"
#include "fix/csv_writer.hpp"
#include "fix/member_hash.hpp"
#include "text/java_text.hpp"

namespace cerslint::fix {

using engine::Column;
using engine::EditRow;

namespace {
bool selected(const FixOptions& o, const engine::RuleMeta& m) {
  if (!o.selected) return true;
  for (const engine::RuleEntry* e : *o.selected) {
    if (e->meta == &m) return true;
  }
  return false;
}
}  // namespace

bool unsafe_fix_asked_by_name(const FixOptions& options, std::string_view code) {
  return options.neutralize_formulas && code == "G007";
}

bool allowed(const FixOptions& o, const engine::RuleMeta& m) {
  if (m.fix == engine::FixSafety::kNone || m.fix == engine::FixSafety::kDisplayOnly) return false;
  if (m.fix == engine::FixSafety::kUnsafe && !o.unsafe && !unsafe_fix_asked_by_name(o, m.code)) {
    return false;
  }
  return selected(o, m);
}

const engine::RuleMeta& rule(std::string_view code) {
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

void append_in_layout(std::string& out, const EditRow& row, const Layout& layout,
                      std::string_view eol) {
  bool first = true;
  for (int col : layout) {
    if (!first) out += ',';
    first = false;
    if (col < engine::kColumnCount) {
      util::append_csv_field(out, row.values[static_cast<std::size_t>(col)]);
    } else if (static_cast<std::size_t>(col - engine::kColumnCount) < row.extra.size()) {
      util::append_csv_field(out, row.extra[static_cast<std::size_t>(col - engine::kColumnCount)]);
    }
  }
  // Extra values past the header's columns (ragged rows) stay at the end.
  const std::size_t header_extras = layout.size() - engine::kColumnCount;
  for (std::size_t k = header_extras; k < row.extra.size(); ++k) {
    out += ',';
    util::append_csv_field(out, row.extra[k]);
  }
  out.append(eol);
}

void row_from(const reader::Record& r, const engine::ColumnMap& map,
              const std::vector<std::uint8_t>& is_cers, EditRow& row) {
  row.source_row = r.index();
  row.source_line = r.line();
  row.drop = false;
  for (int c = 0; c < engine::kColumnCount; ++c) {
    const int i = map.index[static_cast<std::size_t>(c)];
    std::string& v = row.values[static_cast<std::size_t>(c)];
    // clear() and append(), not assign(): assign's aliasing checks (std::string::_M_replace)
    // cost twice as much, and a record's value never lies inside the row's own strings.
    v.clear();
    if (i >= 0 && static_cast<std::size_t>(i) < r.size()) {
      v.append(r.value(static_cast<std::size_t>(i)));
    }
  }
  // Reuse the extra strings already there: most files have none, some have one or two.
  std::size_t k = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (i < is_cers.size() && is_cers[i]) continue;
    if (k < row.extra.size()) {
      row.extra[k].assign(r.value(i));
    } else {
      row.extra.emplace_back(r.value(i));
    }
    ++k;
  }
  row.extra.resize(k);
}

bool same_values(const EditRow& a, const EditRow& b) {
  return a.values == b.values && a.extra == b.extra;
}

bool reads_back_as(const reader::Record& r, const FixPlan& plan, const EditRow& row) {
  for (int c = 0; c < engine::kColumnCount; ++c) {
    const int i = plan.direct.index[static_cast<std::size_t>(c)];
    const std::string_view v =
        i >= 0 && static_cast<std::size_t>(i) < r.size() ? r.value(static_cast<std::size_t>(i))
                                                          : std::string_view();
    if (v != row.values[static_cast<std::size_t>(c)]) return false;
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (i < plan.all_cers.size() && plan.all_cers[i]) continue;
    if (k >= row.extra.size() || r.value(i) != row.extra[k]) return false;
    ++k;
  }
  return k == row.extra.size();
}

std::uint64_t members_of(const EditRow& row) {
  std::uint64_t sum = 0;
  if (!text::is_blank(row[Column::kSsid])) {
    sum += member_hash(row[Column::kSchool], row[Column::kGroupName], row[Column::kYear], 'S',
                       row[Column::kSsid]);
  }
  if (!text::is_blank(row[Column::kLogin])) {
    sum += member_hash(row[Column::kSchool], row[Column::kGroupName], row[Column::kYear], 'L',
                       row[Column::kLogin]);
  }
  return sum;
}

bool eol_will_change(const FixOptions& options, const FixPlan& plan,
                     const std::uint64_t counts[4]) {
  const bool mixed = (counts[1] > 0) + (counts[2] > 0) + (counts[3] > 0) > 1;
  return options.eol.empty() && mixed && allowed(options, rule("F004")) && plan.eol != "\r\n";
}

std::string final_eol(const FixOptions& options, const FixPlan& plan,
                      const std::uint64_t counts[4], engine::FixContext& ctx) {
  const engine::RuleMeta& f004 = rule("F004");
  const bool mixed = (counts[1] > 0) + (counts[2] > 0) + (counts[3] > 0) > 1;
  std::string eol = plan.eol;
  if (options.eol.empty() && mixed && allowed(options, f004)) eol = "\r\n";
  const reader::LineEnding kind = eol == "\n"   ? reader::LineEnding::kLf
                                  : eol == "\r" ? reader::LineEnding::kCr
                                                 : reader::LineEnding::kCrLf;
  const std::uint64_t with_ending = counts[1] + counts[2] + counts[3];
  const std::uint64_t changed = with_ending - counts[static_cast<int>(kind)];
  if (changed > 0 && (allowed(options, f004) || !options.eol.empty())) {
    ctx.applied_at(f004, 0, 1,
                   std::to_string(changed) + " line endings changed to " +
                       (kind == reader::LineEnding::kCrLf ? std::string("CRLF")
                        : kind == reader::LineEnding::kLf ? "LF"
                                                          : "CR"));
  }
  return eol;
}

void CountingLog::applied(const engine::AppliedFix& f) {
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

std::vector<std::pair<const engine::RuleMeta*, std::uint64_t>> CountingLog::take() {
  auto out = std::move(counts_);
  // Registry order, so summaries read like `cerslint rules`.
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.first->code < b.first->code; });
  return out;
}

}  // namespace cerslint::fix
