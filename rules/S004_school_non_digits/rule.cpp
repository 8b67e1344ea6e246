// S004: letters, dashes, apostrophes or invisible characters inside the code. Names the first
// offending character and, for a code written with separators (01-61176-6111330), the digits.
#include "rules/S004_school_non_digits/rule.hpp"

#include "directory/school_directory.hpp"
#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"
#include "values/syu_chars.hpp"
#include "values/values.hpp"

namespace cerslint::rules::s004 {
namespace {

using engine::Column;

class SchoolNonDigits final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kNonDigits) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          const std::string_view code = v.code;
          std::size_t i = 0;
          while (i < code.size() && code[i] >= '0' && code[i] <= '9') ++i;
          char32_t cp = 0;
          const std::size_t len = values::decode_utf8(code, i, cp);
          const auto suspect = values::first_suspect_char(code.substr(i, len));
          engine::append_format(out, "School id \"{}\" contains ", raw);
          if (suspect) {
            engine::append_format(out, "a {} ({})", suspect->name,
                           values::code_point_label(cp));
          } else if (cp >= 0x80) {
            engine::append_format(out, "\"{}\" ({})", code.substr(i, len),
                           values::code_point_label(cp));
          } else {
            engine::append_format(out, "\"{}\"", code.substr(i, len));
          }
          out += "; a CDS code is 14 digits only";
          if (const auto digits = values::cds_without_separators(code)) {
            const std::string_view d(digits->data(), digits->size());
            engine::append_format(out, " (did you mean {}", d);
            const auto info = directory::lookup_school(d);
            if (!info.name.empty()) engine::append_format(out, ", {}", info.name);
            out += "?)";
          }
        },
        "CERS looks the school id up exactly as written, cannot find it and rejects the rows. "
        "Write the 14-digit CDS code with digits only: no dashes, spaces, apostrophes or "
        "letters (a letter O for a zero or l for a one is a common typo). The CDE school "
        "directory (www.cde.ca.gov/SchoolDirectory) lists every school's code.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolNonDigits>(); }

}  // namespace cerslint::rules::s004
