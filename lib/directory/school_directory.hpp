// The CDE school directory compiled into the binary, and the permitted-school list that stands in
// for CERS's per-uploader organisation list. Lookups are exact on the 14-character CDS code text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace cerslint::directory {

// What the directory snapshots say about one CDS code (see lib/directory/data/SOURCE.md).
enum class SchoolStatus : std::uint8_t {
  kUnknown,         // in no snapshot
  kActivePublic,    // active public school (2026-04-06 export)
  kPendingPublic,   // pending public school (opens soon)
  kDistrictOffice,  // district / county office record (school part 0000000)
  kPrivate,         // private school (Public = N), including county 77 out-of-state nonpublic
  kClosed,          // not active now; Closed in the 2018 or 2021 public-schools file
  kMerged,          // not active now; Merged in the 2018 or 2021 public-schools file
  kFormerlyActive,  // not active now, but Active/Pending in an older snapshot (closed since)
};

struct SchoolInfo {
  SchoolStatus status = SchoolStatus::kUnknown;
  std::string_view name;  // school name when a snapshot has one; static storage; may be empty
};

// Looks up a 14-character CDS code in the embedded snapshots. Any other text gives kUnknown.
SchoolInfo lookup_school(std::string_view cds_code);

// Number of codes the embedded directory permits by default (active + pending public schools).
std::size_t default_permitted_count();

// The set of school ids CERS would accept for this uploader: exact, case-sensitive text match.
class PermittedSchools {
 public:
  // Active and pending public schools from the embedded directory (not district offices, not
  // private schools).
  static PermittedSchools from_embedded_directory();
  // A file with one code per line (blank lines and '#' comments ignored), or a tab-separated CDE
  // directory / pubschls.txt export with a CDSCode column (detected from its header; then only
  // active and pending rows are taken when a StatusType column exists).
  static Result<PermittedSchools> from_file(const std::string& path);
  // An explicit list (tests, configuration).
  static PermittedSchools from_list(const std::vector<std::string>& codes);

  bool contains(std::string_view code) const;
  std::size_t size() const;

  PermittedSchools();
  ~PermittedSchools();
  PermittedSchools(PermittedSchools&&) noexcept;
  PermittedSchools& operator=(PermittedSchools&&) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cerslint::directory
