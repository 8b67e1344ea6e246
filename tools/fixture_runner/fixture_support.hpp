// Shared pieces of the fixture runner: locating the source tree, running a file through the
// engine with a fixed configuration, and rendering findings in the concise fixture format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "engine/runner.hpp"

namespace cerslint::fixtures {

std::filesystem::path source_dir();
std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& content);
// CERSLINT_UPDATE_FIXTURES=1 rewrites expectations instead of comparing (review the diff!).
bool update_mode();

// The configuration fixtures are written against: the embedded directory, years 2015-2027
// (fixed, so tests do not depend on today's date), subjects Math, ELA, ELPAC.
// "Today" for fixtures: the 2026-27 school year, so "year far from now" does not drift.
inline constexpr std::int32_t kFixedCurrentYear = 2027;

struct FixedConfig {
  directory::PermittedSchools schools = directory::PermittedSchools::from_embedded_directory();
  cers::Config config;
  FixedConfig();
};

struct FixtureRun {
  engine::FileReport report;
  std::string text;     // text reporter output, no colour, file shown by its name only
  std::string concise;  // "line:col: CODE [row N] message" per finding
};

// Runs `file`; `only_code` limits `concise` to one rule's findings (empty: all).
// `reading_thread`: check with engine::CheckOptions::reading_thread, in batches of a few
// records, to show it changes nothing.
FixtureRun run_file(const std::filesystem::path& file, const cers::Config& config,
                    const std::string& only_code = {}, bool reading_thread = false);

// The structured formats of `file` as `cerslint check --format F` prints them for that one file
// (findings in file order), with the file shown by its name only, a fixed tool version and
// docs URI (kFixtureVersion, kFixtureDocsUri) so goldens do not change with releases.
inline constexpr const char* kFixtureVersion = "0.0.0-fixture";
inline constexpr const char* kFixtureDocsUri = "file:///usr/share/doc/cerslint/rules/";
struct FormatRun {
  std::string json, json_lines, sarif, github;
};
FormatRun run_formats(const std::filesystem::path& file, const cers::Config& config);

// The fix modes a fixture can show, each with its expected-output suffix.
enum class FixMode {
  kSafe,        // bad_X.fixed.csv
  kUnsafe,      // bad_X.unsafe-fixed.csv (--unsafe-fixes)
  kNeutralize,  // bad_X.neutralized.csv (--neutralize-formulas, G007)
};
std::string_view expected_suffix(FixMode mode);

// Runs `cerslint fix` on `file` in memory in `mode`, limited to one rule when `only_code` is
// set. Returns the repaired bytes (the input's when nothing changed), or
// "ERROR: <message>" when the fixer refused.
struct FixRun {
  std::string output;
  bool changed = false;
  std::string error;  // empty on success
};
FixRun run_fix(const std::filesystem::path& file, const cers::Config& config,
               const std::string& only_code, FixMode mode);

// Compares (or, in update mode, rewrites) an expectation file; returns a gtest-style message.
::testing::AssertionResult matches_expectation(const std::filesystem::path& expected_file,
                                               const std::string& actual);

std::vector<std::filesystem::path> list_files(const std::filesystem::path& dir,
                                              const std::string& prefix,
                                              const std::string& suffix);

// A readable test name from a path: letters, digits and '_' only.
std::string test_name(const std::string& s);

}  // namespace cerslint::fixtures
