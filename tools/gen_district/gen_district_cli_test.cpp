// gen_district --damage-kinds: only the named mistakes are written, and with --damage 1.0 every
// row they apply to gets one. The clean content comes from its own random stream, so a damaged
// file lines up row by row with the clean file of the same seed and the difference of each row
// is exactly its mistake.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>  // WIFEXITED
#include <unistd.h>    // getpid

#include "reader/csv_reader.hpp"

namespace {

namespace fs = std::filesystem;

using Rows = std::vector<std::vector<std::string>>;

struct Generated {
  int exit_code = -1;
  std::string out;  // the generated file
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Generated generate(const std::string& options) {
  const fs::path dir = fs::temp_directory_path();
  const std::string stem = "gen_district_cli_test_" + std::to_string(::getpid());
  const fs::path out = dir / (stem + ".csv"), err = dir / (stem + ".err");
  const std::string cmd = std::string("'") + GEN_DISTRICT_BINARY + "' " + options + " -o '" +
                          out.string() + "' 2>'" + err.string() + "'";
  Generated run;
  const int status = std::system(cmd.c_str());
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(out);
  run.err = slurp(err);
  fs::remove(out);
  fs::remove(err);
  return run;
}

Rows parse(const std::string& csv) {
  Rows rows;
  auto reader = cerslint::reader::CsvReader::from_memory(csv);
  while (const auto* record = reader.next()) {
    std::vector<std::string> row;
    for (std::size_t i = 0; i < record->size(); ++i) row.emplace_back(record->value(i));
    rows.push_back(std::move(row));
  }
  EXPECT_FALSE(reader.error().has_value());
  return rows;
}

constexpr int kSchool = 1, kYear = 2, kSsid = 4;

TEST(GenDistrict, OneDamageKindOnEveryRow) {
  const Generated clean = generate("--rows 400 --seed 3");
  const Generated damaged =
      generate("--rows 400 --seed 3 --damage 1.0 --damage-kinds school-scientific");
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  ASSERT_EQ(damaged.exit_code, 0) << damaged.err;
  const Rows a = parse(clean.out), b = parse(damaged.out);
  ASSERT_EQ(a.size(), 401u);
  ASSERT_EQ(b.size(), a.size());
  EXPECT_EQ(b[0], a[0]) << "the header";
  const std::regex scientific(R"(\d\.\d+E\+1[23])");
  for (std::size_t r = 1; r < a.size(); ++r) {
    SCOPED_TRACE("row " + std::to_string(r));
    ASSERT_EQ(b[r].size(), a[r].size());
    EXPECT_TRUE(std::regex_match(b[r][kSchool], scientific)) << b[r][kSchool];
    for (std::size_t c = 0; c < a[r].size(); ++c) {
      if (c != kSchool) {
        EXPECT_EQ(b[r][c], a[r][c]) << "column " << c;
      }
    }
  }
}

// Two kinds: each row gets exactly one of them, and a user row (no SSID to damage) always gets
// the year mistake, the only one of the two that applies to it.
TEST(GenDistrict, EachRowGetsOneOfTheChosenKinds) {
  const Generated clean = generate("--rows 300 --seed 5");
  const Generated damaged =
      generate("--rows 300 --seed 5 --damage 1 --damage-kinds ssid-scientific,year-decimal");
  ASSERT_EQ(damaged.exit_code, 0) << damaged.err;
  const Rows a = parse(clean.out), b = parse(damaged.out);
  ASSERT_EQ(b.size(), a.size());
  int years = 0, ssids = 0;
  for (std::size_t r = 1; r < a.size(); ++r) {
    SCOPED_TRACE("row " + std::to_string(r));
    const bool year = b[r][kYear] != a[r][kYear], ssid = b[r][kSsid] != a[r][kSsid];
    EXPECT_NE(year, ssid) << "exactly one mistake";
    if (year) {
      EXPECT_EQ(b[r][kYear], a[r][kYear] + ".0");
    }
    if (a[r][kSsid].empty()) {
      EXPECT_TRUE(year) << "a user row";
    }
    for (std::size_t c = 0; c < a[r].size(); ++c) {
      if (c != kYear && c != kSsid) {
        EXPECT_EQ(b[r][c], a[r][c]) << "column " << c;
      }
    }
    years += year;
    ssids += ssid;
  }
  EXPECT_GT(years, 0);
  EXPECT_GT(ssids, 0);
}

TEST(GenDistrict, UnknownDamageKindIsAUsageError) {
  const Generated run = generate("--rows 10 --damage 1 --damage-kinds school-scientific,nope");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown mistake \"nope\""), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("group-name-date"), std::string::npos) << "lists the names: " << run.err;
}

}  // namespace
