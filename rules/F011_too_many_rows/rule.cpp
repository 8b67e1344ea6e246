// F011: more than 100 000 data rows. CERS handles 50-100 thousand rows; bigger uploads have
// needed raised time limits in practice. One finding at the end, at the header, with the number
// of school blocks so the coordinator knows whether splitting by school is possible.
#include "rules/F011_too_many_rows/rule.hpp"

#include "engine/rule_context.hpp"

namespace cerslint::rules::f011 {
namespace {

constexpr std::uint64_t kMaxRows = 100000;

class TooManyRows final : public engine::Rule {
 public:
  // Called only when the school changes: counting school blocks costs nothing per row.
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(engine::Column::kSchool)};
  }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext&) override {
    where_ = engine::RuleContext::locate(header, -1);
  }

  void on_row(const engine::Row&, engine::RuleContext&) override { ++schools_; }

  void on_end(engine::RuleContext& ctx) override {
    const std::uint64_t rows = ctx.file().records;
    if (rows <= kMaxRows) return;
    ctx.report_at(
        kMeta, where_,
        [&](std::string& out) {
          engine::append_format(out,
                         "File has {} data rows, more than {}: CERS may time out (the file lists "
                         "{} school{})",
                         rows, kMaxRows, schools_, schools_ == 1 ? "" : "s");
        },
        "CERS processes uploads of up to about 100 000 rows reliably; bigger files have needed "
        "longer time limits and may fail part way with \"Failed to upload groups to server.\" "
        "Split the file into several smaller files by school (a very big school between two "
        "groups), each with the header line and sorted by school, group and year, and upload "
        "them one after the other. Never split a "
        "group across two files: each upload replaces the whole membership of every group it "
        "lists, so the second file would remove the students of the first.");
  }

 private:
  engine::Location where_{0, 1, 1, 0};
  std::uint64_t schools_ = 0;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<TooManyRows>(); }

}  // namespace cerslint::rules::f011
