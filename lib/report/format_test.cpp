// The structured reporters on hand-made findings: JSON stays valid whatever bytes a message
// holds, every finding field is there with its type, GitHub annotations are escaped and folded
// past GitHub's limit, and the --jobs spool gives back exactly what it was given.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "engine/rule.hpp"
#include "report/finding_spool.hpp"
#include "report/github_reporter.hpp"
#include "report/json_lines_reporter.hpp"
#include "report/formats.hpp"
#include "report/json_reporter.hpp"
#include "report/json_text.hpp"
#include "report/sarif_reporter.hpp"

namespace cerslint::report {
namespace {

using nlohmann::json;

// Captures what a reporter writes to a FILE*.
class Capture {
 public:
  Capture() : file_(open_memstream(&buf_, &len_)) {}
  ~Capture() {
    if (file_ != nullptr) std::fclose(file_);
    std::free(buf_);
  }
  std::FILE* file() { return file_; }
  std::string text() {
    std::fflush(file_);
    return std::string(buf_, len_);
  }

 private:
  char* buf_ = nullptr;
  std::size_t len_ = 0;
  std::FILE* file_;
};

const engine::RuleMeta& rule(const char* code) { return *engine::find_rule(code)->meta; }

engine::Finding finding(const char* code, std::uint64_t line, std::string_view message,
                        std::string_view hint = "") {
  engine::Finding f;
  f.rule = &rule(code);
  f.severity = f.rule->severity;
  f.location = {line == 0 ? 0 : line - 1, line, line == 0 ? 0u : 3u, line * 40};
  f.message = message;
  f.hint = hint;
  return f;
}

engine::FileReport file_report(const std::string& path, std::uint64_t errors) {
  engine::FileReport r;
  r.path = path;
  r.verdict = {errors ? cers::Status::kRejected : cers::Status::kAccepted, "verdict text"};
  r.records = 7;
  r.bytes = 321;
  r.counts[2] = errors;
  return r;
}

// Every byte value, alone and inside text, gives a string nlohmann accepts; well-formed UTF-8
// comes back unchanged, and each stray byte as U+FFFD.
TEST(JsonString, AlwaysValidJson) {
  for (int b = 0; b < 256; ++b) {
    const std::string s = std::string("a") + static_cast<char>(b) + "z";
    std::string out;
    append_json_string(s, out);
    json parsed;
    ASSERT_NO_THROW(parsed = json::parse(out)) << "byte " << b << ": " << out;
    if (b < 0x80) {
      EXPECT_EQ(parsed.get<std::string>(), s) << "byte " << b;
    } else {
      EXPECT_EQ(parsed.get<std::string>(), "a\xEF\xBF\xBDz") << "byte " << b;
    }
  }
  std::string out;
  append_json_string("a\x7f\x1f", out);
  EXPECT_EQ(out, "\"a\\u007f\\u001f\"");  // invisible characters stay visible
  out.clear();
  const std::string utf8 = "Caf\xC3\xA9 \xE2\x80\x8B \xF0\x9F\x98\x80 \"q\" \\ \t";
  append_json_string(utf8, out);
  EXPECT_EQ(json::parse(out).get<std::string>(), utf8);
  out.clear();
  // Overlong, surrogate, truncated and beyond-U+10FFFF sequences are all repaired.
  append_json_string("\xC0\xAF|\xED\xA0\x80|\xE2\x82|\xF4\x90\x80\x80", out);
  json repaired;
  EXPECT_NO_THROW(repaired = json::parse(out)) << out;
  EXPECT_EQ(out.find('\xC0'), std::string::npos);
}

void expect_finding_fields(const json& f) {
  for (const char* key : {"code", "name", "severity", "fix", "message", "path"}) {
    ASSERT_TRUE(f.contains(key)) << key;
    EXPECT_TRUE(f[key].is_string()) << key;
  }
  ASSERT_TRUE(f.contains("hint"));
  EXPECT_TRUE(f["hint"].is_string() || f["hint"].is_null());
  for (const char* key : {"row", "offset"}) {
    ASSERT_TRUE(f.contains(key)) << key;
    EXPECT_TRUE(f[key].is_number_unsigned()) << key;
  }
  for (const char* key : {"line", "column"}) {
    ASSERT_TRUE(f.contains(key)) << key;
    EXPECT_TRUE(f[key].is_number_unsigned() || f[key].is_null()) << key;
  }
}

TEST(JsonReporter, BadBytesInMessagesStillGiveOneValidDocument) {
  Capture out;
  JsonReporter r(out.file(), {"1.2.3", "file:///docs/"});
  r.begin_file("a\"b.csv");
  r.on_finding(finding("C106", 5, "School [\xFF\x01\x1B] can not be found", "hint\nwith \xC3"));
  r.on_finding(finding("F003", 0, "whole file"));
  r.end_file(file_report("a\"b.csv", 2));
  r.begin_file("missing.csv");
  engine::FileReport failed;
  failed.error = Error{"No such file or directory", "missing.csv"};
  r.end_file(failed);
  RunTotals totals;
  totals.add(file_report("a\"b.csv", 2));
  totals.add(failed);
  totals.exit_code = 2;
  r.finish(totals);

  const json doc = json::parse(out.text());
  EXPECT_EQ(doc["tool"]["name"], "cerslint");
  EXPECT_EQ(doc["tool"]["version"], "1.2.3");
  ASSERT_EQ(doc["files"].size(), 2u);
  const json& file = doc["files"][0];
  EXPECT_EQ(file["path"], "a\"b.csv");
  EXPECT_EQ(file["verdict"]["status"], "rejected");
  EXPECT_EQ(file["counts"]["error"], 2);
  EXPECT_TRUE(file["error"].is_null());
  ASSERT_EQ(file["findings"].size(), 2u);
  for (const json& f : file["findings"]) expect_finding_fields(f);
  EXPECT_EQ(file["findings"][0]["message"], "School [\xEF\xBF\xBD\x01\x1B] can not be found");
  EXPECT_EQ(file["findings"][0]["hint"], "hint\nwith \xEF\xBF\xBD");
  EXPECT_EQ(file["findings"][0]["line"], 5);
  EXPECT_TRUE(file["findings"][1]["line"].is_null());
  EXPECT_TRUE(file["findings"][1]["column"].is_null());
  EXPECT_TRUE(file["findings"][1]["hint"].is_null());
  EXPECT_TRUE(doc["files"][1]["verdict"].is_null());
  EXPECT_EQ(doc["files"][1]["error"], "No such file or directory");
  EXPECT_EQ(doc["summary"]["files"], 2);
  EXPECT_EQ(doc["summary"]["files_failed"], 1);
  EXPECT_EQ(doc["summary"]["exit_code"], 2);
}

TEST(JsonReporter, NoFilesIsStillADocument) {
  Capture out;
  JsonReporter r(out.file(), {"1.2.3", "file:///docs/"});
  r.finish({});
  const json doc = json::parse(out.text());
  EXPECT_TRUE(doc["files"].empty());
  EXPECT_EQ(doc["summary"]["files"], 0);
}

TEST(JsonLinesReporter, EveryLineIsOneObject) {
  Capture out;
  JsonLinesReporter r(out.file(), {"1.2.3", "file:///docs/"});
  r.begin_file("x.csv");
  r.on_finding(finding("C106", 5, "bad \x00 byte\xFE"));
  r.end_file(file_report("x.csv", 1));
  RunTotals totals;
  totals.add(file_report("x.csv", 1));
  r.finish(totals);
  std::istringstream lines(out.text());
  std::vector<json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(json::parse(line));
  ASSERT_EQ(objects.size(), 3u);
  EXPECT_EQ(objects[0]["type"], "finding");
  expect_finding_fields(objects[0]);
  EXPECT_EQ(objects[1]["type"], "file");
  EXPECT_EQ(objects[1]["path"], "x.csv");
  EXPECT_EQ(objects[2]["type"], "summary");
  EXPECT_EQ(objects[2]["errors"], 1);
}

TEST(GithubReporter, EscapesDataAndProperties) {
  std::string data, prop;
  append_github_data("100% a\r\nb: c, d", data);
  append_github_property("100% a\r\nb: c, d", prop);
  EXPECT_EQ(data, "100%25 a%0D%0Ab: c, d");
  EXPECT_EQ(prop, "100%25 a%0D%0Ab%3A c%2C d");

  Capture out;
  GithubReporter r(out.file());
  r.begin_file("dir,x:y.csv");
  r.on_finding(finding("C106", 5, "School [50%] can not\nbe found", "Hint: fix it"));
  r.end_file(file_report("dir,x:y.csv", 1));
  const std::string text = out.text();
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "::error file=dir%2Cx%3Ay.csv,line=5,col=3,title=C106 unknown-school (row 4)::"
            "School [50%25] can not\\nbe found%0AHint: fix it");
}

// GitHub shows 10 annotations of a kind per step: the first 10 errors are printed, the rest of
// each rule is one annotation per file.
TEST(GithubReporter, FoldsFindingsPastTenPerKind) {
  Capture out;
  GithubReporter r(out.file());
  r.begin_file("a.csv");
  for (std::uint64_t line = 2; line < 16; ++line) r.on_finding(finding("C106", line, "msg"));
  for (std::uint64_t line = 20; line < 23; ++line) r.on_finding(finding("C101", line, "msg"));
  r.on_finding(finding("U002", 30, "warn"));  // warnings have their own 10
  r.end_file(file_report("a.csv", 17));
  r.begin_file("b.csv");
  r.on_finding(finding("C106", 4, "msg"));
  r.end_file(file_report("b.csv", 1));
  std::istringstream lines(out.text());
  std::vector<std::string> errors, warnings;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("::error ", 0) == 0) errors.push_back(line);
    if (line.rfind("::warning ", 0) == 0) warnings.push_back(line);
  }
  ASSERT_EQ(errors.size(), 13u) << out.text();  // 10 + C106 and C101 folded in a, C106 in b
  for (int i = 0; i < 10; ++i) EXPECT_NE(errors[i].find("::msg"), std::string::npos);
  EXPECT_EQ(errors[10],
            "::error file=a.csv,line=12,title=C106 unknown-school (4 more)::4 more C106 findings "
            "in a.csv, first at lines 12, 13, 14, 15 (GitHub shows only 10 annotations of a "
            "kind; run cerslint check for all)");
  EXPECT_NE(errors[11].find("3 more C101 findings in a.csv, first at lines 20, 21, 22"),
            std::string::npos);
  EXPECT_NE(errors[12].find("1 more C106 finding in b.csv, at line 4"), std::string::npos);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("::warn"), std::string::npos);
}

