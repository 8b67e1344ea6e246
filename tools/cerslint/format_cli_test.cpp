// The output formats through the real binary: the example file's JSON, JSON Lines and SARIF
// (validated against the official SARIF 2.1.0 schema), --output-file beside the printed format,
// and --jobs giving the same bytes and exit code as one job, for every format.
#include <gtest/gtest.h>

#include "tools/cerslint/cli_test_support.hpp"
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace cerslint::cli_test;
using nlohmann::json;

// One folder per test: ctest may run this binary's tests at the same time.
fs::path scratch_dir() {
  const fs::path dir = fs::temp_directory_path() / "cerslint_format_cli_test" /
                       ::testing::UnitTest::GetInstance()->current_test_info()->name();
  fs::create_directories(dir);
  return dir;
}

// Runs the binary from the source tree (so paths in reports are relative), stdout and stderr
// kept apart.
// `env`: "NAME=value " settings for this run only.
CliRun cerslint(const std::string& args, const std::string& env = "") {
  return run_cerslint(args, "/dev/null", "env " + env);
}

const std::string kExample = "testdata/examples/district-groups.csv";
// Fixed years so the findings do not depend on today's date.
const std::string kCheck = "check --years 2015-2027 ";

void expect_finding_fields_typed(const json& f) {
  for (const char* key : {"code", "name", "severity", "fix", "message", "path"}) {
    ASSERT_TRUE(f.contains(key)) << key << " in " << f;
    EXPECT_TRUE(f[key].is_string()) << key;
  }
  EXPECT_TRUE(f.at("hint").is_string() || f.at("hint").is_null());
  EXPECT_TRUE(f.at("row").is_number_unsigned());
  EXPECT_TRUE(f.at("offset").is_number_unsigned());
  EXPECT_TRUE(f.at("line").is_number_unsigned() || f.at("line").is_null());
  EXPECT_TRUE(f.at("column").is_number_unsigned() || f.at("column").is_null());
  const std::string severity = f["severity"];
  EXPECT_TRUE(severity == "error" || severity == "warning" || severity == "info") << severity;
  const std::string fix = f["fix"];
  EXPECT_TRUE(fix == "none" || fix == "safe" || fix == "unsafe" || fix == "display-only") << fix;
}

void expect_finding(const json& f) {
  expect_finding_fields_typed(f);
  EXPECT_EQ(f["path"], kExample);
}

TEST(FormatCli, ExampleJsonHasEveryFieldAndCountsMatch) {
  const CliRun run = cerslint(kCheck + "--format json " + kExample);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const json doc = json::parse(run.out);
  EXPECT_EQ(doc["tool"]["name"], "cerslint");
  ASSERT_EQ(doc["files"].size(), 1u);
  const json& file = doc["files"][0];
  EXPECT_EQ(file["path"], kExample);
  EXPECT_EQ(file["verdict"]["status"], "rejected");
  EXPECT_EQ(file["records"], 3003);
  EXPECT_TRUE(file["error"].is_null());
  std::map<std::string, std::uint64_t> by_severity;
  for (const json& f : file["findings"]) {
    expect_finding(f);
    ++by_severity[f["severity"].get<std::string>()];
  }
  EXPECT_GT(file["findings"].size(), 50u);
  EXPECT_EQ(file["counts"]["error"], by_severity["error"]);
  EXPECT_EQ(file["counts"]["warning"], by_severity["warning"]);
  EXPECT_EQ(file["counts"]["info"], by_severity["info"]);
  EXPECT_EQ(doc["summary"]["errors"], by_severity["error"]);
  EXPECT_EQ(doc["summary"]["files_with_findings"], 1);
  EXPECT_EQ(doc["summary"]["exit_code"], 1);

  // The text format reports the same findings: one line each, "error C106" and so on.
  const CliRun text = cerslint(kCheck + "--no-hints " + kExample);
  std::istringstream lines(text.out);
  std::size_t text_findings = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(kExample + ":", 0) == 0 && line.find(" [row ") != std::string::npos) {
      ++text_findings;
    }
  }
  EXPECT_EQ(text_findings, file["findings"].size());
}

