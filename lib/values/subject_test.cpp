#include "values/subject.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cerslint::values {
namespace {

const std::vector<std::string> kCodes = {"Math", "ELA", "ELPAC"};

std::string suggest(std::string_view s, SubjectMiss* reason = nullptr) {
  std::string scratch;
  const auto r = suggest_subject(s, kCodes, scratch);
  if (!r) return "-";
  if (reason) *reason = r->reason;
  return std::string(r->code);
}

TEST(Subject, Synonyms) {
  EXPECT_EQ(suggest("Mathematics"), "Math");
  EXPECT_EQ(suggest("MATHS"), "Math");
  EXPECT_EQ(suggest("Math."), "Math");
  EXPECT_EQ(suggest("English"), "ELA");
  EXPECT_EQ(suggest("English  Language Arts"), "ELA");
  EXPECT_EQ(suggest("ELA/Literacy"), "ELA");
  EXPECT_EQ(suggest("Reading"), "ELA");
  EXPECT_EQ(suggest("Summative ELPAC"), "ELPAC");
  EXPECT_EQ(suggest("All Subjects"), "ALL");
  SubjectMiss reason{};
  suggest("Mathematics", &reason);
  EXPECT_EQ(reason, SubjectMiss::kSynonym);
}

TEST(Subject, SynonymForAnUnconfiguredCodeSuggestsNothing) {
  std::string scratch;
  const std::vector<std::string> math_only = {"Math"};
  EXPECT_FALSE(suggest_subject("English", math_only, scratch));
}

TEST(Subject, InvisibleCharacters) {
  SubjectMiss reason{};
  EXPECT_EQ(suggest("Math\xC2\xA0", &reason), "Math");
  EXPECT_EQ(reason, SubjectMiss::kInvisible);
  EXPECT_EQ(suggest("\xE2\x80\x8B" "ELA"), "ELA");
  EXPECT_EQ(suggest("EL\xC2\xAD" "PAC"), "ELPAC");  // soft hyphen
  EXPECT_EQ(suggest("\xC2\xA0"), "-");
}

TEST(Subject, NearMisses) {
  SubjectMiss reason{};
  EXPECT_EQ(suggest("Mathh", &reason), "Math");
  EXPECT_EQ(reason, SubjectMiss::kNearMiss);
  EXPECT_EQ(suggest("Maht"), "Math");
  EXPECT_EQ(suggest("EAL"), "ELA");
  EXPECT_EQ(suggest("ELPC"), "ELPAC");
  EXPECT_EQ(suggest("ELPA"), "-");    // one edit from ELA too
  EXPECT_EQ(suggest("alll"), "ALL");
  EXPECT_EQ(suggest("ELD"), "-");     // English Language Development is another subject
  EXPECT_EQ(suggest("Science"), "-");
  EXPECT_EQ(suggest("A"), "-");
  EXPECT_EQ(suggest("ALA"), "-");     // one edit from both ELA and ALL: ambiguous
}

TEST(Subject, WithinOneEdit) {
  EXPECT_TRUE(within_one_edit("math", "MATH"));
  EXPECT_TRUE(within_one_edit("mat", "math"));
  EXPECT_TRUE(within_one_edit("maths", "math"));
  EXPECT_TRUE(within_one_edit("mxth", "math"));
  EXPECT_TRUE(within_one_edit("amth", "math"));
  EXPECT_FALSE(within_one_edit("ma", "math"));
  EXPECT_FALSE(within_one_edit("htam", "math"));
}

}  // namespace
}  // namespace cerslint::values
