// The benchmark data generator. Own RNG (splitmix64) and own range reduction, because std::
// distributions differ between standard libraries and the bytes must be the same everywhere
// for a given seed: a benchmark is only comparable across compilers on identical input.
#include "bench/district_data.hpp"

#include "tools/gen_district/fremont_schools.hpp"

#include <array>
#include <charconv>
#include <string_view>

namespace cerslint::bench {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Modulo bias is irrelevant here; what matters is library independence.
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo + 1))); }
  // True with probability per_mille / 1000.
  bool chance(int per_mille) { return below(1000) < static_cast<std::uint64_t>(per_mille); }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

 private:
  std::uint64_t state_;
};

enum class Level : std::uint8_t { kElementary, kMiddle, kHigh };

struct School {
  std::string_view code;
  Level level;
};

// The elementary, middle and high schools of Fremont Unified (tools/gen_district/
// fremont_schools.hpp): Active, Public = Y in the embedded directory, so the clean file is
// accepted. Each appears once, contiguously, as CERS requires.
constexpr std::size_t kSchoolCount = [] {
  std::size_t n = 0;
  for (const auto& s : district::kFremontSchools) {
    n += s.kind == district::SchoolKind::kElementary || s.kind == district::SchoolKind::kMiddle ||
         s.kind == district::SchoolKind::kHigh;
  }
  return n;
}();

constexpr std::array<School, kSchoolCount> kSchools = [] {
  std::array<School, kSchoolCount> out{};
  std::size_t i = 0;
  for (const auto& s : district::kFremontSchools) {
    switch (s.kind) {
      case district::SchoolKind::kElementary: out[i++] = School{s.code, Level::kElementary}; break;
      case district::SchoolKind::kMiddle: out[i++] = School{s.code, Level::kMiddle}; break;
      case district::SchoolKind::kHigh: out[i++] = School{s.code, Level::kHigh}; break;
      default: break;
    }
  }
  return out;
}();

constexpr std::array<std::string_view, 24> kLastNames = {
    "Nguyen", "Garcia", "Smith",  "Lopez",   "Chen",   "Patel",  "Kim",      "Martinez",
    "Singh",  "Wong",   "Brown",  "Hernandez", "Lee",  "Johnson", "Rodriguez", "Tran",
    "Davis",  "Gupta",  "Wilson", "Ramirez", "Huang", "Miller", "Flores",   "Shah"};
constexpr std::array<std::string_view, 16> kFirstNames = {
    "maria", "james", "linh", "priya", "david", "ana",   "wei",   "sarah",
    "jose",  "emily", "raj",  "mei",   "kevin", "laura", "omar",  "grace"};
constexpr std::array<std::string_view, 8> kCourses = {
    "Math", "ELA", "Science", "History", "Homeroom", "Intervention", "Honors Math", "ELD"};

void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  out.append(buf, end);
}

// A unique (per school) group name as districts write them. ~6% come out quoted because they
// contain a comma ("Nguyen, L. - ..."), ~1.5% also hold doubled quotes, as Excel writes them.
void append_group_name(std::string& out, SplitMix64& rng, Level level, std::uint64_t section) {
  const int grade = level == Level::kElementary ? rng.between(3, 6)
                    : level == Level::kMiddle   ? rng.between(6, 8)
                                                : rng.between(9, 11);
  const int roll = static_cast<int>(rng.below(1000));
  if (roll < 15) {  // quoted, with doubled quotes (and a comma)
    out += "\"";
    out += rng.pick(kLastNames);
    out += ", ";
    out += static_cast<char>('A' + rng.below(26));
    out += ". \"\"";
    out += rng.pick(kCourses);
    out += "\"\" Gr ";
  } else if (roll < 60) {  // quoted because of a comma
    out += "\"";
    out += rng.pick(kLastNames);
    out += ", ";
    out += static_cast<char>('A' + rng.below(26));
    out += ". - ";
    out += rng.pick(kCourses);
    out += " Gr ";
  } else {
    out += "Grade ";
  }
  append_uint(out, static_cast<std::uint64_t>(grade));
  if (roll >= 60) {
    out += ' ';
    out += rng.pick(kCourses);
  }
  out += " - Room ";
  append_uint(out, static_cast<std::uint64_t>(rng.between(1, 60)));
  out += " - Sec ";
  append_uint(out, section);  // keeps school+group+year keys unique (CERS: no repeated group)
  if (roll < 60) out += '"';
}

// Class sizes: mostly 20-36, some combined classes, a few whole-grade groups up to CERS's 200.
int student_count(SplitMix64& rng) {
  const int roll = static_cast<int>(rng.below(100));
  if (roll < 70) return rng.between(20, 36);
  if (roll < 95) return rng.between(37, 80);
  return rng.between(100, 200);
}

enum class Fault : std::uint8_t { kNone, kBlankGroup, kYearText, kYearShort, kDroppedZero };

void append_row(std::string& out, std::string_view group, std::string_view school,
                std::string_view subject, std::uint64_t ssid, std::string_view login,
                Fault fault) {
  if (fault != Fault::kBlankGroup) out += group;
  out += ',';
  if (fault == Fault::kDroppedZero && school.front() == '0') {
    out += school.substr(1);  // Excel turned the code into a number
  } else {
    out += school;
  }
  out += fault == Fault::kYearText ? ",2025-26," : fault == Fault::kYearShort ? ",26," : ",2026,";
  out += subject;
  out += ',';
  if (ssid != 0) append_uint(out, ssid);
  out += ',';
  out += login;
  out += "\r\n";
}

}  // namespace

std::string make_district_csv(const DistrictSpec& spec) {
  SplitMix64 rng(spec.seed);
  const bool bad = spec.variant == DistrictVariant::kEveryRowBad;
  std::string out;
  out.reserve(spec.target_bytes + (std::size_t{64} << 10));
  out += "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login\r\n";

  const std::size_t per_school = spec.target_bytes / kSchools.size() + 1;
  std::string group;
  std::string login;
  auto fault = [&]() {
    return bad ? static_cast<Fault>(1 + rng.below(4)) : Fault::kNone;
  };
  for (std::size_t s = 0; s < kSchools.size() && out.size() < spec.target_bytes; ++s) {
    const School& school = kSchools[s];
    // The last school takes whatever is left, so the file ends close to target_bytes.
    const std::size_t school_end =
        s + 1 == kSchools.size() ? spec.target_bytes : (s + 1) * per_school;
    for (std::uint64_t section = 1001; out.size() < school_end; ++section) {
      group.clear();
      append_group_name(group, rng, school.level, section);
      const int subject_roll = static_cast<int>(rng.below(10));
      const std::string_view subject = subject_roll < 4 ? "Math" : subject_roll < 8 ? "ELA" : "";
      const int teachers = rng.between(1, 3);
      for (int t = 0; t < teachers; ++t) {
        login.assign(rng.pick(kFirstNames));
        login += '.';
        login += rng.pick(kLastNames);
        for (char& c : login) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        login += "@example.org";
        append_row(out, group, school.code, subject, 0, login, fault());
      }
      const int students = student_count(rng);
      for (int i = 0; i < students; ++i) {
        const std::uint64_t ssid = 9'000'000'000ULL + rng.below(1'000'000'000ULL);
        append_row(out, group, school.code, subject, ssid, {}, fault());
      }
    }
  }
  return out;
}

}  // namespace cerslint::bench
