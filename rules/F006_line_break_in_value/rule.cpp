// F006: a quoted value holding a line break (Alt+Enter in an Excel cell). CERS's parser keeps
// it in the value, but the database loader ends the row there. Reported per value (a value
// repeated on the next rows of its column, like a group name, once); a row whose every field
// is blank is F008's.
#include "rules/F006_line_break_in_value/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/encoding.hpp"
#include "values/file_format.hpp"
#include "values/text_fix.hpp"

namespace cerslint::rules::f006 {
namespace {

class LineBreakInValue final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kQuotedLineBreak}; }

  void on_header(const reader::Record& header, const engine::ColumnMap& columns,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    off_ = values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                                 header.raw(), header.offset());
    columns_ = columns.index;
    if (!off_) check(header, ctx);
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    if (!off_ && row.record().has_quoted_line_break()) check(row.record(), ctx, &row);
  }

 private:
  // The same text in the same CERS column on the previous row was reported there.
  bool repeated(const engine::Row* row, int field) const {
    if (row == nullptr) return false;
    for (int c = 0; c < engine::kColumnCount; ++c) {
      if (columns_[static_cast<std::size_t>(c)] == field) {
        return !row->changed(static_cast<engine::Column>(c));
      }
    }
    return false;
  }

  void check(const reader::Record& rec, engine::RuleContext& ctx,
             const engine::Row* row = nullptr) {
    if (!rec.has_quoted_line_break()) return;
    bool all_blank = true;
    for (std::size_t i = 0; i < rec.size() && all_blank; ++i) {
      all_blank = text::is_blank(rec.value(i));
    }
    if (all_blank && rec.index() > 0) return;  // F008: an empty row
    for (std::size_t i = 0; i < rec.size(); ++i) {
      if (!rec.field(i).has_line_break) continue;
      const int field = static_cast<int>(i);
      if (repeated(row, field)) continue;
      ctx.report(
          kMeta, rec, field,
          [&](std::string& out) {
            engine::append_format(out,
                           "{} \"{}\" holds a line break: the database loader splits the row "
                           "there",
                           rec.index() == 0 ? std::string("Header name")
                                            : values::column_label(columns_, field),
                           rec.value(i));
          },
          "A line break inside a cell (Alt+Enter in Excel) is kept by CERS inside quotes, but "
          "the database loader ends the row at the line break: the value is cut and the rest "
          "of the row becomes a broken row, so the student or teacher is missing from the "
          "group. In Excel, use Find & Replace: click in \"Find what\" and press Ctrl+J (a line "
          "break), type a space in \"Replace with\", Replace All, then save as \"CSV UTF-8\". "
          "`cerslint fix --unsafe-fixes` replaces each line break in a group name or login with a "
          "space.");
    }
  }

  bool off_ = false;
  std::array<int, 6> columns_ = {-1, -1, -1, -1, -1, -1};
};

// "Period\n1" -> "Period 1": each run of line breaks becomes one space (values::join_line_breaks),
// in the group name, the login and columns past the six. Not in a school id, year, subject or
// SSID: joined, such a value is still not an id, and an SSID changed by a guess moves a student
// (found by fuzz_fix). A row whose every value is blank is F008's and left alone.
class JoinLineBreaks final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    if (!has_break(row)) return;
    bool all_blank = true;
    for (const std::string& v : row.values) all_blank = all_blank && text::is_blank(v);
    for (const std::string& v : row.extra) all_blank = all_blank && text::is_blank(v);
    if (all_blank) return;
    for (const engine::Column c : {engine::Column::kGroupName, engine::Column::kLogin}) {
      repair(row, row[c], engine::kColumnNames[static_cast<std::size_t>(c)], ctx);
    }
    for (std::string& v : row.extra) repair(row, v, "extra column", ctx);
  }

 private:
  static bool has_break(const engine::EditRow& row) {
    for (const std::string& v : row.values) {
      if (v.find_first_of("\r\n") != std::string::npos) return true;
    }
    for (const std::string& v : row.extra) {
      if (v.find_first_of("\r\n") != std::string::npos) return true;
    }
    return false;
  }

  void repair(const engine::EditRow& row, std::string& value, std::string_view column,
              engine::FixContext& ctx) {
    if (!values::join_line_breaks(value, fixed_)) return;
    ctx.applied(kMeta, row, [&](std::string& out) {
      engine::append_format(out, "{} \"{}\" -> \"{}\"", column, shown(value),
                     fixed_);
    });
    value.swap(fixed_);
  }

  // The value on one line: CR and LF written as \r and \n.
  static std::string shown(std::string_view v) {
    std::string out;
    for (char ch : v) {
      if (ch == '\r') {
        out += "\\r";
      } else if (ch == '\n') {
        out += "\\n";
      } else {
        out += ch;
      }
    }
    return out;
  }

  std::string fixed_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<LineBreakInValue>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<JoinLineBreaks>(); }

}  // namespace cerslint::rules::f006
