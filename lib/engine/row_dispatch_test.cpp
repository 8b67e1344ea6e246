#include "engine/row_dispatch.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace cerslint::engine {
namespace {

// The dispatch only hands the pointers back, so stand-ins numbered by insertion order will do.
Rule* rule_number(std::uintptr_t i) { return reinterpret_cast<Rule*>((i + 1) * 16); }

std::vector<Rule*> called(const RowDispatch& d, ColumnMask changed, RowTraits traits) {
  std::vector<Rule*> out;
  d.for_each(changed, traits, [&](Rule* r) { out.push_back(r); });
  return out;
}

TEST(RowDispatch, CallsEveryRuleWatchingAColumnThatChangedOrATraitTheRowHas) {
  RowDispatch d;
  d.add(rule_number(0), bit(Column::kSsid), 0);
  d.add(rule_number(1), 0, trait::kNonAscii);
  d.add(rule_number(2), bit(Column::kSchool), trait::kLogin);
  d.add(rule_number(3), bit(Column::kSsid) | bit(Column::kLogin), 0);

  EXPECT_EQ(called(d, bit(Column::kSsid), 0),
            (std::vector<Rule*>{rule_number(0), rule_number(3)}));
  EXPECT_EQ(called(d, 0, trait::kLogin), (std::vector<Rule*>{rule_number(2)}));
  EXPECT_EQ(called(d, bit(Column::kSchool), trait::kNonAscii | trait::kLogin),
            (std::vector<Rule*>{rule_number(1), rule_number(2)}));
  EXPECT_TRUE(called(d, bit(Column::kYear), trait::kBackslash).empty());
  EXPECT_TRUE(called(d, 0, 0).empty());
}

// A gated rule (Subscriptions::only_with) is called only when the row also has one of its
// gate traits; the others are not held back by it, before or after it in the order.
TEST(RowDispatch, AGatedRuleNeedsOneOfItsGateTraitsToo) {
  RowDispatch d;
  d.add(rule_number(0), bit(Column::kSchool), 0);
  d.add(rule_number(1), bit(Column::kSchool), 0, trait::kOddSchool);
  d.add(rule_number(2), bit(Column::kSchool), 0, trait::kOddSchool | trait::kOddGroupName);
  d.add(rule_number(3), 0, trait::kLogin, trait::kOddGroupName);
  d.add(rule_number(4), bit(Column::kSchool), 0);

  EXPECT_EQ(called(d, bit(Column::kSchool), 0),
            (std::vector<Rule*>{rule_number(0), rule_number(4)}));
  EXPECT_EQ(called(d, bit(Column::kSchool), trait::kOddSchool),
            (std::vector<Rule*>{rule_number(0), rule_number(1), rule_number(2), rule_number(4)}));
  EXPECT_EQ(called(d, bit(Column::kSchool), trait::kOddGroupName),
            (std::vector<Rule*>{rule_number(0), rule_number(2), rule_number(4)}));
  EXPECT_EQ(called(d, 0, trait::kOddSchool | trait::kOddGroupName).size(), 0u);  // nothing watched
  EXPECT_EQ(called(d, 0, trait::kLogin | trait::kOddGroupName), (std::vector<Rule*>{rule_number(3)}));
  EXPECT_TRUE(called(d, 0, trait::kLogin).empty());
}

TEST(RowDispatch, GatesRulesPastSixtyFourToo) {
  RowDispatch d;
  std::vector<Rule*> ungated, all;
  for (std::uintptr_t i = 0; i < 150; ++i) {
    const bool gated = i % 7 == 3;
    d.add(rule_number(i), bit(Column::kSsid), 0, gated ? RowTraits{1u << 15} : RowTraits{0});
    if (!gated) ungated.push_back(rule_number(i));
    all.push_back(rule_number(i));
  }
  EXPECT_EQ(called(d, bit(Column::kSsid), 0), ungated);
  EXPECT_EQ(called(d, bit(Column::kSsid), RowTraits{1u << 15}), all);
}

TEST(RowDispatch, KeepsTheOrderOfAdditionPastSixtyFourRules) {
  RowDispatch d;
  std::vector<Rule*> ssid_watchers, all;
  for (std::uintptr_t i = 0; i < 150; ++i) {
    const bool ssid = i % 3 == 0;
    // The highest trait bit too, so no bit of the 16-bit traits is lost.
    d.add(rule_number(i), ssid ? bit(Column::kSsid) : 0, ssid ? 0 : RowTraits{1u << 15});
    if (ssid) ssid_watchers.push_back(rule_number(i));
    all.push_back(rule_number(i));
  }
  EXPECT_EQ(called(d, bit(Column::kSsid), 0), ssid_watchers);
  EXPECT_EQ(called(d, bit(Column::kSsid), RowTraits{1u << 15}), all);
}

}  // namespace
}  // namespace cerslint::engine
