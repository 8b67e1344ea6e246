// California's CERS configuration as cerslint assumes it when not told otherwise, and parsers
// for the --years / --subjects option syntax.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace cerslint::cers {

// School years are named by their end year; a school year starts on July 1.
std::int32_t current_school_end_year(int year, int month);
// 2015 through the current school year's end year (California has years from 2015 on).
std::vector<std::int32_t> default_years(int today_year, int today_month);
std::vector<std::string> default_subjects();  // Math, ELA, ELPAC

// "2016-2025", "2018,2019", "2016-2018,2025" -> sorted years; an Error on bad syntax.
Result<std::vector<std::int32_t>> parse_years(std::string_view spec);
// "Math,ELA,ELPAC" -> {"Math","ELA","ELPAC"} (spaces around names removed, empty names dropped).
std::vector<std::string> parse_subjects(std::string_view spec);

}  // namespace cerslint::cers
