// F004: CERS's parser accepts CR, LF and CRLF even mixed, but the database loader splits rows
// only at the kind of line ending it saw first. One finding per file at the first line that
// ends differently, with the count; breaks inside quoted values are F006's.
#include "rules/F004_mixed_line_endings/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/encoding.hpp"

namespace cerslint::rules::f004 {
namespace {

using reader::LineEnding;

std::string_view ending_name(LineEnding e) {
  switch (e) {
    case LineEnding::kCrLf: return "CRLF (Windows)";
    case LineEnding::kLf: return "LF (Mac/Unix)";
    case LineEnding::kCr: return "CR (old Mac)";
    case LineEnding::kNone: break;
  }
  return "nothing";
}

// What the loader, splitting only at `first`, does with a line ending in `other`.
std::string_view consequence(LineEnding first, LineEnding other) {
  if (first == LineEnding::kLf && other == LineEnding::kCrLf) {
    return "the database loader keeps the CR as part of the row's last value";
  }
  if (first == LineEnding::kCr && other == LineEnding::kCrLf) {
    return "the database loader puts the LF at the start of the next row's first value";
  }
  return "the database loader does not see the line end and joins this row with the next one";
}

class MixedLineEndings final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kOtherEnding}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    off_ = values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                                 header.raw(), header.offset());
    check(header);
  }

  void on_row(const engine::Row& row, engine::RuleContext&) override {
    if (!off_) check(row.record());
  }

  void on_end(engine::RuleContext& ctx) override {
    if (off_ || count_ == 0) return;
    ctx.report_at(
        kMeta, where_,
        [&](std::string& out) {
          engine::append_format(out,
                         "Line ends in {} but the first line ends in {}: {}",
                         ending_name(other_), ending_name(first_), consequence(first_, other_));
          if (count_ > 1) {
            engine::append_format(out, "; {} lines end differently from the first",
                           count_);
          }
        },
        "CERS accepts mixed line endings, but the database loader only splits rows at the kind "
        "of line ending the file starts with, so rows ending another way are merged or get a "
        "stray character: students and teachers end up missing from groups. This usually comes "
        "from pasting rows from another file or editing in two programs. Run `cerslint fix`, "
        "which makes every line end like the first, or open the file in Excel and Save As "
        "\"CSV UTF-8 (Comma delimited) (*.csv)\".");
  }

 private:
  void check(const reader::Record& rec) {
    const LineEnding e = rec.ending();
    if (e == LineEnding::kNone || e == first_) return;
    if (first_ == LineEnding::kNone) {
      first_ = e;
      return;
    }
    if (count_++ > 0) return;
    other_ = e;
    const auto end = static_cast<std::uint32_t>(rec.raw().size());
    const auto pos = rec.position_of(end);
    where_ = engine::Location{rec.index(), pos.line, pos.column, rec.offset() + end};
  }

  bool off_ = false;
  LineEnding first_ = LineEnding::kNone;
  LineEnding other_ = LineEnding::kNone;
  std::uint64_t count_ = 0;
  engine::Location where_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<MixedLineEndings>(); }

}  // namespace cerslint::rules::f004
