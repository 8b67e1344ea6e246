// The repair Y001, Y002 and Y003 share: write the plain 4-digit year that a year of one
// particular shape stands for (`2027.0`, `2026-27`, `+2027` -> `2027`). Header-only: the rules
// CMakeLists compiles rule folders, and this is not one.
#pragma once

#include <fmt/format.h>

#include <iterator>
#include <string>
#include <vector>

#include "engine/fix_api.hpp"
#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/school_year.hpp"

namespace cerslint::rules::common {

template <values::YearForm kForm>
class PlainYearFix final : public engine::RowFix {
 public:
  explicit PlainYearFix(const engine::RuleMeta& meta) : meta_(meta) {}

  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    std::string& value = row[engine::Column::kYear];
    const values::YearReading r = values::read_school_year(value, text::parse_java_int(value));
    if (r.form != kForm) return;  // exactly where the rule reports
    std::string after = std::to_string(r.year);
    ctx.applied(meta_, row, [&](std::string& out) {
      engine::append_format(out, "school year \"{}\" -> {}", value, after);
    });
    value = std::move(after);
  }

 private:
  const engine::RuleMeta& meta_;
};

}  // namespace cerslint::rules::common
