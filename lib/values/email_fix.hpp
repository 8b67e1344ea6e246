// Helpers for the L rules' repairs (`cerslint fix`): the address parts of a login cell that
// holds several addresses (L001), found exactly as count_addresses counts them.
#pragma once

#include <string_view>
#include <vector>

namespace cerslint::values {

// Appends to `out` the parts of `s` that count_addresses counts as addresses: `s` split on
// ';', ',' and ASCII whitespace outside double quotes, keeping the parts with an '@' (outside
// quotes) that has text on both sides. Views into `s`; out.size() == count_addresses(s).
void split_addresses(std::string_view s, std::vector<std::string_view>& out);

}  // namespace cerslint::values
