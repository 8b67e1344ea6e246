// Y004: groups for two or more school years in one file. Reported once, at the first row with
// a year other than the first one. Only years CERS can read count ("2025" and "+2025" are one
// year); the state is one year and one location, whatever the file's size.
#include "rules/Y004_multiple_years/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::y004 {
namespace {

using engine::Column;

class MultipleYears final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    if (reported_) return;
    const values::YearReading& r = row.year_reading();
    if (r.form != values::YearForm::kPlain && r.form != values::YearForm::kOddForm) return;
    if (first_year_ == 0) {
      first_year_ = r.year;
      first_row_ = row.number();
      return;
    }
    if (r.year == first_year_) return;
    reported_ = true;
    ctx.report(
        kMeta, row, Column::kYear,
        [&](std::string& out) {
          engine::append_format(out,
                         "File has groups for school year {} (from row {}) and {}", first_year_,
                         first_row_, r.year);
        },
        "CERS accepts several school years in one file, but an upload is almost always for one "
        "year, and rows for another year are usually copied from an old file. Every upload "
        "replaces the students and teachers of each group it lists, so those old groups are "
        "overwritten too. Check that the rows for both years belong in this file.");
  }

 private:
  std::int32_t first_year_ = 0;
  std::uint64_t first_row_ = 0;
  bool reported_ = false;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<MultipleYears>(); }

}  // namespace cerslint::rules::y004