TEST(FormatCli, ExampleJsonLinesAgreesWithJson) {
  const json doc = json::parse(cerslint(kCheck + "--format json " + kExample).out);
  const CliRun run = cerslint(kCheck + "--format json-lines " + kExample);
  EXPECT_EQ(run.exit_code, 1);
  std::istringstream lines(run.out);
  std::vector<json> findings, files, summaries;
  for (std::string line; std::getline(lines, line);) {
    json obj = json::parse(line);
    const std::string type = obj.at("type");
    obj.erase("type");
    if (type == "finding") {
      expect_finding(obj);
      findings.push_back(obj);
    } else if (type == "file") {
      files.push_back(obj);
    } else {
      EXPECT_EQ(type, "summary");
      summaries.push_back(obj);
    }
  }
  ASSERT_EQ(files.size(), 1u);
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_EQ(json(findings), doc["files"][0]["findings"]);
  json file = doc["files"][0];
  file.erase("findings");
  EXPECT_EQ(files[0], file);
  EXPECT_EQ(summaries[0]["tool"], doc["tool"]);
  summaries[0].erase("tool");
  EXPECT_EQ(summaries[0], doc["summary"]);
}

// ---- Documents against their schemas ---------------------------------------------------------

class JsonSchema {
 public:
  explicit JsonSchema(const std::string& path) {
    schema_doc_ = json::parse(slurp(path));
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schema_doc_);
    parser.populateSchema(adapter, schema_);
  }
  // Empty when valid; else valijson's complaints, one per line.
  std::string problems(const json& doc) const {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    if (validator.validate(schema_, target, &results)) return "";
    std::string out;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
      for (const std::string& c : e.context) out += c;
      out += ": " + e.description + "\n";
    }
    return out.empty() ? "invalid" : out;
  }

 private:
  json schema_doc_;
  valijson::Schema schema_;
};

const std::string kSarifSchema = "testdata/sarif/sarif-schema-2.1.0.json";
const std::string kReportSchema = "docs/cerslint-report.schema.json";

// A file in Windows-1252 with control characters in its values: every structured format still
// parses, and the bad bytes come out as U+FFFD.
TEST(FormatCli, InvalidUtf8AndControlBytesStillGiveValidJson) {
  const fs::path file = scratch_dir() / "latin1.csv";
  std::ofstream(file, std::ios::binary)
      << "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n"
         "Mu\xF1oz \x01\x1b Math ,01611766111330,2027,Math,9000000001,\r\n"
         "Mu\xF1oz \x01\x1b Math ,01611766111330,2027,Math,,t\x7f@example.org\r\n";
  const std::string args = kCheck + "'" + file.string() + "' --format ";
  const json doc = json::parse(cerslint(args + "json").out);
  std::size_t replaced = 0;
  for (const json& f : doc["files"][0]["findings"]) {
    expect_finding_fields_typed(f);
    if (f["message"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos) ++replaced;
  }
  EXPECT_GT(replaced, 0u) << doc.dump(1);
  std::istringstream lines(cerslint(args + "json-lines").out);
  std::size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    EXPECT_TRUE(json::accept(line)) << line;
  }
  EXPECT_EQ(count, doc["files"][0]["findings"].size() + 2);
  static const JsonSchema schema(kSarifSchema);
  EXPECT_EQ(schema.problems(json::parse(cerslint(args + "sarif").out)), "");
}

// docs/cerslint-report.schema.json describes what --format json really writes, for a normal
// run and for one with an unreadable file; and the check can fail.
TEST(FormatCli, JsonMatchesItsPublishedSchema) {
  static const JsonSchema schema(kReportSchema);
  const json doc = json::parse(cerslint(kCheck + "--format json " + kExample).out);
  EXPECT_EQ(schema.problems(doc), "");
  const CliRun two = cerslint(kCheck + "--format json " + kExample + " no-such-file.csv");
  EXPECT_EQ(two.exit_code, 2);
  const json with_failure = json::parse(two.out);
  EXPECT_EQ(schema.problems(with_failure), "");
  EXPECT_TRUE(with_failure["files"][1]["verdict"].is_null());
  EXPECT_TRUE(with_failure["files"][1]["error"].is_string());
  json broken = doc;
  broken["files"][0]["findings"][0].erase("hint");
  EXPECT_NE(schema.problems(broken), "");
  broken = doc;
  broken["files"][0]["findings"][0]["severity"] = "fatal";
  EXPECT_NE(schema.problems(broken), "");
}

// valijson checks the "date-time" format but not "uri" / "uri-reference": check those here
// (RFC 3986 characters only, and a scheme where the schema wants an absolute URI).
void expect_uris(const json& node, const std::string& where = "") {
  static const std::regex reference(R"(^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$)");
  static const std::regex absolute(R"(^[A-Za-z][A-Za-z0-9+.\-]*:[^ ]*$)");
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (value.is_string() && (key == "uri" || key == "helpUri" || key == "informationUri")) {
        const std::string uri = value;
        EXPECT_TRUE(std::regex_match(uri, reference)) << where << "/" << key << ": " << uri;
        if (key != "uri") {
          EXPECT_TRUE(std::regex_match(uri, absolute)) << key << ": " << uri;
        }
      }
      expect_uris(value, where + "/" + key);
    }
  } else if (node.is_array()) {
    for (const auto& value : node) expect_uris(value, where);
  }
}

