// Defaults and option parsing for the CERS configuration.
#include "cers/defaults.hpp"

#include <algorithm>
#include <charconv>

namespace cerslint::cers {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool to_int(std::string_view s, std::int32_t& out) {
  s = trim(s);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::int32_t current_school_end_year(int year, int month) { return month >= 7 ? year + 1 : year; }

std::vector<std::int32_t> default_years(int today_year, int today_month) {
  std::vector<std::int32_t> years;
  for (std::int32_t y = 2015; y <= current_school_end_year(today_year, today_month); ++y) {
    years.push_back(y);
  }
  return years;
}

std::vector<std::string> default_subjects() { return {"Math", "ELA", "ELPAC"}; }

Result<std::vector<std::int32_t>> parse_years(std::string_view spec) {
  std::vector<std::int32_t> years;
  while (!spec.empty()) {
    const std::size_t comma = spec.find(',');
    std::string_view part = trim(spec.substr(0, comma));
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    if (part.empty()) continue;
    const std::size_t dash = part.find('-', 1);
    std::int32_t from = 0, to = 0;
    const bool ok = dash == std::string_view::npos
                        ? to_int(part, from) && to_int(part, to)
                        : to_int(part.substr(0, dash), from) && to_int(part.substr(dash + 1), to);
    if (!ok || from > to || to - from > 1000) {
      return Error{"--years: \"" + std::string(part) +
                       "\" is not a year or a range like 2016-2025",
                   ""};
    }
    for (std::int32_t y = from; y <= to; ++y) years.push_back(y);
  }
  if (years.empty()) return Error{"--years: no year given", ""};
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

std::vector<std::string> parse_subjects(std::string_view spec) {
  std::vector<std::string> subjects;
  while (!spec.empty()) {
    const std::size_t comma = spec.find(',');
    std::string_view part = trim(spec.substr(0, comma));
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    if (!part.empty()) subjects.emplace_back(part);
  }
  return subjects;
}

}  // namespace cerslint::cers
