// RunLedger and the member hashes under it: equal ledgers for the same memberships in the same
// runs, different ones for a member lost, added or moved, or a run split.
#include "fix/run_ledger.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace cerslint::fix {
namespace {

struct Line {
  std::string school, name, year, ssid, login;
};
constexpr const char* kSchool = "01611760130435";

RunLedger ledger_of(const std::vector<Line>& lines) {
  RunLedger ledger;
  for (const Line& l : lines) ledger.add(l.school, l.name, l.year, l.ssid, l.login);
  return ledger;
}

std::vector<Line> two_groups() {
  return {{kSchool, "Math 7", "2027", "9000000001", ""},
          {kSchool, "Math 7", "2027", "9000000002", ""},
          {kSchool, "Math 7", "2027", "", "teacher@example.org"},
          {kSchool, "ELA 7", "2027", "9000000001", ""},
          {kSchool, "ELA 7", "2027", "9000000003", "aide@example.org"}};
}

TEST(RunLedger, TheSameMembershipsInTheSameRunsAreEqual) {
  std::vector<Line> reordered = two_groups();
  std::swap(reordered[0], reordered[2]);  // order inside a run does not matter
  EXPECT_TRUE(ledger_of(two_groups()) == ledger_of(reordered));
  EXPECT_EQ(ledger_of(two_groups()).runs(), 2u);
}

TEST(RunLedger, RepeatsInsideARunCountOnceAndBlanksNotAtAll) {
  std::vector<Line> repeated = two_groups();
  repeated.insert(repeated.begin() + 1, repeated[0]);  // the same student again
  repeated.insert(repeated.begin() + 1, {kSchool, "Math 7", "2027", " ", ""});  // blank SSID
  EXPECT_TRUE(ledger_of(two_groups()) == ledger_of(repeated));
}

TEST(RunLedger, ALostAddedOrMovedMemberShows) {
  const RunLedger meant = ledger_of(two_groups());
  std::vector<Line> lost = two_groups();
  lost.erase(lost.begin() + 1);
  EXPECT_FALSE(meant == ledger_of(lost));
  std::vector<Line> no_login = two_groups();
  no_login[4].login.clear();
  EXPECT_FALSE(meant == ledger_of(no_login));
  std::vector<Line> added = two_groups();
  added.push_back({kSchool, "ELA 7", "2027", "9000000004", ""});
  EXPECT_FALSE(meant == ledger_of(added));
  // The same two students, each in the other's group.
  std::vector<Line> moved = two_groups();
  std::swap(moved[1].ssid, moved[4].ssid);
  EXPECT_FALSE(meant == ledger_of(moved));
  // A student's SSID as a login: another kind of member.
  std::vector<Line> kind = two_groups();
  kind[1] = {kSchool, "Math 7", "2027", "", "9000000002"};
  EXPECT_FALSE(meant == ledger_of(kind));
}

TEST(RunLedger, ARunSplitOrJoinedShows) {
  std::vector<Line> split = two_groups();
  split.push_back(split[0]);  // Math 7 comes back after ELA 7: a third run, the same members
  EXPECT_EQ(ledger_of(split).runs(), 3u);
  EXPECT_FALSE(ledger_of(two_groups()) == ledger_of(split));
  // A year or school differing makes another run too, and the values are compared whole.
  std::vector<Line> year = two_groups();
  year[1].year = "2026";
  EXPECT_EQ(ledger_of(year).runs(), 4u);
  const std::string us = "\x1f";  // the separator a joined key would have used
  const std::vector<Line> joined_a = {{"a" + us + "b", "c", "2027", "9000000001", ""}};
  const std::vector<Line> joined_b = {{"a", "b" + us + "c", "2027", "9000000001", ""}};
  EXPECT_FALSE(ledger_of(joined_a) == ledger_of(joined_b));
}

TEST(MemberHash, PartsOfEveryLengthHashApart) {
  // Every value of 0 to 24 bytes, and the same bytes cut between the parts differently: the
  // tail of each part is read as one word, whose padding must not make values collide.
  std::set<std::uint64_t> seen;
  std::size_t made = 0;
  for (std::size_t n = 0; n <= 24; ++n) {
    std::string id(n, 'x');
    for (std::size_t i = 0; i < n; ++i) id[i] = static_cast<char>('0' + (i * 7 + n) % 10);
    for (const char kind : {'S', 'L'}) {
      seen.insert(member_hash(kSchool, "Math 7", "2027", kind, id));
      ++made;
    }
    if (n == 0) continue;  // (then the bytes moved are none: the same hash, rightly)
    id.back() = 'y';       // the same length, the last byte changed
    seen.insert(member_hash(kSchool, "Math 7", "2027", 'S', id));
    ++made;
    seen.insert(member_hash(std::string(kSchool) + id, "Math 7", "2027", 'S', ""));
    seen.insert(member_hash(kSchool, "Math 7" + id, "2027", 'S', ""));
    made += 2;
  }
  EXPECT_EQ(seen.size(), made);
  // A byte past the value's end never counts: a value inside a longer buffer hashes as a copy.
  const std::string buffer =
      "9000000001"
      "9000000002";
  const std::string_view inside(buffer.data(), 10);
  EXPECT_EQ(member_hash(kSchool, "G", "2027", 'S', inside),
            member_hash(kSchool, "G", "2027", 'S', std::string(inside)));
  // Hashing the group once gives what hashing everything each time gives.
  const MemberHasher group(kSchool, "Math 7", "2027");
  EXPECT_EQ(group.member('S', "9000000001"),
            member_hash(kSchool, "Math 7", "2027", 'S', "9000000001"));
}

}  // namespace
}  // namespace cerslint::fix