TEST(FormatCli, ExampleSarifIsValidSarif210) {
  static const JsonSchema schema(kSarifSchema);
  const CliRun run = cerslint(kCheck + "--format sarif " + kExample);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const json doc = json::parse(run.out);
  EXPECT_EQ(schema.problems(doc), "");
  expect_uris(doc);

  const json& sarif_run = doc["runs"][0];
  const json& rules = sarif_run["tool"]["driver"]["rules"];
  EXPECT_EQ(rules.size(), 69u);  // every rule when none is --select'ed
  const json& results = sarif_run["results"];
  EXPECT_GT(results.size(), 50u);
  for (const json& r : results) {
    const std::size_t index = r["ruleIndex"];
    ASSERT_LT(index, rules.size());
    EXPECT_EQ(rules[index]["id"], r["ruleId"]);
    EXPECT_EQ(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], kExample);
    EXPECT_TRUE(r["properties"]["cersRow"].is_number_unsigned());
  }
  EXPECT_EQ(sarif_run["artifacts"][0]["length"], fs::file_size(kExample));
  EXPECT_EQ(sarif_run["invocations"][0]["executionSuccessful"], true);
  EXPECT_EQ(sarif_run["invocations"][0]["exitCode"], 1);

  // The schema check can fail: a level SARIF does not have, or a missing version, is caught.
  json broken = doc;
  broken["runs"][0]["results"][0]["level"] = "fatal";
  EXPECT_NE(schema.problems(broken), "");
  broken = doc;
  broken.erase("version");
  EXPECT_NE(schema.problems(broken), "");
  broken = doc;
  broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0;
  EXPECT_NE(schema.problems(broken), "");
}

TEST(FormatCli, SarifListsOnlySelectedRulesAndReportsUnreadableFiles) {
  static const JsonSchema schema(kSarifSchema);
  const CliRun run =
      cerslint(kCheck + kExample + " no-such-file.csv --format sarif --select C106,S002");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no-such-file.csv"), std::string::npos);
  const json doc = json::parse(run.out);
  EXPECT_EQ(schema.problems(doc), "");
  const json& sarif_run = doc["runs"][0];
  ASSERT_EQ(sarif_run["tool"]["driver"]["rules"].size(), 2u);
  EXPECT_EQ(sarif_run["tool"]["driver"]["rules"][0]["id"], "C106");
  const json& invocation = sarif_run["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
  EXPECT_EQ(invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
                      ["artifactLocation"]["uri"],
            "no-such-file.csv");
}

TEST(FormatCli, DocsUriComesFromTheEnvironment) {
  const CliRun run =
      cerslint("check " + kExample + " --format sarif --select C106", "-u CERSLINT_DOCS_URI ");
  const json doc = json::parse(run.out);
  const std::string installed = doc["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"];
  EXPECT_EQ(installed.rfind("file:///", 0), 0u) << installed;
  EXPECT_NE(installed.find("/rules/C106_unknown_school.md"), std::string::npos) << installed;
  const CliRun web = cerslint("check " + kExample + " --format sarif --select C106",
                              "CERSLINT_DOCS_URI=https://docs.example.org/rules ");
  EXPECT_EQ(json::parse(web.out)["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"],
            "https://docs.example.org/rules/C106_unknown_school.md");
}

// ---- --output-file ---------------------------------------------------------------------------

TEST(FormatCli, TextOnStdoutAndSarifInAFileInOneRun) {
  fs::remove_all(scratch_dir());
  const fs::path target = scratch_dir() / "report.sarif";
  std::ofstream(target) << std::string(1 << 20, 'x');  // an older, longer report is replaced
  const CliRun run =
      cerslint(kCheck + "--no-hints --output-file '" + target.string() + "' " + kExample);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out, cerslint(kCheck + "--no-hints " + kExample).out);
  const json doc = json::parse(slurp(target));
  EXPECT_EQ(doc["version"], "2.1.0");
  EXPECT_EQ(doc["runs"][0]["results"].size(),
            json::parse(cerslint(kCheck + "--format json " + kExample).out)["files"][0]["findings"]
                .size());
  // Nothing but the report is left in the folder (the temporary file was renamed or removed).
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(scratch_dir())) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"report.sarif"}));  // no temporary file left
  fs::remove(target);
}

