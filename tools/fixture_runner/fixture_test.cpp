// The one fixture runner: discovers every fixture at run time and checks it.
//  - testdata/conformance: the real CERS validator's output (derived/EXPECTED.txt), byte for byte,
//    through the library and through the cerslint binary (stdout and exit code);
//  - rules/*/cases: bad_*.csv must give exactly bad_*.expected for that rule, ok_*.csv nothing;
//  - testdata/golden: full outputs per format (*.text, *.cers, *.json, *.jsonl, *.sarif,
//    *.github; the SARIF rule list, the same for every file, once in sarif_rules.golden).
// CERSLINT_UPDATE_FIXTURES=1 rewrites expectations (never the conformance ones) for review.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <set>

#include "engine/rule.hpp"
#include "report/rule_list.hpp"
#include "tools/fixture_runner/fixture_support.hpp"

namespace fs = std::filesystem;
using namespace cerslint;
using namespace cerslint::fixtures;

namespace {

// ---- Conformance ----------------------------------------------------------------------------

struct ConformanceCase {
  std::string name;
  fs::path file;
  std::vector<std::string> schools;
  cers::Status status;
  std::string text;
};

// Parses EXPECTED.txt: "=== FILE [(note)]" then STATUS=... or UNCAUGHT ..., then the message.
std::vector<ConformanceCase> load_conformance() {
  const fs::path dir = source_dir() / "testdata/conformance/derived";
  std::ifstream in(dir / "EXPECTED.txt");
  std::vector<ConformanceCase> cases;
  std::string line;
  const std::regex head(R"(^=== (\S+)(?: \((.*)\))?$)");
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, head)) {
      ConformanceCase c;
      c.file = dir / m[1].str();
      c.name = test_name(m[1].str());
      std::string note = m[2].str();
      std::string list = "19647336108641,88800120012001,88800120012002";
      if (auto p = note.find("contains only "); p != std::string::npos) {
        list = note.substr(p + 14);
        c.name += "_restricted";
      } else if (auto p2 = note.find("contains "); p2 != std::string::npos) {
        list = note.substr(p2 + 9);
      } else if (auto p3 = note.find("schools: "); p3 != std::string::npos) {
        list = note.substr(p3 + 9);
      }
      for (std::size_t s = 0; s <= list.size();) {
        std::size_t e = list.find(',', s);
        if (e == std::string::npos) e = list.size();
        std::string code = list.substr(s, e - s);
        code.erase(0, code.find_first_not_of(' '));
        if (!code.empty()) c.schools.push_back(code);
        s = e + 1;
      }
      cases.push_back(c);
    } else if (!cases.empty() && line.rfind("# ", 0) != 0) {
      ConformanceCase& c = cases.back();
      if (line.rfind("UNCAUGHT", 0) == 0) {
        c.status = cers::Status::kCrashed;
        c.text = std::string(cers::kCrashText);
      } else if (line.rfind("STATUS=", 0) == 0) {
        c.status = line.find("ACCEPTED") != std::string::npos ? cers::Status::kAccepted
                                                               : cers::Status::kRejected;
      } else if (!line.empty()) {
        c.text += (c.text.empty() ? "" : "\n") + line;
      }
    }
  }
  return cases;
}

const std::vector<ConformanceCase>& conformance_cases() {
  static const std::vector<ConformanceCase> cases = load_conformance();
  return cases;
}

class Conformance : public ::testing::TestWithParam<ConformanceCase> {};

cers::Config conformance_config(const directory::PermittedSchools& schools) {
  cers::Config config;
  config.schools = &schools;
  for (int y = 2016; y <= 2025; ++y) config.years.push_back(y);
  config.subjects = {"Math", "ELA", "ELPAC"};
  return config;
}

TEST(ConformanceSuite, HasAllCases) {
  // EXPECTED.txt holds 66 results; fewer means the parser or the copy lost some.
  EXPECT_EQ(conformance_cases().size(), 66u);
}

TEST_P(Conformance, LibraryVerdictMatchesCers) {
  const ConformanceCase& c = GetParam();
  const auto schools = directory::PermittedSchools::from_list(c.schools);
  const cers::Config config = conformance_config(schools);
  const FixtureRun run = run_file(c.file, config);
  EXPECT_EQ(run.report.verdict.text, c.text);
  EXPECT_EQ(static_cast<int>(run.report.verdict.status), static_cast<int>(c.status));
  const FixtureRun threaded = run_file(c.file, config, {}, true);  // as --jobs on one file
  EXPECT_EQ(threaded.report.verdict.text, c.text);
  EXPECT_EQ(threaded.text, run.text);
}

// The same through the real binary: stdout is exactly the message, exit 0 accepted / 1 not.
TEST_P(Conformance, CliOutputAndExitCode) {
  const ConformanceCase& c = GetParam();
  const fs::path schools_file = fs::temp_directory_path() /
      ("cerslint_schools_" + std::to_string(::getpid()) + "_" + c.name);
  {
    std::ofstream out(schools_file);
    for (const auto& s : c.schools) out << s << "\n";
  }
  const std::string cmd = std::string("'") + CERSLINT_BINARY +
                          "' check --format cers --years 2016-2025 --subjects Math,ELA,ELPAC "
                          "--schools '" + schools_file.string() + "' '" + c.file.string() + "'";
  std::FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int status = pclose(p);
  fs::remove(schools_file);
  EXPECT_EQ(out, c.text + "\n");
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), c.status == cers::Status::kAccepted ? 0 : 1);
}

