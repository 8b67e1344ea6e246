// F005: empty lines before the header. CERS's parser skips them, but the database loader's
// "IGNORE 1 LINES" then skips the first empty line instead of the header and loads the header
// as a group. A line of spaces before the header is worse: CERS takes it as the header.
#include "rules/F005_blank_lines_before_header/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"

namespace cerslint::rules::f005 {
namespace {

class BlankLinesBeforeHeader final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const std::uint64_t blanks = header.blank_lines_before();
    // The file's first byte (after a UTF-8 byte order mark): where the empty lines start.
    const std::uint64_t start = ctx.file().bom == reader::Bom::kUtf8 ? 3 : 0;
    const engine::Location top{0, 1, 1, start};
    bool spaces_only = header.raw().size() > 0;
    for (std::size_t i = 0; i < header.size() && spaces_only; ++i) {
      spaces_only = text::is_blank(header.value(i));
    }
    if (spaces_only) {
      ctx.report(
          kMeta, header, -1,
          [&](std::string& out) {
            engine::append_format(out,
                           "Line {} before the header holds only \"{}\": CERS takes it as the "
                           "header",
                           header.line(), header.raw());
          },
          "CERS uses the first line that is not empty as the header. This line looks empty but "
          "holds spaces, tabs or commas, so CERS rejects the header and the file. Delete the "
          "line so the file starts with the header (in Excel: select the row, right-click > "
          "Delete); or run `cerslint fix`.");
      return;
    }
    if (blanks == 0) return;
    ctx.report_at(
        kMeta, top,
        [&](std::string& out) {
          engine::append_format(out,
                         "{} empty line{} before the header (the header is on line {})", blanks,
                         blanks == 1 ? "" : "s", header.line());
        },
        "CERS accepts this, but the database loader skips exactly one line as the header: it "
        "skips the empty line and loads the header line as a group row. Delete the empty lines "
        "so the header is the first line; or run `cerslint fix`.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<BlankLinesBeforeHeader>(); }

}  // namespace cerslint::rules::f005