TEST(FormatCli, OutputFormatFromExtensionOrOption) {
  const fs::path dir = scratch_dir();
  const CliRun jsonl = cerslint(kCheck + "--format cers --output-file '" +
                                (dir / "r.ndjson").string() + "' " + kExample);
  EXPECT_EQ(jsonl.exit_code, 1);
  std::istringstream lines(slurp(dir / "r.ndjson"));
  std::string first;
  std::getline(lines, first);
  EXPECT_EQ(json::parse(first)["type"], "finding");

  const CliRun github = cerslint(kCheck + "--format json --output-format github --output-file '" +
                                 (dir / "r.txt").string() + "' " + kExample);
  EXPECT_EQ(github.exit_code, 1);
  EXPECT_EQ(slurp(dir / "r.txt").rfind("::warning file=", 0), 0u);  // U002 on line 3 comes first
  EXPECT_NE(slurp(dir / "r.txt").find("\n::error file="), std::string::npos);
  EXPECT_TRUE(json::accept(github.out));
  fs::remove(dir / "r.ndjson");
  fs::remove(dir / "r.txt");
}

TEST(FormatCli, UsageErrorsExitTwoAndWriteNothing) {
  const fs::path target = scratch_dir() / "report.txt";
  const CliRun bad_ext = cerslint(kCheck + "--output-file '" + target.string() + "' " + kExample);
  EXPECT_EQ(bad_ext.exit_code, 2);
  EXPECT_NE(bad_ext.err.find("--output-format"), std::string::npos) << bad_ext.err;
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(cerslint(kCheck + "--format xml " + kExample).exit_code, 2);
  EXPECT_EQ(cerslint(kCheck + "--output-format sarif " + kExample).exit_code, 2);
  EXPECT_EQ(cerslint(kCheck + "--output-format yaml --output-file x.sarif " + kExample).exit_code,
            2);
  EXPECT_EQ(cerslint(kCheck + "--output-file /nonexistent-dir/r.sarif " + kExample).exit_code, 2);
}

// ---- --jobs ------------------------------------------------------------------------------------

TEST(FormatCli, JobsGiveTheSameOutputAndExitCodeAsOneJob) {
  // Several files of different sizes, one missing and one clean, so workers finish out of order.
  std::string files = kExample;
  for (const auto& e : fs::directory_iterator("testdata/golden")) {
    if (e.path().extension() == ".csv") files += " " + e.path().string();
  }
  files += " no-such-file.csv " + kExample + " testdata/golden";
  for (const char* format : {"text", "cers", "json", "json-lines", "sarif", "github"}) {
    const std::string base = kCheck + "--format " + format + " ";
    const CliRun one = cerslint(base + "--jobs 1 " + files);
    const CliRun four = cerslint(base + "--jobs 4 " + files);
    const CliRun cores = cerslint(base + "-j 0 " + files);
    EXPECT_EQ(one.exit_code, 2) << format;
    EXPECT_EQ(four.exit_code, one.exit_code) << format;
    EXPECT_EQ(cores.exit_code, one.exit_code) << format;
    EXPECT_TRUE(four.out == one.out) << format << " differs with --jobs 4";
    EXPECT_TRUE(cores.out == one.out) << format << " differs with --jobs 0";
    EXPECT_EQ(four.err, one.err) << format;
    EXPECT_GT(one.out.size(), 1000u) << format;
  }
}

// One file with --jobs 2 is also read on a second thread (engine::CheckOptions::reading_thread;
// the fixture runner compares that path on every fixture in batches of a record or two): the
// CLI's bytes and exit code are those of one job.
TEST(FormatCli, OneFileOnTwoCoresGivesTheSameOutputAsOneJob) {
  for (const std::string file : {kExample, std::string("testdata/golden/excel_damage.csv")}) {
    for (const char* format : {"text", "cers", "json", "sarif"}) {
      const std::string base = kCheck + "--max-per-rule 0 --format " + format + " ";
      const CliRun one = cerslint(base + "--jobs 1 " + file);
      const CliRun two = cerslint(base + "--jobs 2 " + file);
      EXPECT_EQ(two.exit_code, one.exit_code) << file << " " << format;
      EXPECT_TRUE(two.out == one.out) << file << " " << format << " differs with --jobs 2";
      EXPECT_EQ(two.err, one.err) << file << " " << format;
      EXPECT_GT(one.out.size(), 100u) << file << " " << format;
    }
  }
}

