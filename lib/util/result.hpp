// Operational failures (I/O, usage) as values: a Result<T> holds a T or an Error. Findings about
// the file's content are never Errors; they are data produced by rules.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace cerslint {

struct Error {
  std::string message;  // plain words for the person running the tool
  std::string path;     // file concerned, may be empty
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T& value() const& { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace cerslint
