// The files a command works on, from its arguments: folders and glob patterns expanded here, so
// a quoted pattern (CI scripts, Windows habits, pre-commit) works the same as a shell's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cerslint::cli {

struct ExpandedInputs {
  std::vector<std::string> files;
  std::vector<std::string> unmatched;  // patterns that matched no file, as given
};

// Inputs as given, with
// - each folder replaced by the *.csv files below it (any letter case, recursively, sorted;
//   hidden folders such as .git skipped);
// - each glob pattern replaced by the files it matches, sorted: `*` and `?` within a name,
//   `[abc]`, `[a-z]`, `[!a-z]`, `\` to quote the next character, and `**` as a whole path part
//   for any number of folders (`district/**/*.csv`). A folder the pattern matches counts as
//   the *.csv files below it. Like a shell, `*`, `?` and `**` do not match names starting with
//   a dot unless the pattern part does. Letter case counts (as on Linux file systems).
// "-", existing files and missing paths without pattern characters pass through unchanged, so
// opening them reports the problem. A path that exists is never read as a pattern.
ExpandedInputs expand_input_patterns(const std::vector<std::string>& args);

// expand_input_patterns, telling each pattern that matched nothing on standard error.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

// Whether one path part matches one pattern part (no `/` in either); exposed for tests.
bool glob_part_matches(std::string_view pattern, std::string_view name);

// Whether `arg` holds an unquoted `*`, `?` or `[`.
bool is_glob_pattern(std::string_view arg);

}  // namespace cerslint::cli
