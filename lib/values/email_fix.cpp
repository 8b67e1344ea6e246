// Address parts of a login cell: the scan of count_addresses (email.cpp), with the parts.
#include "values/email_fix.hpp"

#include "values/email.hpp"

namespace cerslint::values {

void split_addresses(std::string_view s, std::vector<std::string_view>& out) { scan_addresses(s, &out); }

}  // namespace cerslint::values
