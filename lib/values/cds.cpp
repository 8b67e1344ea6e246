// CDS code classification: shape first (cheap byte checks), then the directory, then the
// patterns and check digits that tell a probable typo from a code the snapshots never had.
#include "values/cds.hpp"

#include <cstring>

#include "values/syu_chars.hpp"
#include "values/values.hpp"

namespace cerslint::values {

bool valid_county(std::string_view c) {
  if (c.size() != 2 || !is_ascii_digits(c)) return false;
  const int n = (c[0] - '0') * 10 + (c[1] - '0');
  return n >= 1 && n <= 58;
}

std::optional<std::array<char, 14>> cds_without_separators(std::string_view code) {
  std::array<char, 14> out{};
  std::size_t n = 0;
  bool separator = false;
  for (char c : code) {
    if (c >= '0' && c <= '9') {
      if (n == out.size()) return std::nullopt;
      out[n++] = c;
    } else if (c == '-' || c == ' ' || c == '.') {
      separator = true;
    } else {
      return std::nullopt;
    }
  }
  if (n != out.size() || !separator) return std::nullopt;
  return out;
}

namespace {

CdsVerdict classify_uncached(std::string_view raw, SchoolLookup lookup) {
  using directory::SchoolStatus;
  CdsVerdict v;
  // Fast path: a plain 14-digit code needs no trimming.
  const bool plain = raw.size() == 14 && is_ascii_digits(raw);
  v.code = plain ? raw : strip_spaces_and_invisibles(raw);
  v.surrounding_spaces = v.code.size() != raw.size();
  const std::string_view code = v.code;
  if (code.empty()) {
    v.problem = CdsProblem::kBlank;
    return v;
  }
  if (!plain) {
    if (is_scientific_notation(code)) {
      v.problem = CdsProblem::kScientific;
      return v;
    }
    if (code.size() == 13 && is_ascii_digits(code)) {
      std::array<char, 14> padded{};
      padded[0] = '0';
      for (std::size_t i = 0; i < 13; ++i) padded[i + 1] = code[i];
      const directory::SchoolInfo info = lookup(std::string_view(padded.data(), padded.size()));
      if (info.status != SchoolStatus::kUnknown) {
        v.problem = CdsProblem::kLeadingZeroDropped;
        v.school = info;
        return v;
      }
    }
    if (!is_ascii_digits(code)) {
      v.problem = CdsProblem::kNonDigits;
      return v;
    }
    if (code.size() != 14) {
      v.problem = CdsProblem::kWrongLength;
      return v;
    }
  }
  v.school = lookup(code);
  switch (v.school.status) {
    case SchoolStatus::kActivePublic:
    case SchoolStatus::kPendingPublic:
      v.problem = CdsProblem::kNone;
      return v;
    case SchoolStatus::kDistrictOffice:
      v.problem = CdsProblem::kDistrictOffice;
      return v;
    case SchoolStatus::kPrivate:
      v.problem = CdsProblem::kPrivate;
      return v;
    case SchoolStatus::kClosed:
    case SchoolStatus::kMerged:
    case SchoolStatus::kFormerlyActive:
      v.problem = CdsProblem::kClosedOrMerged;
      return v;
    case SchoolStatus::kUnknown:
      break;
  }
  // Unknown to every snapshot: explain by pattern where CDE's conventions allow.
  const std::string_view county = code.substr(0, 2);
  const std::string_view district = code.substr(2, 5);
  const std::string_view school = code.substr(7);
  if (county == "77") {
    v.problem = CdsProblem::kPrivate;  // CDE's out-of-state nonpublic schools
    return v;
  }
  if (!valid_county(county)) {
    v.problem = CdsProblem::kInvalidCounty;
    return v;
  }
  if (school == "0000000") {
    v.problem = CdsProblem::kDistrictOffice;
    return v;
  }
  if (school == "0000001" || school == "0000002") {
    v.problem = CdsProblem::kPrivate;  // generic nonpublic school / private school placeholder
    return v;
  }
  if (!luhn_valid(district)) v.failing_parts |= kDistrictPart;
  if (!luhn_valid(school)) v.failing_parts |= kSchoolPart;
  v.problem = v.failing_parts != 0 ? CdsProblem::kCheckDigit : CdsProblem::kNotInDirectory;
  return v;
}

// The last value classified, per thread. Ten S-rules classify the same school cell one after
// another whenever it changes, and on a file of damaged ids it changes on most rows: one memo
// turns ten directory searches into one search and nine short compares. Keyed by the bytes, not
// the view (the reader reuses its buffer), and by the lookup: each lookup is a fixed directory.
struct CdsMemo {
  SchoolLookup lookup = nullptr;
  char raw[32];
  std::size_t size = 0;
  CdsVerdict verdict;
  std::size_t code_at = 0;  // where verdict.code starts in raw (a view into the caller's value)
};
thread_local CdsMemo memo;

}  // namespace

CdsVerdict classify_cds(std::string_view raw, SchoolLookup lookup) {
  if (raw.size() > sizeof memo.raw) return classify_uncached(raw, lookup);
  // (An absent column is an empty view with no data: memcmp must not see its null pointer.)
  if (memo.lookup == lookup && memo.size == raw.size() &&
      (raw.empty() || std::memcmp(memo.raw, raw.data(), raw.size()) == 0)) {
    CdsVerdict v = memo.verdict;
    v.code = raw.substr(memo.code_at, v.code.size());
    return v;
  }
  CdsVerdict v = classify_uncached(raw, lookup);
  memo.lookup = lookup;
  memo.size = raw.size();
  if (!raw.empty()) std::memcpy(memo.raw, raw.data(), raw.size());
  memo.verdict = v;
  memo.code_at = v.code.empty() ? 0 : static_cast<std::size_t>(v.code.data() - raw.data());
  return v;
}

}  // namespace cerslint::values