INSTANTIATE_TEST_SUITE_P(Rdw, Conformance, ::testing::ValuesIn(conformance_cases()),
                         [](const auto& param_info) { return param_info.param.name; });

// ---- Rule cases -----------------------------------------------------------------------------

struct RuleCase {
  std::string code;
  fs::path file;
  bool bad;
};

// bad_X.fixed.csv, bad_X.unsafe-fixed.csv and bad_X.neutralized.csv are expected outputs, not
// cases.
// rules/<CODE>_<name>/ folders (rules/common holds shared headers, not a rule).
bool is_rule_folder(const fs::directory_entry& dir) {
  const std::string name = dir.path().filename().string();
  return dir.is_directory() && name.size() > 5 && std::isupper(static_cast<unsigned char>(name[0])) &&
         std::isdigit(static_cast<unsigned char>(name[1])) && name[4] == '_';
}

bool is_fix_expectation(const fs::path& f) {
  const std::string name = f.filename().string();
  return name.find(".fixed.csv") != std::string::npos ||
         name.find(".unsafe-fixed.csv") != std::string::npos ||
         name.find(".neutralized.csv") != std::string::npos;
}

std::vector<RuleCase> load_rule_cases() {
  std::vector<RuleCase> cases;
  for (const auto& dir : fs::directory_iterator(source_dir() / "rules")) {
    if (!is_rule_folder(dir)) continue;
    const std::string code = dir.path().filename().string().substr(0, 4);
    for (const auto& f : list_files(dir.path() / "cases", "bad_", ".csv")) {
      if (is_fix_expectation(f)) continue;
      cases.push_back({code, f, true});
    }
    for (const auto& f : list_files(dir.path() / "cases", "ok_", ".csv")) {
      cases.push_back({code, f, false});
    }
  }
  std::sort(cases.begin(), cases.end(), [](auto& a, auto& b) { return a.file < b.file; });
  return cases;
}

class RuleCases : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleCases, FindingsMatch) {
  const RuleCase& c = GetParam();
  static const FixedConfig fixed;
  const FixtureRun run = run_file(c.file, fixed.config, c.code);
  // Checking with a reading thread (--jobs on one file) finds the same, in the same order.
  EXPECT_EQ(run_file(c.file, fixed.config, c.code, true).concise, run.concise);
  if (c.bad) {
    EXPECT_FALSE(run.concise.empty()) << c.file << " gives no " << c.code << " finding";
    fs::path expected = c.file;
    expected.replace_extension(".expected");
    EXPECT_TRUE(matches_expectation(expected, run.concise));
  } else {
    EXPECT_EQ(run.concise, "") << c.file << " must give no " << c.code << " finding";
  }
}

