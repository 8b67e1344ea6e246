// F007: a backslash in a value. CERS keeps it, but the database loader (LOAD DATA with the
// default ESCAPED BY '\\') reads it as an escape: `\N` becomes NULL, `\t` a tab, `\x` just x,
// and a final backslash swallows the comma or line end after it. A value repeated on the next
// rows (a group name) is reported once, on its first row.
#include "rules/F007_backslash_in_value/rule.hpp"

#include <cstring>

#include "engine/rule_context.hpp"
#include "values/encoding.hpp"
#include "values/file_format.hpp"
#include "values/text_fix.hpp"

namespace cerslint::rules::f007 {
namespace {

using engine::Column;

class BackslashInValue final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kBackslash}; }

  void on_header(const reader::Record& header, const engine::ColumnMap& columns,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    off_ = values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                                 header.raw(), header.offset());
    columns_ = columns.index;
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    if (off_) return;
    const reader::Record& rec = row.record();
    const std::string_view raw = rec.raw();
    if (std::memchr(raw.data(), '\\', raw.size()) == nullptr) return;
    for (std::size_t i = 0; i < rec.size(); ++i) {
      const std::string_view value = rec.value(i);
      if (!values::mysql_loaded_value(value, loaded_)) continue;
      // The same text in the same CERS column on the previous row was reported there.
      const int field = static_cast<int>(i);
      bool repeated = false;
      for (int c = 0; c < engine::kColumnCount; ++c) {
        if (columns_[static_cast<std::size_t>(c)] == field) {
          repeated = !row.changed(static_cast<Column>(c));
        }
      }
      if (repeated) continue;
      const bool last = i + 1 == rec.size();
      ctx.report(
          kMeta, rec, field,
          [&](std::string& out) {
            engine::append_format(out, "{} \"{}\" holds a backslash: ",
                           values::column_label(columns_, field), value);
            switch (loaded_.kind) {
              case values::LoadedValue::Kind::kNull:
                out += "the database loader reads \\N as NULL and stores no value";
                break;
              case values::LoadedValue::Kind::kJoinsNext:
                engine::append_format(out,
                               "the final backslash makes the database loader take the {} "
                               "after it as text and join this value with the next {}",
                               last ? "line end" : "comma", last ? "row" : "column");
                break;
              case values::LoadedValue::Kind::kText:
                engine::append_format(out,
                               "the database loader stores \"{}\"", loaded_.shown);
                break;
            }
          },
          "CERS accepts the value, but the database loader treats a backslash as an escape "
          "character: it drops the backslash and may turn the next letter into something else "
          "(\\t a tab, \\n a line break, \\N an empty value), so the stored group name, id or "
          "login is not what you wrote and later uploads will not match it. Replace the "
          "backslash, for example with / or -, in Excel with Find & Replace (Ctrl+H); "
          "`cerslint fix --unsafe-fixes` replaces it with /.");
    }
  }

 private:
  bool off_ = false;
  std::array<int, 6> columns_ = {-1, -1, -1, -1, -1, -1};
  values::LoadedValue loaded_;
};

// Every backslash becomes '/' (a coordinator who typed "Math\\Science" meant a separator; '/'
// survives CERS and the loader unchanged). A value that is exactly \\N (a database export's
// NULL) becomes empty where an empty value means the same to the loader (subject, SSID, login,
// extra columns); in the school, group name and year columns it is left alone: only the
// coordinator knows what belongs there.
class ReplaceBackslashes final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>&, engine::FixContext& ctx) override {
    for (int c = 0; c < engine::kColumnCount; ++c) {
      const auto col = static_cast<Column>(c);
      const bool key = col == Column::kSchool || col == Column::kGroupName || col == Column::kYear;
      repair(row, row.values[static_cast<std::size_t>(c)],
             engine::kColumnNames[static_cast<std::size_t>(c)], key, ctx);
    }
    for (std::string& v : row.extra) repair(row, v, "extra column", false, ctx);
  }

 private:
  void repair(const engine::EditRow& row, std::string& value, std::string_view column, bool key,
              engine::FixContext& ctx) {
    if (std::memchr(value.data(), '\\', value.size()) == nullptr) return;
    if (value == "\\N") {
      if (key) return;
      fixed_.clear();
    } else if (!values::replace_backslashes(value, fixed_)) {
      return;
    }
    ctx.applied(kMeta, row, [&](std::string& out) {
      engine::append_format(out, "{} \"{}\" -> \"{}\"", column, value, fixed_);
    });
    value.swap(fixed_);
  }

  std::string fixed_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<BackslashInValue>(); }
std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<ReplaceBackslashes>(); }

}  // namespace cerslint::rules::f007
