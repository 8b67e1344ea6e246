// S002: a code of county 01-09 stored as a number loses its leading zero (13 digits left).
// Fires only when the padded code is in the directory, so the fix restores a known code.
#include "rules/S002_school_leading_zero_dropped/rule.hpp"

#include "directory/school_directory.hpp"
#include "engine/rule_context.hpp"
#include "rules/common/gated_subscriptions.hpp"
#include "values/cds.hpp"

namespace cerslint::rules::s002 {
namespace {

using directory::SchoolStatus;
using engine::Column;

std::string_view status_note(SchoolStatus s) {
  switch (s) {
    case SchoolStatus::kDistrictOffice: return ", a district office, not a school";
    case SchoolStatus::kPrivate: return ", a private school";
    case SchoolStatus::kClosed: return ", which the directory lists as closed";
    case SchoolStatus::kMerged: return ", which the directory lists as merged";
    case SchoolStatus::kFormerlyActive: return ", which the directory lists as no longer open";
    default: return "";
  }
}

class SchoolLeadingZeroDropped final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return common::changed_odd_school_id();
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSchool);
    const values::CdsVerdict& v = row.school_verdict();
    if (v.problem != values::CdsProblem::kLeadingZeroDropped) return;
    ctx.report(
        kMeta, row, Column::kSchool,
        [&](std::string& out) {
          engine::append_format(out,
                         "School id \"{}\" has 13 digits: Excel dropped the leading zero of 0{}",
                         raw, v.code);
          if (!v.school.name.empty()) engine::append_format(out, " ({})", v.school.name);
          out += status_note(v.school.status);
        },
        "Codes of counties 01-09 start with a 0, and Excel removes it when it treats the code "
        "as a number. CERS compares the text exactly, cannot find the school and rejects the "
        "rows. `cerslint fix` puts the zero back. To keep it: select the school_natural_id "
        "column, Format Cells > Text before pasting codes, then Save As \"CSV UTF-8\".");
  }
};

// Puts the zero back in front of the 13 digits (where S002 fires: the padded code is a known
// school). Spaces around the code stay for S003. Remembers the last value that needed nothing,
// so a school block costs one directory lookup.
class RestoreLeadingZero final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& value = row[Column::kSchool];
    if (value == fine_) return;
    const values::CdsVerdict v = values::classify_cds(value, &directory::lookup_school);
    if (v.problem != values::CdsProblem::kLeadingZeroDropped) {
      fine_.assign(value);
      return;
    }
    const std::size_t at = static_cast<std::size_t>(v.code.data() - value.data());
    before_.assign(value);
    value.insert(at, 1, '0');
    ctx.applied(kMeta, row, [&](std::string& out) {
      engine::append_format(out, "school id \"{}\" -> \"{}\"", before_, value);
    });
  }

 private:
  std::string fine_;
  std::string before_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SchoolLeadingZeroDropped>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<RestoreLeadingZero>(); }

}  // namespace cerslint::rules::s002