TEST(Sarif, PathsBecomeUriReferences) {
  bool relative = false;
  EXPECT_EQ(path_to_uri("dir/a b%.csv", relative), "dir/a%20b%25.csv");
  EXPECT_TRUE(relative);
  EXPECT_EQ(path_to_uri("/abs/x.csv", relative), "file:///abs/x.csv");
  EXPECT_FALSE(relative);
  EXPECT_EQ(path_to_uri("c:x.csv", relative), "./c:x.csv");
  EXPECT_EQ(path_to_uri("caf\xC3\xA9.csv", relative), "caf%C3%A9.csv");
  EXPECT_EQ(rule_page_name(rule("C106")), "C106_unknown_school.md");
}

// What a worker records is exactly what the reporter later gets.
TEST(FindingSpool, ReplaysEveryFieldInOrder) {
  struct Recorder final : engine::FindingSink {
    std::vector<std::string> seen;
    void on_finding(const engine::Finding& f) override {
      std::ostringstream s;
      s << f.rule->code << '|' << static_cast<int>(f.severity) << '|' << f.location.row << '|'
        << f.location.line << '|' << f.location.column << '|' << f.location.offset << '|'
        << f.message << '|' << f.hint;
      seen.push_back(s.str());
    }
  };
  Recorder direct, replayed;
  FindingSpool spool;
  const std::string binary("nul \0 and \xFF", 11);
  // Hints repeat per rule (stored once), change, come back, and go empty.
  std::vector<engine::Finding> findings = {
      finding("C106", 5, "m1", "h1"),      finding("U002", 0, binary, ""),
      finding("C106", 6, "m2", "h1"),      finding("F003", 900000, "", binary),
      finding("C106", 7, "m3", "h2"),      finding("C106", 8, "m4", "h1"),
      finding("C106", 9, "m5", ""),        finding("C106", 10, "m6", "h1"),
      finding("F003", 900001, "x", binary)};
  findings[1].severity = engine::Severity::kInfo;  // severities can differ from the default
  for (const auto& f : findings) {
    direct.on_finding(f);
    spool.on_finding(f);
  }
  ASSERT_EQ(spool.replay(replayed), std::nullopt);
  EXPECT_EQ(replayed.seen, direct.seen);
}

