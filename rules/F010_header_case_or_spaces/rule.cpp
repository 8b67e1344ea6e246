// F010: header names that are CERS's names only after folding case or removing surrounding
// spaces (or a stray byte order mark), and the six names in another order. CERS ignores letter
// case, but compares names untrimmed and in order, so spaces and order make it reject the file
// (C004 says "Invalid headers"; this rule says which name and what it should be).
#include "rules/F010_header_case_or_spaces/rule.hpp"

#include <optional>

#include "engine/rule_context.hpp"
#include "values/encoding.hpp"
#include "values/file_format.hpp"

namespace cerslint::rules::f010 {
namespace {

using values::kCersHeader;

class HeaderCaseOrSpaces final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {}; }

  void on_header(const reader::Record& header, const engine::ColumnMap&,
                 engine::RuleContext& ctx) override {
    const reader::Bom bom = ctx.file().bom;
    if (values::file_is_utf16(bom == reader::Bom::kUtf16Le || bom == reader::Bom::kUtf16Be,
                              header.raw(), header.offset())) {
      return;
    }
    const std::size_t n = std::min<std::size_t>(header.size(), engine::kColumnCount);
    std::array<int, engine::kColumnCount> found = {-1, -1, -1, -1, -1, -1};
    std::array<std::optional<values::HeaderNameIssue>, engine::kColumnCount> issues;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view name = header.value(i);
      // A name holding a line break is F006's (one cause, one finding).
      if (name.find_first_of("\r\n") == std::string_view::npos) {
        issues[i] = values::header_name_issue(name);
      }
      found[i] = issues[i] ? issues[i]->column : values::cers_name_ignoring_case(name);
    }
    if (all_six_out_of_order(found)) report_order(header, found, ctx);
    for (std::size_t i = 0; i < n; ++i) {
      if (issues[i]) report_name(header, i, *issues[i], ctx);
    }
  }

 private:
  // All six names present (however written) but not in CERS's order.
  static bool all_six_out_of_order(const std::array<int, engine::kColumnCount>& found) {
    std::array<bool, engine::kColumnCount> seen{};
    bool in_order = true;
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (found[i] < 0 || seen[static_cast<std::size_t>(found[i])]) return false;
      seen[static_cast<std::size_t>(found[i])] = true;
      if (found[i] != static_cast<int>(i)) in_order = false;
    }
    return !in_order;
  }

  void report_order(const reader::Record& header, const std::array<int, engine::kColumnCount>& found,
                    engine::RuleContext& ctx) {
    ctx.report(
        kMeta, header, 0,
        [&](std::string& out) {
          out += "Header has the six CERS names in another order (";
          for (std::size_t i = 0; i < found.size(); ++i) {
            if (i > 0) out += ',';
            out += kCersHeader[static_cast<std::size_t>(found[i])];
          }
          out += "); CERS requires group_name,school_natural_id,school_year,subject_code,"
                 "student_ssid,group_user_login";
        },
        "CERS checks that the first six header names come in its order and rejects the file "
        "otherwise (\"Invalid headers\"), even though every name is there. Move the columns "
        "into the order group_name, school_natural_id, school_year, subject_code, "
        "student_ssid, group_user_login (in Excel: cut a column, right-click the target column "
        "> Insert Cut Cells); or run `cerslint fix`, which reorders them.");
  }

  void report_name(const reader::Record& header, std::size_t i, const values::HeaderNameIssue& issue,
                   engine::RuleContext& ctx) {
    const std::string_view name = header.value(i);
    const std::string_view want = kCersHeader[static_cast<std::size_t>(issue.column)];
    const bool spaces = issue.leading_space || issue.trailing_space;
    const bool bom = name.find("\xEF\xBB\xBF") != std::string_view::npos;
    ctx.report(
        kMeta, header, static_cast<int>(i),
        [&](std::string& out) {
          engine::append_format(out, "Header name \"{}\" should be \"{}\": ", name,
                         want);
          if (!spaces) {
            out += "only the letter case differs, which CERS accepts";
            return;
          }
          if (bom) {
            out += "it has an invisible byte order mark";
          } else {
            out += issue.leading_space && issue.trailing_space ? "it has spaces before and after it"
                   : issue.leading_space                      ? "it has a space before it"
                                                              : "it has a space after it";
          }
          out += issue.case_differs ? " and different letter case; " : "; ";
          out += "CERS compares header names without removing spaces and rejects the file";
        },
        spaces ? "CERS ignores the letter case of header names but not spaces or invisible "
                 "characters, so it rejects the file with \"Invalid headers\" although the name "
                 "looks right. Retype the header cell without spaces (or copy the header line "
                 "from a CERS template); or run `cerslint fix`, which rewrites the header."
               : "CERS accepts header names in any letter case, so this file uploads. Writing "
                 "the names exactly as in the CERS template keeps other tools and people from "
                 "tripping over them; `cerslint fix` rewrites the header.");
  }
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<HeaderCaseOrSpaces>(); }

}  // namespace cerslint::rules::f010
