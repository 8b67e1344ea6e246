// Address parts of a login cell: the same scan as count_addresses (email.cpp), returning the
// parts instead of counting them. email_fix_test.cpp checks that the two agree.
#include "values/email_fix.hpp"

namespace cerslint::values {
namespace {

bool separator(char c) {
  return c == ';' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

}  // namespace

void split_addresses(std::string_view s, std::vector<std::string_view>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && separator(s[i])) ++i;
    if (i >= s.size()) break;
    const std::size_t start = i;
    bool quoted = false;
    bool address = false;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && separator(c)) {
        break;
      } else if (!quoted && c == '@' && i > start && i + 1 < s.size() && !separator(s[i + 1]) &&
                 s[i - 1] != '"') {
        address = true;
      }
    }
    if (address) out.push_back(s.substr(start, i - start));
  }
}

}  // namespace cerslint::values
