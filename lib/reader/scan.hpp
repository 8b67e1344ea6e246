// Quote scanner for the tokenizer's quoted-field path. Unquoted fields are found through the
// delimiter mask (delim_cursor.hpp); quoted ones are rare (~6% of fields), so a memchr (itself
// vectorized by libc) is all they need.
#pragma once

#include <cstring>

namespace cerslint::reader::scan {

// First '"' in [p, e); e if none.
inline const char* quote(const char* p, const char* e) {
  const void* q = std::memchr(p, '"', static_cast<std::size_t>(e - p));
  return q ? static_cast<const char*>(q) : e;
}

}  // namespace cerslint::reader::scan
