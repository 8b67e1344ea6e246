// escape_for_terminal: printable ASCII passes through (the word-at-a-time fast path), everything
// else is shown as an escape, whatever its position in the string. TextStyle::max_per_rule:
// each rule's first findings are listed and the rest counted, with what the engine only counted.
#include "report/text_reporter.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace cerslint::report {
namespace {

TEST(EscapeForTerminal, EveryByteAtEveryPositionOfAWord) {
  for (int b = 0; b < 256; ++b) {
    for (std::size_t at = 0; at < 17; ++at) {
      std::string s(17, 'a');
      s[at] = static_cast<char>(b);
      const std::string shown = escape_for_terminal(s);
      const bool printable = b >= 0x20 && b < 0x7F;
      if (printable) {
        EXPECT_EQ(shown, s) << "byte " << b << " at " << at;
      } else {
        EXPECT_NE(shown, s) << "byte " << b << " at " << at << " was not escaped";
        EXPECT_EQ(shown.find(static_cast<char>(b)), std::string::npos) << "byte " << b;
      }
    }
  }
}

TEST(EscapeForTerminal, KnownEscapes) {
  EXPECT_EQ(escape_for_terminal("a\tb\r\nc"), "a\\tb\\r\\nc");
  EXPECT_EQ(escape_for_terminal("Caf\xC3\xA9 \xC2\xA0x"), "Caf\xC3\xA9 \\u{a0}x");
  EXPECT_EQ(escape_for_terminal("bad \xFF byte"), "bad \\xff byte");
}

constexpr engine::RuleMeta kRuleA{"A001", "first-rule", engine::Severity::kError,
                                  engine::FixSafety::kNone, ""};
constexpr engine::RuleMeta kRuleB{"B002", "second-rule", engine::Severity::kWarning,
                                  engine::FixSafety::kNone, ""};

// Runs a TextReporter over `findings` (rule, line) and returns what it printed.
std::string print(TextStyle style, const std::vector<std::pair<const engine::RuleMeta*, int>>& findings,
                  const engine::FileReport& report) {
  char* buffer = nullptr;
  std::size_t size = 0;
  std::FILE* out = open_memstream(&buffer, &size);
  {
    TextReporter text(out, style);
    text.begin_file("f.csv");
    for (const auto& [rule, line] : findings) {
      engine::Finding f;
      f.rule = rule;
      f.severity = rule->severity;
      f.location = {static_cast<std::uint64_t>(line - 1), static_cast<std::uint64_t>(line), 1, 0};
      f.message = "msg";
      text.on_finding(f);
    }
    text.end_file(report);
  }
  std::fclose(out);
  std::string printed(buffer, size);
  std::free(buffer);
  return printed;
}

TEST(TextReporterLimit, ListsEachRulesFirstFindingsAndCountsTheRest) {
  std::vector<std::pair<const engine::RuleMeta*, int>> findings;
  for (int line = 2; line < 7; ++line) findings.emplace_back(&kRuleA, line);
  findings.emplace_back(&kRuleB, 9);
  engine::FileReport report;
  report.path = "f.csv";
  const std::string printed = print({false, false, 2}, findings, report);
  EXPECT_NE(printed.find("f.csv:2:1: error A001 [row 1] msg\n"), std::string::npos) << printed;
  EXPECT_NE(printed.find("f.csv:3:1: error A001 [row 2] msg\n"), std::string::npos) << printed;
  EXPECT_EQ(printed.find("f.csv:4:1:"), std::string::npos) << printed;
  EXPECT_NE(printed.find("f.csv:9:1: warning B002"), std::string::npos) << printed;
  EXPECT_NE(printed.find("f.csv: 3 more findings not shown (only each rule's first 2 are listed; "
                         "--max-per-rule 0 lists them all):\n    A001 first-rule: 3 more\n"),
            std::string::npos)
      << printed;
  EXPECT_EQ(printed.find("B002 second-rule:"), std::string::npos) << printed;
}

// With a report limit the engine hands over only the first findings; the rest arrive as counts
// in the FileReport and are added to what the reporter left out itself, in code order.
TEST(TextReporterLimit, AddsWhatTheEngineOnlyCounted) {
  engine::FileReport report;
  report.unreported = {{&kRuleB, 7}, {&kRuleA, 40}};
  const std::string printed =
      print({false, false, 1}, {{&kRuleA, 2}, {&kRuleA, 3}, {&kRuleB, 4}}, report);
  EXPECT_NE(printed.find(": 48 more findings not shown (only each rule's first 1 are listed; "
                         "--max-per-rule 0 lists them all):\n    A001 first-rule: 41 more\n"
                         "    B002 second-rule: 7 more\n"),
            std::string::npos)
      << printed;
}

TEST(TextReporterLimit, ZeroListsEveryFindingAndNoSummary) {
  std::vector<std::pair<const engine::RuleMeta*, int>> findings;
  for (int line = 2; line < 300; ++line) findings.emplace_back(&kRuleA, line);
  const std::string printed = print({false, false, 0}, findings, engine::FileReport{});
  EXPECT_NE(printed.find("f.csv:299:1: error A001"), std::string::npos);
  EXPECT_EQ(printed.find("not shown"), std::string::npos);
}

}  // namespace
}  // namespace cerslint::report
