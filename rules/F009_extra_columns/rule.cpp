// F009: values CERS and the database loader never read: header names after the sixth, and row
// fields past the header's last column. Rows whose extra fields hold data are reported one by
// one (up to a cap, then one summary); rows with only empty extra fields (Excel's trailing
// commas) give one finding for the file. Empty rows are F008's; a header written with another
// delimiter is F003's.
#include "rules/F009_extra_columns/rule.hpp"

#include <algorithm>

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/encoding.hpp"
#include "values/file_format.hpp"

namespace cerslint::rules::f009 {
namespace {

constexpr std::uint64_t kMaxRowFindings = 100;
constexpr std::size_t kMaxShown = 3;  // extra values quoted per message

bool all_blank(const reader::Record& rec, std::size_t from) {
  for (std::size_t i = from; i < rec.size(); ++i) {
    if (!text::is_blank(rec.value(i))) return false;
  }
  return true;
}

// `"a", "b", "c" and 2 more`
void quote_values(const reader::Record& rec, std::size_t from, std::string& out) {
  for (std::size_t i = from; i < rec.size() && i < from + kMaxShown; ++i) {
    if (i > from) out += ", ";
    engine::append_format(out, "\"{}\"", rec.value(i));
  }
  if (rec.size() > from + kMaxShown) {
    engine::append_format(out, " and {} more", rec.size() - from - kMaxShown);
  }
}

class ExtraColumns final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kWidthDiffers}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    off_ = values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                                 header.raw(), header.offset()) ||
           values::foreign_delimiter(header.raw()) != 0;
    if (off_) return;
    // Rows are compared with the header, but never with fewer than six columns: a short header
    // is C005's problem, and its "extra" row values are the CERS columns themselves.
    width_ = std::max<std::size_t>(header.size(), engine::kColumnCount);
    if (width_ == engine::kColumnCount) return;
    const bool empty = all_blank(header, engine::kColumnCount);
    ctx.report(
        kMeta, header, engine::kColumnCount,
        [&](std::string& out) {
          engine::append_format(out, "Header has {} names; CERS reads only the first "
                         "six and ignores ", width_);
          if (empty) {
            engine::append_format(out, "{} empty name{} after them",
                           width_ - engine::kColumnCount,
                           width_ - engine::kColumnCount == 1 ? "" : "s");
          } else {
            quote_values(header, engine::kColumnCount, out);
          }
        },
        empty ? "The header ends with empty names (trailing commas), usually because cells to "
                "the right of the data were touched in Excel. CERS ignores them; two or more "
                "empty names make it reject the file. Delete the empty columns in Excel "
                "(select them, right-click > Delete) and save again."
              : "CERS reads only the six CERS columns; the values in these columns are not "
                "loaded. Move anything that matters into the six columns, and delete the extra "
                "columns so nobody thinks CERS keeps them. `cerslint fix --unsafe-fixes` "
                "removes them.");
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const reader::Record& rec = row.record();
    if (off_ || rec.size() <= width_) return;
    if (all_blank(rec, 0)) return;  // F008: an empty row
    const std::size_t extra = rec.size() - width_;
    if (all_blank(rec, width_)) {
      if (empty_rows_++ == 0) {
        first_empty_ = engine::RuleContext::locate(rec, static_cast<int>(width_));
        first_empty_count_ = extra;
      }
      return;
    }
    if (++data_rows_ > kMaxRowFindings) {
      if (data_rows_ == kMaxRowFindings + 1) {
        more_ = engine::RuleContext::locate(rec, static_cast<int>(width_));
      }
      return;
    }
    ctx.report(
        kMeta, rec, static_cast<int>(width_),
        [&](std::string& out) {
          engine::append_format(out, "Row has {} value{} after the header's last "
                         "column, which CERS ignores: ", extra, extra == 1 ? "" : "s");
          quote_values(rec, width_, out);
        },
        "This row has more values than the header has names, so CERS and the database loader "
        "drop the extra ones: usually a comma inside a value that should have been quoted, or a "
        "paste that shifted the row. Check the row: put each value in its column and remove "
        "the extra cells (`cerslint fix --unsafe-fixes` removes them).");
  }

  void on_end(engine::RuleContext& ctx) override {
    if (off_) return;
    if (data_rows_ > kMaxRowFindings) {
      ctx.report_at(kMeta, more_, [&](std::string& out) {
        engine::append_format(out,
                       "{} more rows have values after the header's last column (not listed "
                       "one by one)",
                       data_rows_ - kMaxRowFindings);
      });
    }
    if (empty_rows_ == 0) return;
    ctx.report_at(
        kMeta, first_empty_,
        [&](std::string& out) {
          engine::append_format(out,
                         "Row has {} empty field{} after the header's last column (trailing "
                         "comma{})",
                         first_empty_count_, first_empty_count_ == 1 ? "" : "s",
                         first_empty_count_ == 1 ? "" : "s");
          if (empty_rows_ > 1) {
            engine::append_format(out, "; {} rows have such empty fields",
                           empty_rows_);
          }
        },
        "Extra commas at the end of rows, usually because cells to the right of the data were "
        "touched in Excel. Nothing is lost, but the rows do not match the header. Delete the "
        "empty columns in Excel (select them, right-click > Delete) and save again; `cerslint "
        "fix --unsafe-fixes` removes them.");
  }

 private:
  bool off_ = false;
  std::size_t width_ = engine::kColumnCount;
  std::uint64_t data_rows_ = 0;
  std::uint64_t empty_rows_ = 0;
  std::size_t first_empty_count_ = 0;
  engine::Location first_empty_;
  engine::Location more_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<ExtraColumns>(); }

}  // namespace cerslint::rules::f009
