// A streaming (SAX) XML parse of one workbook part with expat: the part's bytes go in as they are
// unpacked, start tags, text and end tags come out. Element names arrive without their namespace
// prefix ("x:row" -> "row"): generators differ in prefixes, never in local names.
// Documents with a DOCTYPE are refused: OOXML parts never have one, and entity declarations are
// how XML "billion laughs" attacks work.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace cerslint::xlsx {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attrs`: name, value, name, value, ..., nullptr (expat's layout; names without prefixes are
  // found with attr()).
  virtual void start(std::string_view name, const char** attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  // Set to stop the parse (e.g. a limit); feed() then returns it.
  std::optional<Error> stop;
};

// The value of attribute `name` (compared without prefix), or nullptr.
const char* attr(const char** attrs, std::string_view name);

class XmlStream {
 public:
  XmlStream(XmlHandler& handler, std::string part);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  std::optional<Error> feed(std::string_view bytes);
  std::optional<Error> finish();

  struct Impl;  // public to the callbacks in xml_stream.cpp

 private:
  std::optional<Error> parse(const char* data, int len, bool last);
  Impl* impl_;
};

}  // namespace cerslint::xlsx