// --redact: no SSID and no e-mail name of the example file appears in any output format, while
// the findings are still there (the same number of lines for text).
TEST(FormatCli, RedactHidesEverySsidAndEmailNameInEveryFormat) {
  std::vector<std::string> secrets;  // every SSID and every login's name part in the file
  std::istringstream csv(slurp(kExample));
  std::string line;
  std::getline(csv, line);  // header
  while (std::getline(csv, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    // (A quoted name with a comma shifts the cells: look at every cell.)
    for (const std::string& cell : cells) {
      if (cell.size() == 10 && cell.find_first_not_of("0123456789") == std::string::npos) {
        secrets.push_back(cell);  // an SSID
      } else if (const auto at = cell.find('@'); at != std::string::npos) {
        std::string name = cell.substr(0, at);
        name = name.substr(name.find_last_of(":<\" ") == std::string::npos
                               ? 0
                               : name.find_last_of(":<\" ") + 1);
        if (name.size() >= 3) secrets.push_back(name);  // an e-mail address's name part
      }
    }
  }
  ASSERT_GT(secrets.size(), 100u);
  for (const char* format : {"text", "cers", "json", "json-lines", "sarif", "github"}) {
    SCOPED_TRACE(format);
    const CliRun plain = cerslint(kCheck + "--format " + format + " " + kExample);
    const CliRun masked = cerslint(kCheck + "--redact --format " + format + " " + kExample);
    EXPECT_EQ(masked.exit_code, plain.exit_code);
    std::size_t leaks = 0, shown = 0;
    for (const std::string& s : secrets) {
      shown += plain.out.find(s) != std::string::npos;
      if (masked.out.find(s) != std::string::npos) {
        if (++leaks <= 3) {
          ADD_FAILURE() << "\"" << s << "\" is in the --redact output";
        }
      }
    }
    if (std::string(format) != "cers") {
      EXPECT_GT(shown, 0u) << "the test would prove nothing";
    }
    EXPECT_EQ(std::count(masked.out.begin(), masked.out.end(), '\n'),
              std::count(plain.out.begin(), plain.out.end(), '\n'));
  }
}


// ---- --max-per-rule ----------------------------------------------------------------------------

// Finding lines per rule code in text output.
std::map<std::string, int> finding_lines(const std::string& out) {
  std::map<std::string, int> per_code;
  std::istringstream lines(out);
  const std::regex finding(R"(^[^ ]+:\d+:\d+: (?:error|warning|info) ([A-Z]\d{3}) \[row)");
  std::smatch m;
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_search(line, m, finding)) ++per_code[m[1]];
  }
  return per_code;
}

// The text format lists each rule's first N findings and counts the rest. Alone it lets the
// engine skip the rest; with a report file (which needs every finding) the reporter leaves them
// out itself: standard output must be the same either way.
TEST(FormatCli, MaxPerRuleListsTheFirstFindingsAndCountsTheRest) {
  const std::string limited_check = kCheck + "--no-hints --max-per-rule 1 ";
  const CliRun all = cerslint(kCheck + "--no-hints --max-per-rule 0 " + kExample);
  const CliRun limited = cerslint(limited_check + kExample);
  EXPECT_EQ(limited.exit_code, all.exit_code);
  const std::map<std::string, int> every = finding_lines(all.out);
  const std::map<std::string, int> listed = finding_lines(limited.out);
  int left_out = 0;
  for (const auto& [code, n] : every) {
    EXPECT_EQ(listed.count(code) ? listed.at(code) : 0, 1) << code;
    if (n > 1) {
      left_out += n - 1;
      const std::regex summary("\n    " + code + " [a-z0-9-]+: " + std::to_string(n - 1) +
                               " more\n");
      EXPECT_TRUE(std::regex_search(limited.out, summary)) << code << "\n" << limited.out;
    }
  }
  ASSERT_GT(left_out, 0) << "the example should have a rule with several findings";
  EXPECT_NE(limited.out.find(kExample + ": " + std::to_string(left_out) +
                             " more findings not shown (only each rule's first 1 are listed"),
            std::string::npos)
      << limited.out;
  EXPECT_EQ(all.out.find("not shown"), std::string::npos);
  // The verdict line counts every finding, listed or not.
  const auto verdict = [](const std::string& out) { return out.substr(out.rfind(kExample + ": ")); };
  EXPECT_EQ(verdict(limited.out), verdict(all.out));

  fs::remove_all(scratch_dir());
  const fs::path target = scratch_dir() / "report.json";
  const CliRun with_file = cerslint(limited_check + "--output-file '" + target.string() + "' " +
                                    kExample);
  EXPECT_EQ(with_file.out, limited.out);
  // The report file has every finding.
  const json doc = json::parse(slurp(target));
  std::size_t total = 0;
  for (const auto& [code, n] : every) total += static_cast<std::size_t>(n);
  EXPECT_EQ(doc["files"][0]["findings"].size(), total);
  fs::remove(target);
}

}  // namespace
