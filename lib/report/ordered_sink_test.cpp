// OrderedSink: file order, stable for findings at the same place, and bounded.
#include "report/ordered_sink.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cerslint::report {
namespace {

const engine::RuleMeta kRule{"X001", "x", engine::Severity::kError, engine::FixSafety::kNone, ""};

class Record final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding& f) override {
    seen.push_back(std::string(f.message) + "|" + std::string(f.hint));
  }
  std::vector<std::string> seen;
};

void emit(engine::FindingSink& sink, std::uint64_t line, std::uint32_t column, std::string msg) {
  std::string hint = "h" + msg;  // dies after the call: the sink must have copied it
  sink.on_finding(engine::Finding{&kRule, kRule.severity, {0, line, column, 0}, msg, hint, {}});
}

TEST(OrderedSink, SortsByLineKeepingEmissionOrderWithinALine) {
  Record out;
  OrderedSink sink(out);
  emit(sink, 5, 1, "group end");
  emit(sink, 2, 9, "a1");
  emit(sink, 2, 3, "a2");
  emit(sink, 2, 3, "b");
  EXPECT_TRUE(out.seen.empty());
  sink.flush();
  EXPECT_EQ(out.seen, (std::vector<std::string>{"a1|ha1", "a2|ha2", "b|hb", "group end|hgroup end"}));
}

TEST(OrderedSink, StreamsOnceTheCapacityIsReached) {
  Record out;
  OrderedSink sink(out, 2);
  emit(sink, 3, 1, "c");
  emit(sink, 1, 1, "a");
  emit(sink, 9, 1, "z");  // over capacity: the two held are flushed sorted, then streaming
  EXPECT_EQ(out.seen, (std::vector<std::string>{"a|ha", "c|hc", "z|hz"}));
  emit(sink, 2, 1, "late");
  EXPECT_EQ(out.seen.back(), "late|hlate");
  sink.flush();
  EXPECT_EQ(out.seen.size(), 4u);
}

TEST(OrderedSink, KeepsTheRowIdentityOfHeldFindings) {
  struct Rows final : engine::FindingSink {
    void on_finding(const engine::Finding& f) override {
      seen.push_back(std::string(f.hint) + "|" + std::string(f.row.school) + "|" +
                     std::string(f.row.year) + "|" + std::string(f.row.group) + "|" +
                     std::string(f.row.member));
    }
    std::vector<std::string> seen;
  } out;
  OrderedSink sink(out);
  {
    // Every view dies after the call: the sink must have copied them all.
    std::string hint = "hint", school = "01611760000000", year = "2027", group = "Gr 7",
                member = "1234567890";
    sink.on_finding(engine::Finding{&kRule, kRule.severity, {1, 2, 1, 0}, "m", hint,
                                    {school, year, group, member}});
    sink.on_finding(engine::Finding{&kRule, kRule.severity, {0, 1, 1, 0}, "file", {}, {}});
  }
  sink.flush();
  EXPECT_EQ(out.seen,
            (std::vector<std::string>{"||||", "hint|01611760000000|2027|Gr 7|1234567890"}));
}

// A hint is kept once while its rule repeats it; a changed hint is kept as it was.
TEST(OrderedSink, RepeatedAndChangedHintsOfInterleavedRules) {
  const engine::RuleMeta other{"X002", "y", engine::Severity::kWarning, engine::FixSafety::kNone,
                               ""};
  Record out;
  OrderedSink sink(out);
  auto send = [&](const engine::RuleMeta& rule, std::uint64_t line, std::string msg,
                  std::string hint) {
    sink.on_finding(engine::Finding{&rule, rule.severity, {0, line, 1, 0}, msg, hint, {}});
  };
  send(kRule, 4, "a", "same");
  send(other, 3, "b", "other");
  send(kRule, 2, "c", "same");
  send(other, 1, "d", "changed");
  send(kRule, 5, "e", "");
  send(kRule, 6, "f", "same");
  sink.flush();
  EXPECT_EQ(out.seen, (std::vector<std::string>{"d|changed", "c|same", "b|other", "a|same", "e|",
                                                "f|same"}));
}

}  // namespace
}  // namespace cerslint::report
