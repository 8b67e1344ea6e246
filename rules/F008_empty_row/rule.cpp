// F008: a data row whose every field is blank (`,,,,,`, or a line of spaces): Excel writes them
// after the data when cells below it were touched. CERS rejects each one (no school, group or
// year). A run of consecutive empty rows is one finding at its first row, so Excel's hundreds
// of trailing rows give one line of output.
#include "rules/F008_empty_row/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/encoding.hpp"

namespace cerslint::rules::f008 {
namespace {

constexpr std::size_t kShownBytes = 80;

// Every field is blank (Java isBlank). Most rows fail on the first byte.
bool all_blank(const reader::Record& rec) {
  // Excel's ",,,,," first: only delimiters, so every field is empty. A file can hold a million
  // of these rows, and this is cheaper than looking at each field.
  const std::string_view raw = rec.raw();
  if (!raw.empty() && raw.find_first_not_of(',') == std::string_view::npos) return true;
  for (std::size_t i = 0; i < rec.size(); ++i) {
    const std::string_view v = rec.value(i);
    if (v.empty()) continue;
    const auto c = static_cast<unsigned char>(v[0]);
    if (c > ' ' && c < 0x80) return false;  // ASCII fast path: a visible first character
    if (!text::is_blank(v)) return false;
  }
  return true;
}

class EmptyRow final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kMaybeBlank | engine::trait::kAfterMaybeBlank}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    off_ = values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                                 header.raw(), header.offset());
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    if (off_) return;
    const reader::Record& rec = row.record();
    if (!all_blank(rec)) {
      if (run_ > 0) flush(ctx, false);
      return;
    }
    if (run_++ == 0) {
      where_ = engine::RuleContext::locate(rec, -1);
      shown_.assign(rec.raw().substr(0, kShownBytes));
      if (rec.raw().size() > kShownBytes) shown_ += "...";
    }
    last_row_ = rec.index();
  }

  void on_end(engine::RuleContext& ctx) override {
    if (!off_ && run_ > 0) flush(ctx, true);
  }

 private:
  void flush(engine::RuleContext& ctx, bool at_end) {
    ctx.report_at(
        kMeta, where_,
        [&](std::string& out) {
          if (run_ == 1) {
            engine::append_format(out, "Row \"{}\" {}has no values", shown_,
                           at_end ? "at the end of the file " : "");
          } else {
            engine::append_format(out,
                           "Rows {}-{} {}have no values ({} rows; the first is \"{}\")",
                           where_.row, last_row_, at_end ? "at the end of the file " : "", run_,
                           shown_);
          }
        },
        at_end ? "Excel writes rows of empty cells (,,,,,) after the data when cells below it "
                 "were ever touched. CERS rejects each such row because it has no school, group "
                 "name or year, and the whole upload fails. Delete the rows (in Excel: select "
                 "the rows below the data, right-click > Delete, then save), or run `cerslint "
                 "fix`, which removes them."
               : "A row with only empty cells (or spaces) between the data: CERS rejects it "
                 "because it has no school, group name or year, and the whole upload fails. "
                 "Delete the row (in Excel: right-click the row number > Delete), or run "
                 "`cerslint fix`, which removes it.");
    run_ = 0;
  }

  bool off_ = false;
  std::uint64_t run_ = 0;
  std::uint64_t last_row_ = 0;
  engine::Location where_;
  std::string shown_;
};

// Removes the row: it names no student and no user, and CERS rejects it. Same test as the
// rule (every value blank, extra columns included).
class DropEmptyRow final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    for (const std::string& v : row.values) {
      if (!blank(v)) return;
    }
    for (const std::string& v : row.extra) {
      if (!blank(v)) return;
    }
    row.drop = true;
    ctx.applied(kMeta, row, [](std::string& out) { out += "removed a row with no values"; });
  }
  // After the value fixes: a row whose only value another fix cleans away (an invisible login
  // L004 removes) goes in the same run, so a second `fix` has nothing left to do (found by
  // fuzz_fix).
  Stage stage() const override { return Stage::kLast; }

 private:
  static bool blank(std::string_view v) {
    if (v.empty()) return true;
    const auto c = static_cast<unsigned char>(v[0]);
    if (c > ' ' && c < 0x80) return false;
    return text::is_blank(v);
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<EmptyRow>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<DropEmptyRow>(); }

}  // namespace cerslint::rules::f008
