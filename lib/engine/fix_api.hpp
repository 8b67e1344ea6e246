// What a rule folder provides to `cerslint fix`: a row-level repair. The fixer turns each data
// record into an EditRow (the six CERS columns in CERS order, owned), runs the selected rules'
// RowFix objects over it in registry order, then writes it. Structural repairs (encoding, line
// endings, header, row order, duplicate rows, group splits) belong to the fixer itself (lib/fix).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/row.hpp"
#include "engine/rule_context.hpp"
#include "engine/rule_meta.hpp"
#include "values/rename_book.hpp"

namespace cerslint::engine {

struct EditRow {
  std::array<std::string, kColumnCount> values;  // CERS column order
  std::vector<std::string> extra;                 // columns past the six, kept as they were
  std::uint64_t source_row = 0;                   // CERS row number in the input
  std::uint64_t source_line = 0;                  // physical line in the input
  bool drop = false;  // removed by a fix (always logged: the fixer never drops silently)

  std::string& operator[](Column c) { return values[static_cast<int>(c)]; }
  const std::string& operator[](Column c) const { return values[static_cast<int>(c)]; }
};

// One repair as reported to the person running `fix`.
struct AppliedFix {
  const RuleMeta* rule = nullptr;
  std::uint64_t row = 0;   // input CERS row (0: the header or the whole file)
  std::uint64_t line = 0;  // input physical line
  std::string_view description;  // "school id 1611766056923 -> 01611766056923"
};

class FixLog {
 public:
  virtual ~FixLog() = default;
  virtual void applied(const AppliedFix& fix) = 0;
};

// What the fixer reads of the whole file before its rows (fix::scan_names), when a renaming fix
// (G004, G006, G007) may apply: rows come in file order, and a rename decided on what came
// before would change when rows move (a second run would decide differently).
struct NamesInFile {
  // The fold hashes (values::group_name_fold_hash) of every group name, and of each name as
  // G003 writes it; sorted, unique.
  std::vector<std::uint64_t> names;
  // The schools (values::section_evidence_school) with a section-code name ("5-2"), G004's
  // evidence that a date-shaped name was a section code; sorted, unique.
  std::vector<std::uint64_t> section_schools;
};

class FixContext {
 public:
  // `renames`: where the renaming rules note what they did (the fixer reads it after the run);
  // null: the context's own.
  FixContext(FixLog& log, const LintSettings& settings, bool unsafe,
             bool neutralize_formulas = false, const NamesInFile* names_in_file = nullptr,
             values::RenameBook* renames = nullptr)
      : log_(log),
        settings_(settings),
        unsafe_(unsafe),
        neutralize_formulas_(neutralize_formulas),
        file_(names_in_file),
        renames_(renames != nullptr ? renames : &own_renames_) {}
  FixContext(const FixContext&) = delete;  // renames_ may point into itself
  FixContext& operator=(const FixContext&) = delete;
  const LintSettings& settings() const { return settings_; }
  bool unsafe_allowed() const { return unsafe_; }
  // --neutralize-formulas: G007 puts an apostrophe in front instead of removing the prefix.
  bool neutralize_formulas() const { return neutralize_formulas_; }
  // The fold hashes of every group name in the file, sorted (NamesInFile::names), when a
  // renaming fix may apply; empty otherwise. Renames check their new name against it.
  std::span<const std::uint64_t> names_in_file() const {
    return file_ == nullptr ? std::span<const std::uint64_t>() : std::span<const std::uint64_t>(file_->names);
  }
  // The whole scan, or nullptr when there is none (unit tests, or no renaming fix allowed).
  const NamesInFile* file_names() const { return file_; }
  // What the renaming fixes did in this run (their new names, so two rules never rename two
  // groups to one name; their refusals; the names rows ended with).
  values::RenameBook& renames() { return *renames_; }

  // Logs a repair of `row`; `describe` appends a short "before -> after" to a std::string&.
  template <typename Describe>
  void applied(const RuleMeta& meta, const EditRow& row, Describe&& describe) {
    text_.clear();
    std::forward<Describe>(describe)(text_);
    log_.applied(AppliedFix{&meta, row.source_row, row.source_line, text_});
  }
  // The common tail of a value repair: logs `<column> "before" -> "after"` and replaces the value.
  void replace(const RuleMeta& meta, EditRow& row, Column column, std::string value) {
    std::string& current = row[column];
    applied(meta, row, [&](std::string& out) {
      out.append(kColumnNames[static_cast<int>(column)]).append(" \"").append(current);
      out.append("\" -> \"").append(value).append("\"");
    });
    current = std::move(value);
  }
  void applied_at(const RuleMeta& meta, std::uint64_t row, std::uint64_t line,
                  std::string_view description) {
    log_.applied(AppliedFix{&meta, row, line, description});
  }

 private:
  FixLog& log_;
  LintSettings settings_;
  bool unsafe_;
  bool neutralize_formulas_;
  const NamesInFile* file_;
  values::RenameBook own_renames_;
  values::RenameBook* renames_;
  std::string text_;
};

// A rule's repair of one row. It may change values, set `row.drop`, or append rows to `more`
// (one cell split into several rows; each copy keeps the other columns). It must be idempotent
// (its own output needs no change) and never guess: what the file cannot tell is left alone.
class RowFix {
 public:
  virtual ~RowFix() = default;
  virtual void fix(EditRow& row, std::vector<EditRow>& more, FixContext& ctx) = 0;
  // Fixes run in registry order within their stage, stages in order. A fix that judges a value
  // as the other fixes leave it comes later: G004 reads the group name once G007 removed a
  // formula character (`@45414` is the date serial 45414), F008 removes a row left empty.
  enum class Stage { kFirst, kAfterValueRepairs, kLast };
  virtual Stage stage() const { return Stage::kFirst; }
};
using RowFixFactory = std::unique_ptr<RowFix> (*)();

}  // namespace cerslint::engine