// Fix triples: bad_X.csv -> bad_X.fixed.csv (safe fixes), bad_X.unsafe-fixed.csv (with
// --unsafe-fixes) and bad_X.neutralized.csv (with --neutralize-formulas). A lint rule's fixture applies only that rule's fix; a CERS rule's fixture
// applies every fix, because CERS's problems are repaired by the lint rules that name their
// causes (C106's 13-digit id by S002, and so on).
TEST_P(RuleCases, FixedOutputMatches) {
  const RuleCase& c = GetParam();
  static const FixedConfig fixed;
  const std::string only = c.code[0] == 'C' ? std::string() : c.code;
  if (!c.bad) {
    // A file the rule has nothing to say about is never changed by its fix (not even by the
    // unsafe one): ruff's rule that a fix applies only where its rule reports.
    if (c.code[0] == 'C') return;
    // Refusing (a file the fixer cannot safely read, such as one with short rows) is not a
    // change either.
    for (const FixMode mode : {FixMode::kUnsafe, FixMode::kNeutralize}) {
      const FixRun run = run_fix(c.file, fixed.config, only, mode);
      EXPECT_FALSE(run.changed) << c.file << " is changed by " << c.code << "'s fix ("
                                << expected_suffix(mode) << "):\n" << run.output;
    }
    return;
  }
  for (const FixMode mode : {FixMode::kSafe, FixMode::kUnsafe, FixMode::kNeutralize}) {
    fs::path expected = c.file;
    expected.replace_extension(expected_suffix(mode));
    if (!fs::exists(expected) && !(update_mode() && std::getenv("CERSLINT_NEW_FIXTURES"))) {
      continue;
    }
    const FixRun run = run_fix(c.file, fixed.config, only, mode);
    EXPECT_TRUE(matches_expectation(expected, run.output));
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleCases, ::testing::ValuesIn(load_rule_cases()),
                         [](const auto& param_info) {
                           return param_info.param.code + "_" +
                                  test_name(param_info.param.file.stem().string());
                         });

// ---- Golden files ---------------------------------------------------------------------------

class Golden : public ::testing::TestWithParam<fs::path> {};

TEST_P(Golden, OutputsMatch) {
  static const FixedConfig fixed;
  const fs::path file = GetParam();
  const FixtureRun run = run_file(file, fixed.config);
  const FixtureRun threaded = run_file(file, fixed.config, {}, true);  // as --jobs on one file
  EXPECT_EQ(threaded.text, run.text);
  EXPECT_EQ(threaded.report.verdict.text, run.report.verdict.text);
  fs::path text = file, cers_out = file;
  EXPECT_TRUE(matches_expectation(text.replace_extension(".text"), run.text));
  EXPECT_TRUE(matches_expectation(cers_out.replace_extension(".cers"),
                                  run.report.verdict.text + "\n"));
  const FormatRun formats = run_formats(file, fixed.config);
  const auto with = [&](const char* ext) { return fs::path(file).replace_extension(ext); };
  EXPECT_TRUE(matches_expectation(with(".json"), formats.json));
  EXPECT_TRUE(matches_expectation(with(".jsonl"), formats.json_lines));
  // The 69 rule descriptions (~160 KB, the same in every file) are compared once, in
  // sarif_rules.golden; each .sarif golden holds a marker line in their place.
  const std::string_view open = "\"rules\":[\n", close = "\n]}},";
  const std::size_t from = formats.sarif.find(open), to = formats.sarif.find(close);
  ASSERT_TRUE(from != std::string::npos && to != std::string::npos && from < to);
  const std::size_t rules_start = from + open.size();
  const std::string rules = formats.sarif.substr(rules_start, to - rules_start) + "\n";
  const std::string sarif = formats.sarif.substr(0, rules_start) +
                            "<rules: testdata/golden/sarif_rules.golden>" +
                            formats.sarif.substr(to);
  EXPECT_TRUE(matches_expectation(with(".sarif"), sarif));
  EXPECT_TRUE(matches_expectation(source_dir() / "testdata/golden/sarif_rules.golden", rules));
  EXPECT_TRUE(matches_expectation(with(".github"), formats.github));
}

INSTANTIATE_TEST_SUITE_P(Files, Golden,
                         ::testing::ValuesIn(list_files(source_dir() / "testdata/golden", "",
                                                        ".csv")),
                         [](const auto& param_info) { return test_name(param_info.param.stem().string()); });

// ---- The registry agrees with the folders and their docs ------------------------------------

TEST(Registry, FoldersRegistryAndDocsAgree) {
  std::set<std::string> folders;
  for (const auto& dir : fs::directory_iterator(source_dir() / "rules")) {
    if (!is_rule_folder(dir)) continue;
    const std::string name = dir.path().filename().string();
    const std::string code = name.substr(0, 4);
    folders.insert(code);
    const engine::RuleEntry* e = engine::find_rule(code);
    ASSERT_NE(e, nullptr) << name << " is not in rules/registry.cpp";
    EXPECT_EQ(engine::rule_doc(code), read_file(dir.path() / "README.md"))
        << name << "/README.md is not the embedded doc (re-run cmake)";
    std::string snake(e->meta->name);
    std::replace(snake.begin(), snake.end(), '-', '_');
    EXPECT_EQ(name, code + "_" + snake) << "folder name must be CODE_snake_name";
    EXPECT_FALSE(list_files(dir.path() / "cases", "bad_", ".csv").empty()) << name;
    EXPECT_FALSE(list_files(dir.path() / "cases", "ok_", ".csv").empty()) << name;
    // Every fixable rule shows its repair in at least one fixture triple.
    if (e->meta->fix == engine::FixSafety::kSafe) {
      EXPECT_FALSE(list_files(dir.path() / "cases", "bad_", ".fixed.csv").empty())
          << name << " declares a safe fix but has no bad_*.fixed.csv";
    }
    if (e->meta->fix == engine::FixSafety::kUnsafe) {
      EXPECT_FALSE(list_files(dir.path() / "cases", "bad_", ".unsafe-fixed.csv").empty())
          << name << " declares an unsafe fix but has no bad_*.unsafe-fixed.csv";
    }
  }
  std::set<std::string> codes;
  // docs/rules/ holds the same pages (scripts/sync-rule-docs writes them).
  for (const auto& dir : fs::directory_iterator(source_dir() / "rules")) {
    if (!is_rule_folder(dir)) continue;
    const fs::path page =
        source_dir() / "docs/rules" / (dir.path().filename().string() + ".md");
    EXPECT_EQ(read_file(page), read_file(dir.path() / "README.md"))
        << page << " is out of date: run scripts/sync-rule-docs";
  }
  EXPECT_EQ(read_file(source_dir() / "docs/rules/README.md"), report::rules_markdown())
      << "docs/rules/README.md is out of date: run scripts/sync-rule-docs";
  for (const engine::RuleEntry& e : engine::registry()) {
    EXPECT_TRUE(codes.insert(std::string(e.meta->code)).second) << "duplicate " << e.meta->code;
    EXPECT_TRUE(folders.count(std::string(e.meta->code))) << e.meta->code << " has no folder";
  }
}

}  // namespace
