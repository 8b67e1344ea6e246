// F003: the header is one (or a few) fields holding the CERS names separated by a tab, `;` or
// `|`: Excel's tab-delimited text, or "CSV" in a locale whose list separator is `;`. CERS only
// splits on commas, so it sees one column and rejects the header.
#include "rules/F003_wrong_delimiter/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/encoding.hpp"
#include "values/file_format.hpp"

namespace cerslint::rules::f003 {
namespace {

class WrongDelimiter final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    if (values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                              header.raw(), header.offset())) {
      return;
    }
    const char d = values::foreign_delimiter(header.raw());
    if (d == 0) return;
    ctx.report(
        kMeta, header, -1,
        [&](std::string& out) {
          engine::append_format(out,
                         "Header is separated by {} characters, not commas: CERS reads \"{}\" "
                         "as {} column{}",
                         values::delimiter_name(d), header.raw(), header.size(),
                         header.size() == 1 ? "" : "s");
        },
        d == '\t'
            ? "CERS only accepts commas between values; this file uses tabs (Excel's \"Text (Tab "
              "delimited)\" or \"Unicode Text\" formats), so CERS sees one long column and "
              "rejects the file. In Excel, use File > Save As and choose \"CSV UTF-8 (Comma "
              "delimited) (*.csv)\"."
            : "CERS only accepts commas between values. Excel writes semicolons (or other "
              "characters) when the computer's regional settings use them as the list "
              "separator, so CERS sees one long column and rejects the file. In Excel use File > "
              "Save As > "
              "\"CSV UTF-8 (Comma delimited) (*.csv)\" after setting the list separator to a "
              "comma (Windows Settings > Time & language > Region > Additional settings).");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<WrongDelimiter>(); }

}  // namespace cerslint::rules::f003
