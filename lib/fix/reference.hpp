// `cerslint fix --reference OLD.csv`: values Excel destroyed (a school id or SSID saved in
// scientific notation, an SSID that lost a digit) cannot be recovered from the damaged file, but
// an earlier good copy (the previous upload, `git show HEAD:groups.csv`) usually has them. Rows
// are matched on the other columns; a value is restored only when exactly one candidate in the
// reference agrees with every digit that survived. Each restoration is logged; anything else is
// left for a person.
#pragma once

#include <memory>
#include <string>

#include "engine/fix_api.hpp"
#include "util/result.hpp"

namespace cerslint::fix {

class Reference {
 public:
  // Reads OLD.csv (any column order; UTF-8). Memory grows with the reference's size.
  static Result<Reference> load(const std::string& path);

  // Restores the school id and the SSID of `row` where they are damaged and the reference has
  // exactly one consistent value; logs each restoration under S001 / N002 / N003.
  void restore(engine::EditRow& row, engine::FixContext& ctx) const;

  Reference(Reference&&) noexcept;
  Reference& operator=(Reference&&) noexcept;
  ~Reference();

 private:
  struct Index;
  explicit Reference(std::unique_ptr<Index> index);
  std::unique_ptr<Index> index_;
};

// Whether `candidate` (all digits) is what Excel would show as `damaged` in scientific notation
// ("1.61176E+12" for 1611760134452: same length, mantissa equal after rounding). Exposed for
// tests.
bool matches_scientific(std::string_view damaged, std::string_view candidate);
// Whether deleting exactly one digit of `candidate` gives `damaged` (a digit lost in typing or
// a leading zero dropped by Excel).
bool lost_one_digit(std::string_view damaged, std::string_view candidate);

}  // namespace cerslint::fix
