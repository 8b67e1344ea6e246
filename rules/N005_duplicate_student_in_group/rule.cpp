// N005: the same SSID (after trimming spaces) twice in one run of rows with the same school,
// group name and year. CERS counts every non-blank SSID toward the 200-student limit.
// Memory: one hash and row number per distinct student of the current group; the table's
// capacity is kept between groups and released at a school change if a huge group grew it.
#include "rules/N005_duplicate_student_in_group/rule.hpp"

#include "engine/rule_context.hpp"
#include "values/ssid.hpp"

namespace cerslint::rules::n005 {
namespace {

using engine::Column;

class DuplicateStudentInGroup final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kSsid | engine::trait::kStartsGroup}; }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    if (row.starts_group()) seen_.start_group(row.starts_school());
    std::string_view ssid = row.value(Column::kSsid);
    std::uint64_t key;
    // The engine has already tested for ten ASCII digits (the row traits), the common case.
    if ((row.traits() & (engine::trait::kSsid | engine::trait::kOddSsid)) == engine::trait::kSsid) {
      key = values::ssid_key_of_ten_digits(ssid);
    } else {
      const values::SsidClass& c = row.ssid_class();
      if (c.shape == values::SsidShape::kBlank) return;
      ssid = c.trimmed;
      key = values::ssid_key(ssid);
    }
    const std::uint64_t first = seen_.find_or_insert(key, row.number());
    if (first == 0) return;
    ctx.report(
        kMeta, row, Column::kSsid,
        [&](std::string& out) {
          engine::append_format(out,
                         "Student {} is listed again in this group (first on row {})", ssid, first);
        },
        "CERS counts every row, so this student counts twice toward the limit of 200 students "
        "per group. It usually means rows were copied twice. Delete the repeated row (keep any "
        "login that is only on it). `cerslint fix` removes the row when it is an exact copy of "
        "the earlier one.");
  }

 private:
  values::FirstRowMap seen_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<DuplicateStudentInGroup>(); }

}  // namespace cerslint::rules::n005
