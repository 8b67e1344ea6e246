// expat glue: C callbacks to XmlHandler.
#include "xlsx/xml_stream.hpp"

#include <expat.h>
#include <fmt/format.h>

#include <cstring>

namespace cerslint::xlsx {

namespace {

std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon == nullptr ? std::string_view(name) : std::string_view(colon + 1);
}

}  // namespace

const char* attr(const char** attrs, std::string_view name) {
  for (int i = 0; attrs[i] != nullptr; i += 2) {
    if (local_name(attrs[i]) == name) return attrs[i + 1];
  }
  return nullptr;
}

struct XmlStream::Impl {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  std::string part;
  bool doctype = false;
};

namespace {

// Stops expat as soon as a handler has set `stop` (a limit reached, a DOCTYPE seen).
void halt_if_stopped(XmlStream::Impl* impl) {
  if (impl->handler->stop) XML_StopParser(impl->parser, XML_FALSE);
}

void on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto* impl = static_cast<XmlStream::Impl*>(data);
  impl->handler->start(local_name(name), attrs);
  halt_if_stopped(impl);
}
void on_end(void* data, const XML_Char* name) {
  auto* impl = static_cast<XmlStream::Impl*>(data);
  impl->handler->end(local_name(name));
  halt_if_stopped(impl);
}
void on_text(void* data, const XML_Char* s, int len) {
  auto* impl = static_cast<XmlStream::Impl*>(data);
  impl->handler->text(std::string_view(s, static_cast<std::size_t>(len)));
  halt_if_stopped(impl);
}
void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* impl = static_cast<XmlStream::Impl*>(data);
  impl->handler->stop =
      Error{"the workbook contains an XML document type declaration, which Excel never writes; "
            "cerslint does not read such files",
            ""};
  halt_if_stopped(impl);
}

}  // namespace

XmlStream::XmlStream(XmlHandler& handler, std::string part) : impl_(new Impl) {
  impl_->handler = &handler;
  impl_->part = std::move(part);
  impl_->parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(impl_->parser, impl_);
  XML_SetElementHandler(impl_->parser, on_start, on_end);
  XML_SetCharacterDataHandler(impl_->parser, on_text);
  XML_SetStartDoctypeDeclHandler(impl_->parser, on_doctype);
}

XmlStream::~XmlStream() {
  if (impl_->parser != nullptr) XML_ParserFree(impl_->parser);
  delete impl_;
}

std::optional<Error> XmlStream::parse(const char* data, int len, bool last) {
  XmlHandler& h = *impl_->handler;
  if (h.stop) return h.stop;
  if (XML_Parse(impl_->parser, data, len, last ? 1 : 0) == XML_STATUS_ERROR) {
    if (h.stop) return h.stop;
    return Error{fmt::format("the workbook is damaged: part {} is not well-formed XML ({} at "
                             "line {}); open it in Excel, save it again and retry",
                             impl_->part, XML_ErrorString(XML_GetErrorCode(impl_->parser)),
                             XML_GetCurrentLineNumber(impl_->parser)),
                 ""};
  }
  if (h.stop) return h.stop;
  return std::nullopt;
}

std::optional<Error> XmlStream::feed(std::string_view bytes) {
  // Chunks are at most 64 KiB (ZipArchive::read), well within int.
  return parse(bytes.data(), static_cast<int>(bytes.size()), false);
}

std::optional<Error> XmlStream::finish() { return parse(nullptr, 0, true); }

}  // namespace cerslint::xlsx
