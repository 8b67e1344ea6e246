// Y002: the school year written as a range (2024-25); CERS wants its end year.
#include "rules/Y002_year_range/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::y002 {
namespace {

using engine::Column;

class YearRange final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kYear)};
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kYear);
    const values::YearReading r = values::read_school_year(raw, text::parse_java_int(raw));
    if (r.form != values::YearForm::kRange) return;
    ctx.report(
        kMeta, row, Column::kYear,
        [&](std::string& out) {
          fmt::format_to(std::back_inserter(out),
                         "School year \"{}\" is a range; CERS wants the end year {}", raw, r.year);
        },
        "CERS stores a school year as the year it ends (2025 for 2024-25). It cannot read a "
        "range, skips the rows (\"Record does not contain a school year\") and rejects the "
        "file. `cerslint fix --unsafe-fixes` writes the end year; check that it is the school "
        "year you meant.");
  }
};

// Writes the plain 4-digit year the range ends with (where Y002 fires).
class EndYear final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& value = row[Column::kYear];
    const values::YearReading r = values::read_school_year(value, text::parse_java_int(value));
    if (r.form != values::YearForm::kRange) return;
    std::string after = std::to_string(r.year);
    ctx.applied(kMeta, row, [&](std::string& out) {
      fmt::format_to(std::back_inserter(out), "school year \"{}\" -> {}", value, after);
    });
    value = std::move(after);
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<YearRange>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<EndYear>(); }

}  // namespace cerslint::rules::y002
