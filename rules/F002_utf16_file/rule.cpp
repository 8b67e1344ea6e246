// F002: a UTF-16 byte order mark. CERS decodes the file as UTF-8, so the header is garbage and
// the file is rejected. One finding at the start of the file; F001 stays quiet on such files.
#include "rules/F002_utf16_file/rule.hpp"

#include "engine/rule_context.hpp"

namespace cerslint::rules::f002 {
namespace {

class Utf16File final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    if (bom != reader::Bom::kUtf16Le && bom != reader::Bom::kUtf16Be) return;
    const bool le = bom == reader::Bom::kUtf16Le;
    ctx.report(
        kMeta, header, -1,
        [&](std::string& out) {
          engine::append_format(out,
                         "File is UTF-16 ({}, byte order mark {}), not UTF-8: CERS cannot read "
                         "the header",
                         le ? "little-endian" : "big-endian", le ? "FF FE" : "FE FF");
        },
        "CERS reads files as UTF-8; in UTF-16 every letter is two bytes, so CERS finds no valid "
        "header and rejects the whole file. Excel writes UTF-16 when you choose \"Unicode Text "
        "(*.txt)\". Open the file in Excel, use File > Save As and choose \"CSV UTF-8 (Comma "
        "delimited) (*.csv)\"; or run `cerslint fix`, which converts it to UTF-8.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<Utf16File>(); }

}  // namespace cerslint::rules::f002
