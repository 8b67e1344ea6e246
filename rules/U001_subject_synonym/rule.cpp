// U001: a subject CERS rejects that was meant to be one of its codes: a synonym (Mathematics),
// a code with invisible characters (Math + no-break space) or one letter off (Maht). Runs once
// per change of the subject value.
#include "rules/U001_subject_synonym/rule.hpp"

#include "cers/accepted_subjects.hpp"
#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "util/hash.hpp"
#include "util/recent_answers.hpp"
#include "values/subject.hpp"
#include "values/values.hpp"

namespace cerslint::rules::u001 {
namespace {

using engine::Column;

// The configured subject codes and CERS's test of a subject against them.
class SubjectCodes {
 public:
  void load(const cers::Config* config) {
    codes_.clear();
    if (config != nullptr) codes_ = config->subjects;
    accepted_ = cers::AcceptedSubjects(codes_);
  }
  const std::vector<std::string>& codes() const { return codes_; }
  // What the CERS validator accepts (the same test).
  bool accepted(std::string_view stripped) { return accepted_.contains(stripped); }

 private:
  std::vector<std::string> codes_;
  cers::AcceptedSubjects accepted_;
};

class SubjectSynonym final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override {
    return {.columns = engine::bit(Column::kSubject)};
  }

  void on_header(const reader::Record&, const engine::ColumnMap&, engine::RuleContext& ctx) override {
    codes_.load(ctx.settings().cers);
    suggestions_ = {};
    std::string list;
    for (const std::string& c : codes_.codes()) list += c + ", ";
    hint_ = "CERS accepts only the subject codes " + list +
            "ALL or a blank (any letter case) and rejects the file (\"Invalid subject\"). "
            "`cerslint fix --unsafe-fixes` writes the suggested code; check that it is the "
            "subject you meant.";
    invisible_hint_ =
        "The subject contains a character you cannot see (often pasted from a web page, e-mail "
        "or PDF), so CERS does not recognise the code and rejects the file (\"Invalid "
        "subject\"). `cerslint fix --unsafe-fixes` removes it. In Excel, retype the cell or use "
        "Find & Replace; TRIM does not remove no-break spaces.";
  }

  void on_row(const engine::Row& row, engine::RuleContext& ctx) override {
    const std::string_view raw = row.value(Column::kSubject);
    const std::string_view stripped = text::strip(raw);
    if (stripped.empty()) return;
    const auto s = suggestions_.get(hash64(stripped), [&]() -> Suggestion {
      if (codes_.accepted(stripped)) return std::nullopt;
      return values::suggest_subject(stripped, codes_.codes(), scratch_);
    });
    if (!s) return;
    if (s->reason == values::SubjectMiss::kInvisible) {
      const auto suspect = values::first_suspect_char(stripped);
      ctx.report(
          kMeta, row, Column::kSubject,
          [&](std::string& out) {
            engine::append_format(out, "Subject \"{}\" is {} with ", raw, s->code);
            if (suspect) {
              engine::append_format(out, "a {} ({})", suspect->name,
                             values::code_point_label(suspect->code_point));
            } else {
              out += "an invisible character";
            }
            out += " in it";
          },
          invisible_hint_);
      return;
    }
    ctx.report(
        kMeta, row, Column::kSubject,
        [&](std::string& out) {
          engine::append_format(out,
                         "Subject \"{}\" is not a CERS subject code; did you mean {}?", stripped,
                         s->code);
        },
        hint_);
  }

 private:
  using Suggestion = std::optional<values::SubjectSuggestion>;
  SubjectCodes codes_;
  // The answer for the last few subjects (nullopt: accepted, or nothing near it). A damaged
  // file's subjects change on nearly every row but cycle through a few spellings; an answer
  // may take ICU (non-ASCII) and an edit distance to every code.
  util::RecentAnswers<Suggestion> suggestions_;
  std::string scratch_;
  std::string hint_;
  std::string invisible_hint_;
};

// Writes the suggested code (where U001 fires: CERS rejects the subject and exactly one code
// is near it). Remembers the last subject that needed nothing, so a group costs one check.
class SuggestedSubject final : public engine::RowFix {
 public:
  void fix(engine::EditRow& row, std::vector<engine::EditRow>& more,
           engine::FixContext& ctx) override {
    (void)more;
    if (!loaded_) {
      codes_.load(ctx.settings().cers);
      loaded_ = true;
    }
    std::string& value = row[Column::kSubject];
    if (value == fine_) return;
    const std::string_view stripped = text::strip(value);
    const auto s = stripped.empty() || codes_.accepted(stripped)
                       ? std::nullopt
                       : values::suggest_subject(stripped, codes_.codes(), scratch_);
    if (!s) {
      fine_.assign(value);
      return;
    }
    ctx.replace(kMeta, row, Column::kSubject, std::string(s->code));
  }

 private:
  SubjectCodes codes_;
  bool loaded_ = false;
  std::string fine_;
  std::string scratch_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<SubjectSynonym>(); }

std::unique_ptr<engine::RowFix> make_fix() { return std::make_unique<SuggestedSubject>(); }

}  // namespace cerslint::rules::u001
