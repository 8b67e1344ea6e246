// Subscriptions of the rules that judge one key value and find nothing in an ordinary one, so
// the engine calls them only for an odd value (Subscriptions::only_with; the value facts are
// described at engine::trait::kOddSchool). Header-only, like the rest of rules/common.
#pragma once

#include "engine/rule.hpp"

namespace cerslint::rules::common {

// The eleven S rules: a changed school id the directory check has something to say about.
inline engine::Subscriptions changed_odd_school_id() {
  return {.columns = engine::bit(engine::Column::kSchool), .only_with = engine::trait::kOddSchool};
}

// G001, G003, G005, G006, G007: each group start (a change of school, group name or year)
// whose group name is not values::ordinary_group_name.
inline engine::Subscriptions group_starts_with_odd_name() {
  return {.columns = engine::kGroupKeyColumns, .only_with = engine::trait::kOddGroupName};
}

}  // namespace cerslint::rules::common
