#include "fix/name_scan.hpp"

#include <algorithm>

#include "reader/csv_reader.hpp"
#include "text/java_text.hpp"
#include "util/hash_list.hpp"
#include "values/group_name.hpp"
#include "values/text_fix.hpp"

namespace cerslint::fix {

Result<engine::NamesInFile> scan_names(const std::string& path, const engine::ColumnMap& map) {
  auto input = reader::Input::open(path);
  if (!input) return input.error();
  reader::CsvReader csv(std::move(input).value());
  engine::NamesInFile out;
  if (csv.next() == nullptr) return out;  // the header
  const int column = map.index[static_cast<std::size_t>(engine::Column::kGroupName)];
  const int school_column = map.index[static_cast<std::size_t>(engine::Column::kSchool)];
  std::vector<std::uint64_t>& names = out.names;
  std::string scratch, plain, no_emoji, slashed, plain_slashed;
  std::string last, last_school;
  bool have_last = false;
  while (const reader::Record* r = csv.next()) {
    if (column < 0 || static_cast<std::size_t>(column) >= r->size()) continue;
    const std::string_view name = r->value(static_cast<std::size_t>(column));
    const std::string_view school =
        school_column >= 0 && static_cast<std::size_t>(school_column) < r->size()
            ? r->value(static_cast<std::size_t>(school_column))
            : std::string_view();
    if (have_last && name == last && school == last_school) continue;  // rows of one group come together
    last.assign(name);
    last_school.assign(school);
    have_last = true;
    // A name is taken as written and as G003 (no guard: it rightly makes look-alike spellings
    // one group) may write it, invisible characters out and look-alike letters plain. True when
    // G003 would change it (`plain_out` then holds that form).
    const auto take = [&](std::string_view n, std::string& plain_out) {
      util::add_hash(names, values::group_name_fold_hash(n, scratch));
      const std::uint64_t plain_fold = values::plain_fold_hash(n, plain_out, scratch);
      if (plain_fold != 0) util::add_hash(names, plain_fold);
      return plain_fold != 0;
    };
    const bool has_plain = take(name, plain);
    // F007 (unsafe) writes a backslash as '/', before G003 and the renaming rules: `Period 4\`
    // is then `Period 4/`, a name G007 must not give `@Period 4/` (found by fuzz_fix: the two
    // groups merged). A name taken in vain only keeps a rename back, as a second run would.
    if (values::replace_backslashes(name, slashed)) take(slashed, plain_slashed);
    // G004's evidence: a section code as the name reads, or once G001, G003, G006 or G007
    // repaired it (the next run would read it so). More evidence than a run ends up using is
    // harmless: a date it renames is no date in the next run.
    const bool no_outside_bmp = values::remove_outside_bmp(has_plain ? plain : name, no_emoji);
    const std::string_view repaired = no_outside_bmp ? std::string_view(no_emoji)
                                      : has_plain    ? std::string_view(plain)
                                                     : name;
    const auto section_code = [](std::string_view n) {
      n = text::strip(n);
      return values::looks_like_section_code(n) ||
             values::looks_like_section_code(values::without_formula_prefix(n));
    };
    if (section_code(name) || section_code(repaired)) {
      util::add_hash(out.section_schools, values::section_evidence_school(school));
    }
  }
  if (csv.error()) return *csv.error();
  util::sort_unique(names);
  util::sort_unique(out.section_schools);
  return out;
}

}  // namespace cerslint::fix