// Counters past 2^32 (a statewide file has more than 4 billion bytes; lines and rows could pass
// it too): every format prints them whole. The engine and reader keep them in 64 bits; this
// covers the last step without writing a 5 GB file.
TEST(AllFormats, CountersPastTwoToThe32AreWrittenWhole) {
  constexpr std::uint64_t kLine = 5'000'000'123, kOffset = 300'000'000'007;
  for (const char* format : {"text", "cers", "json", "json-lines", "sarif", "github"}) {
    SCOPED_TRACE(format);
    Capture out;
    ReporterSetup setup;
    setup.tool = {"1.2.3", "file:///docs/"};
    setup.text = {false, false};
    setup.rules = {&rule("C106")};
    auto r = make_reporter(format, out.file(), setup);
    r->begin_file("big.csv");
    engine::Finding f = finding("C106", 1, "School [1] can not be found");
    f.location = {kLine - 1, kLine, 7, kOffset};
    r->on_finding(f);
    engine::FileReport report = file_report("big.csv", 1);
    report.records = kLine;
    report.bytes = kOffset + 40;
    r->end_file(report);
    RunTotals totals;
    totals.add(report);
    r->finish(totals);
    const std::string text = out.text();
    if (std::string(format) == "cers") {
      EXPECT_NE(text.find("verdict text"), std::string::npos) << text;  // CERS prints no lines
    } else {
      EXPECT_NE(text.find("5000000123"), std::string::npos) << text.substr(0, 2000);
    }
    if (std::string(format) == "json" || std::string(format) == "json-lines") {
      EXPECT_NE(text.find("300000000007"), std::string::npos) << text.substr(0, 2000);
    }
  }
}

}  // namespace
}  // namespace cerslint::report
