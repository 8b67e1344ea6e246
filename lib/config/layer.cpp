// Names of layer values as they are written in cerslint.toml.
#include "config/layer.hpp"

namespace cerslint::config {

std::string_view to_string(Eol eol) {
  switch (eol) {
    case Eol::kCrlf:
      return "crlf";
    case Eol::kLf:
      return "lf";
    default:
      return "keep";
  }
}

}  // namespace cerslint::config
