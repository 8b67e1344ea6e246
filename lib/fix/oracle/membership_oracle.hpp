// Test support shared by fix_property_test and the fix fuzz target: an oracle for "nobody is
// lost" written independently of the fixer, and the fixtures' fixed CERS configuration.
//
// memberships() reads a file's (school, year, group, SSID) and (school, year, group, login)
// memberships after the normalisations `cerslint fix` declares (trimmed values, padded school
// ids, plain years, login addresses out of display names), so input and output can be compared.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cers/validator.hpp"
#include "directory/school_directory.hpp"

namespace cerslint::fix::oracle {

// The fixtures' configuration: embedded directory, years 2015-2027, Math/ELA/ELPAC, "today" in
// the 2026-27 school year.
struct FixtureConfig {
  directory::PermittedSchools schools;
  cers::Config config;  // points at `schools`
  FixtureConfig();
  FixtureConfig(const FixtureConfig&) = delete;
};
const FixtureConfig& fixture_config();
constexpr std::int32_t kFixtureCurrentYear = 2027;

// Any input as UTF-8, independently of the fixer's transcoder: UTF-16 with or without a byte
// order mark, UTF-8, else Windows-1252.
bool valid_utf8(const std::string& s);
std::string as_utf8(const std::string& bytes);
// The input as the fixer read it, for the comparison: a charset the fixer guessed (ICU's
// detector, or UTF-16 without a byte order mark) is taken from `converted_from` (its F001/F002
// log), so a different guess is not taken for a lost member; with a byte order mark, or when the
// fixer kept the bytes as UTF-8, the oracle reads them itself.
std::string read_as_fixer_did(const std::string& bytes, const std::string& converted_from);

// The declared normalisations, kept small and separate from the fixer.
std::string trim(std::string_view s);                       // spaces and invisible characters
std::string normal_year(std::string_view raw);              // `2024-25`, `2025.0` -> `2025`
std::string normal_school(std::string_view raw);            // 13 digits of a known school -> 14
std::vector<std::string> normal_logins(std::string_view raw);  // addresses, lower-cased

struct Memberships {
  std::set<std::string> groups;   // school \x1f year \x1f group
  std::set<std::string> members;  // group key \x1f S|L \x1f ssid or login
  // group key -> the group's login cells, lower-cased, invisible characters out, each followed
  // by \x1f (for lost_or_invented: where an address the model did not read may come from)
  std::map<std::string, std::string> login_text;
};

// `input`: for an output, the input's memberships, so that split parts `X 1`, `X 2` (names that
// are not an input group) count as `X`.
Memberships memberships(const std::string& utf8_text, const Memberships* input = nullptr);

// Memberships without the group name (unsafe fixes may rename groups, never move anybody to
// another school or year), with F007's backslash rewrites applied.
std::set<std::string> without_group(const Memberships& m);

// "" when the output keeps the input's memberships, else what differs (describe_difference).
// SSIDs must be equal. Every login read from the input must be in the output; a login only the
// output has is accepted when it is text of a login cell of the same group in the input (L001
// may split a malformed cell, such as an address outside its brackets, where this model does
// not: that keeps more and invents nothing). renames_allowed: compare without_group (unsafe
// fixes and neutralized formulas may rename groups).
std::string lost_or_invented(const Memberships& in, const Memberships& out, bool renames_allowed);

// Up to ten lost and new keys, readable, for a failure message.
std::string describe_difference(const std::set<std::string>& in, const std::set<std::string>& out);

// The fixer may refuse only files it must not touch: a quote error, a short row, a missing
// column.
bool refusal_allowed(const std::string& message);

}  // namespace cerslint::fix::oracle
