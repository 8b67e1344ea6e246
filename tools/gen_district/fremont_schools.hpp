// The real schools the generators use: Fremont Unified School District, Alameda County (CDS
// 01-61176). Source: CDE School Directory export created 2026-04-06 (cerslint copy:
// lib/directory/data/cde_directory_active_2026-04-06.tsv): every Active, Public=Y school except
// the adult school (0133108), the Young Adult Program (0127233) and the preschool (0128298),
// which have no CAASPP student groups. Shared by tools/gen_district and bench/ so both write
// files CERS accepts with the embedded directory.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace cerslint::district {

enum class SchoolKind : std::uint8_t { kElementary, kMiddle, kHigh, kAlternative, kSpan };

struct FremontSchool {
  std::string_view code;
  SchoolKind kind;
  std::string_view name;
};

inline constexpr auto kFremontSchools = std::to_array<FremontSchool>({
    {"01611760130062", SchoolKind::kHigh, "American High"},
    {"01611760130138", SchoolKind::kAlternative, "Robertson High (Continuation)"},
    {"01611760130435", SchoolKind::kAlternative, "Vista Alternative"},
    {"01611760130534", SchoolKind::kSpan, "Circle of Independent Learning"},
    {"01611760134270", SchoolKind::kHigh, "Irvington High"},
    {"01611760134452", SchoolKind::kHigh, "John F. Kennedy High"},
    {"01611760135244", SchoolKind::kHigh, "Mission San Jose High"},
    {"01611760138693", SchoolKind::kHigh, "Washington High"},
    {"01611760138982", SchoolKind::kElementary, "Lila Bringhurst Elementary"},
    {"01611766000541", SchoolKind::kElementary, "John Blacow Elementary"},
    {"01611766000558", SchoolKind::kElementary, "Brier Elementary"},
    {"01611766000566", SchoolKind::kElementary, "Cabrillo Elementary"},
    {"01611766000590", SchoolKind::kElementary, "E. M. Grimmer Elementary"},
    {"01611766000624", SchoolKind::kElementary, "Glenmoor Elementary"},
    {"01611766000640", SchoolKind::kElementary, "Harvey Green Elementary"},
    {"01611766000665", SchoolKind::kElementary, "J. Haley Durham Elementary"},
    {"01611766000673", SchoolKind::kElementary, "James Leitch Elementary"},
    {"01611766000681", SchoolKind::kElementary, "Joseph Azevada Elementary"},
    {"01611766000715", SchoolKind::kElementary, "Tom Maloney Elementary"},
    {"01611766000723", SchoolKind::kElementary, "John G. Mattos Elementary"},
    {"01611766000749", SchoolKind::kElementary, "Mission Valley Elementary"},
    {"01611766000756", SchoolKind::kElementary, "Niles Elementary"},
    {"01611766000764", SchoolKind::kElementary, "O. N. Hirsch Elementary"},
    {"01611766000798", SchoolKind::kElementary, "Parkmont Elementary"},
    {"01611766000806", SchoolKind::kElementary, "Patterson Elementary"},
    {"01611766000830", SchoolKind::kElementary, "Vallejo Mill Elementary"},
    {"01611766000848", SchoolKind::kElementary, "Warm Springs Elementary"},
    {"01611766056873", SchoolKind::kMiddle, "Centerville Middle"},
    {"01611766056881", SchoolKind::kMiddle, "G. M. Walters Middle"},
    {"01611766056907", SchoolKind::kMiddle, "John M. Horner Middle"},
    {"01611766056915", SchoolKind::kMiddle, "Thornton Middle"},
    {"01611766056923", SchoolKind::kMiddle, "William Hopkins Middle"},
    {"01611766066468", SchoolKind::kElementary, "John Gomes Elementary"},
    {"01611766089320", SchoolKind::kElementary, "Brookvale Elementary"},
    {"01611766089619", SchoolKind::kElementary, "Warwick Elementary"},
    {"01611766090526", SchoolKind::kElementary, "Joshua Chadbourne Elementary"},
    {"01611766090534", SchoolKind::kElementary, "Mission San Jose Elementary"},
    {"01611766090542", SchoolKind::kElementary, "Oliveira Elementary"},
    {"01611766090559", SchoolKind::kElementary, "Steven Millard Elementary"},
    {"01611766104723", SchoolKind::kElementary, "Ardenwood Elementary"},
    {"01611766106983", SchoolKind::kElementary, "Fred E. Weibel Elementary"},
    {"01611766111330", SchoolKind::kElementary, "Forest Park Elementary"},
});

}  // namespace cerslint::district
