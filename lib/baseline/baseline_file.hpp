// The cerslint-baseline.json file (docs/baseline.md): a version and a sorted list of entries,
// one per line so a change shows as a small diff. Messages are never stored: only the key
// fields needed to recognise a finding.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "baseline/entry.hpp"
#include "output/atomic_file.hpp"
#include "util/result.hpp"

namespace cerslint::baseline {

inline constexpr std::string_view kFileName = "cerslint-baseline.json";
inline constexpr int kFormatVersion = 1;

// Entries as written: sorted by (file, rule, school, year, group, member), one per key (counts
// of repeated keys added up), none with a count of 0.
std::vector<Entry> normalized(std::vector<Entry> entries);

// The file's text for `entries` (normalized first): deterministic, so writing the same findings
// twice gives the same bytes.
std::string format_baseline(std::vector<Entry> entries);

// Reads a baseline; `path` is only used in messages. A wrong shape is an Error naming what is
// wrong, never a crash.
Result<std::vector<Entry>> parse_baseline(std::string_view json, const std::string& path);
Result<std::vector<Entry>> read_baseline(const std::string& path);

// Writes atomically (lib/output/atomic_file): readers see the old file or the new one.
// `expected`: the identity of the baseline when it was read, if it existed: the new file keeps
// its permissions, and nothing is written if someone changed it meanwhile. A new file is
// readable by its owner only (it names students).
std::optional<Error> write_baseline(const std::string& path, std::vector<Entry> entries,
                                    const std::optional<output::FileIdentity>& expected);

// `old` with the entries of `checked` files replaced by `fresh`: writing a baseline for some
// files keeps what it holds for the others.
std::vector<Entry> replace_files(std::vector<Entry> old, const std::set<std::string>& checked,
                                 std::vector<Entry> fresh);

}  // namespace cerslint::baseline
