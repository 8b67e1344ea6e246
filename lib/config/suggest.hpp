// "Did you mean ...?" for misspelt configuration keys and rule names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cerslint::config {

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo
// (at most 2 edits, and fewer than half the word's letters); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean \"X\"?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace cerslint::config
