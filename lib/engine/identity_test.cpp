// Findings carry the identity of the row they are about (RowIdentity): the row's own values
// for row findings, the group's key for group findings, nothing for file and header findings.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "directory/school_directory.hpp"
#include "engine/runner.hpp"
#include "engine/selection.hpp"
#include "reader/csv_reader.hpp"

namespace cerslint::engine {
namespace {

constexpr std::string_view kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\n";
constexpr std::string_view kSchool = "01611766111330";

struct Seen {
  std::string code;
  std::uint64_t line;
  std::string school, year, group, member;
};

// Copies each finding's identity while the views are valid (during on_finding).
class Copy final : public FindingSink {
 public:
  void on_finding(const Finding& f) override {
    seen.push_back(Seen{std::string(f.rule->code), f.location.line, std::string(f.row.school),
                        std::string(f.row.year), std::string(f.row.group),
                        std::string(f.row.member)});
  }
  const Seen* find(std::string_view code) const {
    for (const Seen& s : seen) {
      if (s.code == code) return &s;
    }
    return nullptr;
  }
  std::vector<Seen> seen;
};

Copy check_text(const std::string& csv, std::vector<std::string> select = {}) {
  static const auto schools = directory::PermittedSchools::from_embedded_directory();
  static const cers::Config config{&schools, {2027}, {"Math", "ELA"}};
  auto reader = reader::CsvReader::from_memory(csv);
  CheckOptions options;
  options.cers = &config;
  if (!select.empty()) options.selected = resolve_selection(select, {}).value();
  Copy sink;
  (void)check(reader, options, sink);
  return sink;
}

std::string row(std::string_view group, std::string_view ssid, std::string_view login,
                std::string_view subject = "Math") {
  return std::string(group) + "," + std::string(kSchool) + ",2027," + std::string(subject) + "," +
         std::string(ssid) + "," + std::string(login) + "\n";
}

TEST(RowIdentity, RowFindingsCarryTheRowsValues) {
  const Copy out = check_text(std::string(kHeader) + row("G1", "", "t@example.org") +
                              row("G1", "9000000001", "") + row("G1", "901730066", ""));
  const Seen* n003 = out.find("N003");  // 9-digit SSID
  ASSERT_NE(n003, nullptr);
  EXPECT_EQ(n003->line, 4u);
  EXPECT_EQ(n003->school, kSchool);
  EXPECT_EQ(n003->year, "2027");
  EXPECT_EQ(n003->group, "G1");
  EXPECT_EQ(n003->member, "901730066");
}

TEST(RowIdentity, MemberIsTheLoginWhenTheSsidIsEmpty) {
  const Copy out = check_text(std::string(kHeader) + row("G1", "", "mailto:t@example.org") +
                              row("G1", "9000000001", ""));
  const Seen* l003 = out.find("L003");  // mailto: login
  ASSERT_NE(l003, nullptr);
  EXPECT_EQ(l003->member, "mailto:t@example.org");
  EXPECT_EQ(l003->group, "G1");
}

TEST(RowIdentity, HeaderFindingsHaveNone) {
  const Copy out = check_text(
      "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login,"
      "notes\n" +
      row("G1", "", "t@example.org").substr(0, row("G1", "", "t@example.org").size() - 1) + ",x\n");
  const Seen* f009 = out.find("F009");  // an extra header name
  ASSERT_NE(f009, nullptr);
  EXPECT_EQ(f009->line, 1u);
  EXPECT_EQ(f009->school + f009->year + f009->group + f009->member, "");
}

TEST(RowIdentity, GroupFindingsCarryTheGroupWithoutAMember) {
  const Copy out = check_text(std::string(kHeader) + row("G1", "", "t@example.org", "") +
                              row("G1", "9000000001", "", "") + row("G2", "", "t@example.org") +
                              row("G2", "9000000002", ""));
  const Seen* u003 = out.find("U003");  // G1 has no subject on any row
  ASSERT_NE(u003, nullptr);
  EXPECT_EQ(u003->school, kSchool);
  EXPECT_EQ(u003->year, "2027");
  EXPECT_EQ(u003->group, "G1");
  EXPECT_EQ(u003->member, "");
}

TEST(RowIdentity, TooManyStudentsIsAboutTheGroupThatEnded) {
  std::string csv = std::string(kHeader) + row("Big", "", "t@example.org");
  for (int i = 0; i < 201; ++i) csv += row("Big", std::to_string(9000000000 + i), "");
  csv += row("Next", "", "t@example.org");  // the record that reveals the count
  for (const bool lint : {true, false}) {
    const Copy out =
        check_text(csv, lint ? std::vector<std::string>{} : std::vector<std::string>{"C109"});
    const Seen* c109 = out.find("C109");
    ASSERT_NE(c109, nullptr);
    if (lint) {
      EXPECT_EQ(c109->group, "Big");
      EXPECT_EQ(c109->school, kSchool);
      EXPECT_EQ(c109->year, "2027");
    } else {
      // Without lint rules nothing tracks groups: the finding counts as about the file.
      EXPECT_EQ(c109->group, "");
    }
    EXPECT_EQ(c109->member, "");
  }
}

TEST(RowIdentity, CersRecordFindingsCarryTheRecord) {
  const Copy out = check_text(std::string(kHeader) + "G1,1.23457E+13,2027,Math,9000000001,\n");
  const Seen* c106 = out.find("C106");
  ASSERT_NE(c106, nullptr);
  EXPECT_EQ(c106->school, "1.23457E+13");
  EXPECT_EQ(c106->member, "9000000001");
}

TEST(RowIdentity, HostileValuesAreCutToAPrefix) {
  const std::string name = "G" + std::string(100000, 'x');  // one group name of 100 kB
  const Copy out = check_text(std::string(kHeader) + row(name, "", "t@example.org") +
                              row(name, "901730066", ""));
  const Seen* n003 = out.find("N003");
  ASSERT_NE(n003, nullptr);
  EXPECT_EQ(n003->group, name.substr(0, 256));
  EXPECT_EQ(n003->member, "901730066");
}

}  // namespace
}  // namespace cerslint::engine
