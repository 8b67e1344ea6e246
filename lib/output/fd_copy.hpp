// Copying a whole file to a descriptor without passing its bytes through user space where the
// kernel allows it (sendfile: files, pipes, /dev/null), else with a read/write loop. `cerslint fix
// --stdout` sends hundreds of megabytes this way.
#pragma once

#include <optional>
#include <string>

#include "util/result.hpp"

namespace cerslint::output {

// Copies `from` (from its start) to `fd` (at its current position); `to_name` names `fd` in errors.
std::optional<Error> copy_file_to_fd(const std::string& from, int fd, const std::string& to_name);

}  // namespace cerslint::output
