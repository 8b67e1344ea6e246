// `cerslint fix --diff`: a unified diff (diff -u style, 3 lines of context) of two texts split
// into lines. Myers' algorithm; when the texts differ in more than `max_edits` lines (a file
// whose every line ending changed, say) the diff is one hunk replacing everything, which is
// what it is. Memory is proportional to the two texts: --diff is for reviewing, not for
// multi-GB batch runs.
#pragma once

#include <string>
#include <string_view>

namespace cerslint::fix {

std::string unified_diff(std::string_view before, std::string_view after,
                         std::string_view before_name, std::string_view after_name,
                         std::size_t max_edits = 20000);

}  // namespace cerslint::fix
