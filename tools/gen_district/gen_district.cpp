// gen_district: seeded generator of realistic CERS student-group CSV files, for tests, benchmarks
// and the shipped example (testdata/examples/district-groups.csv). Models one California district:
// real Fremont Unified CDS codes first, then synthetic Luhn-valid codes; SSIDs come from a reserved
// synthetic range (90xxxxxxxx) and logins are at example.org only. Standalone: CLI11 + fmt only.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <numeric>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "lib/util/csv_field.hpp"
#include "tools/gen_district/fremont_schools.hpp"

namespace {

using std::uint32_t;
using std::uint64_t;

constexpr std::string_view kHeader =
    "group_name,school_natural_id,school_year,subject_code,student_ssid,group_user_login";
constexpr std::size_t kChunk = std::size_t{1} << 20;
// Room after a full chunk for the row being written; the longest row is well under 1 KiB.
constexpr std::size_t kSlack = std::size_t{64} << 10;
constexpr uint64_t kSsidSpan = 100'000'000;  // SSIDs are "90" followed by 8 digits
constexpr uint32_t kMaxGroupStudents = 200;  // CERS rejects larger groups
constexpr std::string_view kNbsp = "\xC2\xA0";

// ---------------------------------------------------------------------------------------------
// Random numbers. Fixed algorithms (splitmix64 seeding, xoshiro256**) and our own range
// reduction, because std:: distributions differ between standard libraries and the output must
// be byte-identical everywhere for a given seed.

constexpr uint64_t mix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (auto& word : state_) {
      seed += 0x9E3779B97F4A7C15ULL;
      word = mix64(seed);
    }
  }

  uint64_t next() {
    const uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Modulo bias is irrelevant at these sizes; what matters is that it is library-independent.
  uint64_t below(uint64_t n) { return n == 0 ? 0 : next() % n; }
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<uint64_t>(hi - lo + 1)));
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }

  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[below(N)];
  }

 private:
  static constexpr uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<uint64_t, 4> state_{};
};

// ---------------------------------------------------------------------------------------------
// CDS codes.

// Luhn check digit for `payload`; every active public CDS code's district part and school part
// each end in one (spec section 5), so synthetic codes do too and look real to lint rules.
int luhn_check_digit(std::string_view payload) {
  int sum = 0;
  bool twice = true;
  for (auto it = payload.rbegin(); it != payload.rend(); ++it) {
    int digit = *it - '0';
    if (twice) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    twice = !twice;
  }
  return (10 - sum % 10) % 10;
}

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

enum class Level : std::uint8_t { kElementary, kMiddle, kHigh, kAlternative, kSpan };

struct School {
  std::string code;
  Level level = Level::kElementary;
};

struct BuiltinSchool {
  std::string_view code;
  Level level;
};

// The built-in schools: Fremont Unified, from tools/gen_district/fremont_schools.hpp.
constexpr Level level_of(cerslint::district::SchoolKind k) {
  switch (k) {
    case cerslint::district::SchoolKind::kElementary: return Level::kElementary;
    case cerslint::district::SchoolKind::kMiddle: return Level::kMiddle;
    case cerslint::district::SchoolKind::kHigh: return Level::kHigh;
    case cerslint::district::SchoolKind::kAlternative: return Level::kAlternative;
    case cerslint::district::SchoolKind::kSpan: return Level::kSpan;
  }
  return Level::kElementary;
}

constexpr auto kBuiltinSchools = [] {
  std::array<BuiltinSchool, cerslint::district::kFremontSchools.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = BuiltinSchool{cerslint::district::kFremontSchools[i].code, level_of(cerslint::district::kFremontSchools[i].kind)};
  }
  return out;
}();

// The district's other directory codes (district office, excluded public schools, private
// schools): synthetic codes must never coincide with a real entry.
constexpr auto kBuiltinOtherCodes = std::to_array<std::string_view>(
    {"01611760000000", "01611760127233", "01611760128298", "01611760133108", "01611766140461",
     "01611766141923", "01611766142459", "01611766152276", "01611766155717", "01611766158778",
     "01611766159222", "01611766169924", "01611766206023", "01611766909840", "01611766967483",
     "01611766972731", "01611766972996", "01611766993778", "01611767100902", "01611767103799"});

std::string_view trim_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

Level level_from_entity_type(std::string_view type) {
  const auto has = [type](std::string_view word) {
    return type.find(word) != std::string_view::npos;
  };
  if (has("Continuation") || has("Alternative") || has("Community Day") || has("Juvenile") ||
      has("Opportunity"))
    return Level::kAlternative;
  if (has("Elementary") || has("Kindergarten")) return Level::kElementary;
  if (has("Middle") || has("Intermediate") || has("Junior High")) return Level::kMiddle;
  if (has("High")) return Level::kHigh;
  return Level::kSpan;
}

struct SchoolsFileColumns {
  std::optional<std::size_t> code, status, record_type, entity_type, is_public;
};

SchoolsFileColumns columns_from_header(std::span<const std::string_view> names) {
  SchoolsFileColumns cols;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "CDSCode") cols.code = i;
    if (names[i] == "StatusType") cols.status = i;
    if (names[i] == "RecordType") cols.record_type = i;
    if (names[i] == "EntityType") cols.entity_type = i;
    if (names[i] == "Public") cols.is_public = i;
  }
  return cols;
}

std::string_view column(std::span<const std::string_view> fields,
                        std::optional<std::size_t> index) {
  return index && *index < fields.size() ? fields[*index] : std::string_view{};
}

// Reads a CDE directory TSV (or a bare list of 14-digit codes, one per line) and keeps active
// public schools, so generated files only name codes CERS could know.
std::vector<School> read_schools_file(const std::string& path, std::string_view prefix,
                                      std::unordered_set<std::string>& all_codes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read {}", path));
  std::vector<School> schools;
  SchoolsFileColumns cols;
  cols.code = 0;  // a bare list of codes has no header
  std::string line;
  for (bool first = true; std::getline(in, line); first = false) {
    const auto fields = split_tabs(trim_cr(line));
    if (first && std::find(fields.begin(), fields.end(), "CDSCode") != fields.end()) {
      cols = columns_from_header(fields);
      if (!cols.code) throw std::runtime_error("schools file header has no CDSCode column");
      continue;
    }
    const std::string_view code = column(fields, cols.code);
    if (code.size() != 14 || !is_digits(code)) continue;
    all_codes.emplace(code);
    const bool active = !cols.status || column(fields, cols.status) == "Active";
    const bool school = !cols.record_type || column(fields, cols.record_type) == "School";
    const bool is_public = column(fields, cols.is_public) != "N";
    if (!active || !school || !is_public || code.substr(7) == "0000000") continue;
    if (!code.starts_with(prefix)) continue;
    schools.push_back(
        {std::string(code), level_from_entity_type(column(fields, cols.entity_type))});
  }
  if (schools.empty())
    throw std::runtime_error(fmt::format("no active public school codes in {}", path));
  return schools;
}

// Hands out listed schools in a seeded order, then synthetic codes in the same district once the
// list runs out (big files need tens of thousands of schools).
class SchoolSource {
 public:
  SchoolSource(std::vector<School> listed, std::unordered_set<std::string> taken, Rng& rng)
      : listed_(std::move(listed)), taken_(std::move(taken)), rng_(rng) {
    district_prefix_ = listed_.front().code.substr(0, 7);
    for (std::size_t i = listed_.size(); i > 1; --i)
      std::swap(listed_[i - 1], listed_[rng_.below(i)]);
  }

  School next() {
    if (next_listed_ < listed_.size()) return listed_[next_listed_++];
    return synthesize();
  }

 private:
  School synthesize() {
    for (;;) {
      const std::string payload = fmt::format("{:06}", next_serial_);
      next_serial_ = next_serial_ >= 999'999 ? 100'000 : next_serial_ + 1;
      std::string code =
          fmt::format("{}{}{}", district_prefix_, payload, luhn_check_digit(payload));
      // Serials never repeat before 500,000 synthetic schools (tens of GB), so only real codes
      // need checking and the set does not grow with the output.
      if (!taken_.contains(code)) return {std::move(code), synthetic_level()};
    }
  }

  Level synthetic_level() {
    const uint64_t roll = rng_.below(100);
    if (roll < 62) return Level::kElementary;
    if (roll < 80) return Level::kMiddle;
    if (roll < 95) return Level::kHigh;
    return Level::kAlternative;
  }

  std::vector<School> listed_;
  std::unordered_set<std::string> taken_;  // every code of the source list or district
  Rng& rng_;
  std::string district_prefix_;
  std::size_t next_listed_ = 0;
  uint32_t next_serial_ = 500'000;  // school parts 5000000+ are unused in the built-in district
};

// ---------------------------------------------------------------------------------------------
// Names. Synthetic people only; logins are derived from them and always end in @example.org.

constexpr auto kFirstNames = std::to_array<std::string_view>(
    {"Ann",       "Maria",     "José",    "Jennifer", "Michael", "David",       "Priya",
     "Wei",       "Mei",       "Daniel",  "Sarah",    "Jessica", "Christopher", "Linh",
     "Thanh",     "Hiroshi",   "Yuki",    "Aisha",    "Fatima",  "Omar",        "Rahul",
     "Anjali",    "Carlos",    "Luis",    "Ana",      "Sofia",   "Gabriela",    "Juan",
     "Miguel",    "Rosa",      "Elena",   "Kevin",    "Brian",   "Emily",       "Ashley",
     "Amanda",    "Stephanie", "Nicole",  "Karen",    "Lisa",    "Laura",       "Rachel",
     "Rebecca",   "Megan",     "Lauren",  "Heather",  "Melissa", "Angela",      "Grace",
     "Kimberly",  "Jason",     "Ryan",    "Eric",     "Steven",  "Mark",        "Paul",
     "Andrew",    "Joshua",    "Matthew", "James",    "Robert",  "John",        "William",
     "Thomas",    "Richard",   "Joseph",  "Patricia", "Linda",   "Susan",       "Deborah",
     "Catherine", "Christine", "Monica",  "Veronica", "Adriana", "Alejandra",   "Diana",
     "Erica",     "Hannah",    "Olivia",  "Sandeep",  "Vikram",  "Arjun",       "Neha",
     "Deepa",     "Minh",      "Tuan",    "Hoa",      "Jin",     "Seo-yeon",    "Min-jun",
     "Haruto",    "Farid",     "Leila",   "Reza",     "Nadia",   "Tamara",      "Keisha",
     "Marcus",    "Andre",     "Tanya",   "Colleen",  "Aaron",   "Noah"});

constexpr auto kLastNames = std::to_array<std::string_view>(
    {"Garcia",     "Hernandez",   "Lopez",    "Martinez", "Gonzalez",  "Rodriguez", "Perez",
     "Sanchez",    "Ramirez",     "Torres",   "Flores",   "Rivera",    "Gomez",     "Diaz",
     "Reyes",      "Morales",     "Cruz",     "Ortiz",    "Gutierrez", "Chavez",    "Ramos",
     "Ruiz",       "Alvarez",     "Mendoza",  "Castillo", "Vasquez",   "Jimenez",   "Moreno",
     "Romero",     "Herrera",     "Medina",   "Aguilar",  "Vargas",    "Muñoz",     "Nguyen",
     "Tran",       "Le",          "Pham",     "Huynh",    "Hoang",     "Vo",        "Dang",
     "Bui",        "Do",          "Chen",     "Wang",     "Li",        "Zhang",     "Liu",
     "Yang",       "Huang",       "Zhao",     "Wu",       "Lin",       "Wong",      "Chan",
     "Lee",        "Kim",         "Park",     "Choi",     "Kang",      "Cho",       "Yoon",
     "Patel",      "Shah",        "Singh",    "Kaur",     "Gupta",     "Sharma",    "Kumar",
     "Reddy",      "Rao",         "Iyer",     "Desai",    "Mehta",     "Smith",     "Johnson",
     "Williams",   "Brown",       "Jones",    "Miller",   "Davis",     "Wilson",    "Anderson",
     "Taylor",     "Thomas",      "Moore",    "Jackson",  "Martin",    "Thompson",  "White",
     "Harris",     "Clark",       "Lewis",    "Robinson", "Walker",    "Young",     "Allen",
     "King",       "Wright",      "Scott",    "Hill",     "Green",     "Adams",     "Baker",
     "Nelson",     "Carter",      "Mitchell", "Roberts",  "Campbell",  "Evans",     "Turner",
     "Collins",    "Stewart",     "Murphy",   "Cook",     "Rogers",    "Morgan",    "Cooper",
     "Peterson",   "Reed",        "Bailey",   "Bell",     "Kelly",     "Howard",    "Ward",
     "Brooks",     "Bennett",     "O'Brien",  "O'Connor", "Sullivan",  "McCarthy",  "Yamamoto",
     "Tanaka",     "Nakamura",    "Suzuki",   "Sato",     "Santos",    "Dela Cruz", "Bautista",
     "Villanueva", "Nguyen-Tran", "Haddad",   "Ahmadi"});

constexpr auto kMascots =
    std::to_array<std::string_view>({"Eagles", "Owls", "Tigers", "Dolphins", "Bears", "Falcons",
                                     "Hawks", "Sharks", "Lions", "Otters"});

constexpr auto kMonths = std::to_array<std::string_view>(
    {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"});
static_assert(kMonths.size() == 12);

// Login local part: lower-case ASCII letters, digits and '-' only, accents folded, so the address
// is what a district directory would hold for the display name.
void append_login_part(std::string& out, std::string_view name) {
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == 0xC3 && i + 1 < name.size()) {
      const auto next = static_cast<unsigned char>(name[++i]);
      static constexpr std::string_view kFolded =
          "aaaaaaaceeeeiiiidnooooo/ouuuuy";  // U+00E0..U+00FD
      if (next >= 0xA0 && next - 0xA0u < kFolded.size()) out += kFolded[next - 0xA0];
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
      out += static_cast<char>(c);
    }
  }
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Excel artefacts.

// Excel's "General" rendering of a long number: 6 significant digits rounded half up, trailing
// zeros dropped, exponent of at least two digits (01611760130062 -> 1.61176E+12).
std::string excel_scientific(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  int exponent = static_cast<int>(digits.size()) - 1;
  uint64_t mantissa = 0;
  for (std::size_t i = 0; i < 6; ++i)
    mantissa = mantissa * 10 + (i < digits.size() ? digits[i] - '0' : 0);
  if (digits.size() > 6 && digits[6] >= '5') ++mantissa;
  if (mantissa == 1'000'000) {
    mantissa = 100'000;
    ++exponent;
  }
  std::string fraction = fmt::format("{:05}", mantissa % 100'000);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fmt::format("{}{}{}E+{:02}", mantissa / 100'000, fraction.empty() ? "" : ".", fraction,
                     exponent);
}

// Excel reads "5-1" as 1 May and writes it back as "1-May".
std::string excel_date_name(int month, int day) {
  return fmt::format("{}-{}", day, kMonths[(month - 1) % 12]);
}

// ---------------------------------------------------------------------------------------------
// CSV output.

// Streams through one large buffer and writes whole 1 MiB chunks, so memory stays constant and
// the kernel sees few large writes whatever the output size.
class Output {
 public:
  explicit Output(std::FILE* file)
      : file_(file), buffer_(std::make_unique<char[]>(kChunk + kSlack)) {}

  void append(std::string_view text) {
    if (size_ + text.size() > kChunk + kSlack) drain(0);
    std::memcpy(buffer_.get() + size_, text.data(), text.size());
    size_ += text.size();
  }

  void commit() {
    if (size_ >= kChunk) drain(kChunk);
  }

  void finish() {
    drain(0);
    if (std::fflush(file_) != 0) failed_ = true;
  }

  uint64_t total() const { return written_ + size_; }
  bool failed() const { return failed_; }

 private:
  // Writes whole chunks (or everything when chunk == 0) and keeps the remainder.
  void drain(std::size_t chunk) {
    std::size_t done = 0;
    while (size_ - done >= (chunk == 0 ? 1 : chunk)) {
      const std::size_t n = chunk == 0 ? size_ - done : chunk;
      if (std::fwrite(buffer_.get() + done, 1, n, file_) != n) failed_ = true;
      done += n;
      written_ += n;
    }
    std::memmove(buffer_.get(), buffer_.get() + done, size_ - done);
    size_ -= done;
  }

  std::FILE* file_;
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0;
  uint64_t written_ = 0;
  bool failed_ = false;
};

// ---------------------------------------------------------------------------------------------
// School plans: everything about one school, built when the school starts and dropped when it
// ends, so memory depends on the largest school, never on the output size.

struct Teacher {
  std::string_view first;
  std::string_view last;
  std::string login;
};

enum class SubjectStyle : std::uint8_t { kEveryRow, kFirstRowOnly, kMixed };

struct GroupSpec {
  std::string name;     // the value, unescaped
  std::string subject;  // empty = blank column
  int grade = 0;        // 0 = kindergarten
  uint32_t slice_lo = 0;
  uint32_t slice_len = 1;
  uint32_t start = 0;
  uint32_t stride = 1;
  uint32_t students = 0;
  std::array<uint32_t, 3> teachers{};  // indices into SchoolPlan::teachers
  uint32_t teacher_count = 1;
  SubjectStyle style = SubjectStyle::kFirstRowOnly;
  bool teachers_first = true;
  uint64_t row_seed = 0;  // decides blank/non-blank subjects of later rows without drawing randoms

  uint32_t rows() const { return teacher_count + students; }
};

struct SchoolPlan {
  School school;
  int first_grade = 0;
  int last_grade = 0;
  uint32_t pool_size = 0;
  std::vector<char> ssids;        // pool_size SSIDs of 10 digits, back to back
  std::vector<Teacher> teachers;  // [0] is the principal
  std::vector<GroupSpec> groups;
  std::unordered_set<std::string> names;   // lower-cased group names: keys must not repeat
  std::unordered_set<std::string> logins;  // keeps two same-named teachers apart

  std::string_view ssid(uint32_t index) const {
    return {ssids.data() + std::size_t{index} * 10, 10};
  }
};

// Bijection on [0, 10^8): a 4-round Feistel network on two 4-digit halves, so consecutive
// students get unrelated-looking SSIDs while no two students in a file share one (below 10^8
// students).
class SsidPermutation {
 public:
  explicit SsidPermutation(Rng& rng) {
    for (auto& key : keys_) key = rng.next();
  }

  uint64_t operator()(uint64_t x) const {
    constexpr uint64_t kHalf = 10'000;
    uint64_t left = (x % kSsidSpan) / kHalf;
    uint64_t right = x % kHalf;
    for (const uint64_t key : keys_) {
      const uint64_t mixed = (left + mix64(right ^ key)) % kHalf;
      left = right;
      right = mixed;
    }
    return left * kHalf + right;
  }

 private:
  std::array<uint64_t, 4> keys_{};
};

struct LevelShape {
  int first_grade;
  int last_grade;
  int min_pool;
  int max_pool;
};

// Fremont Unified runs K-5 elementary, 6-8 middle and 9-12 high schools.
LevelShape shape_of(Level level) {
  switch (level) {
    case Level::kElementary:
      return {0, 5, 380, 720};
    case Level::kMiddle:
      return {6, 8, 900, 1400};
    case Level::kHigh:
      return {9, 12, 1500, 2600};
    case Level::kAlternative:
      return {9, 12, 80, 220};
    case Level::kSpan:
      return {0, 12, 220, 450};
  }
  return {0, 5, 380, 720};
}

std::string grade_word(int grade) {
  static constexpr std::array<std::string_view, 4> kSuffix{"th", "st", "nd", "rd"};
  if (grade == 0) return "Kindergarten";
  return fmt::format("{}{} Grade", grade,
                     grade <= 3 ? kSuffix[static_cast<std::size_t>(grade)] : "th");
}

std::string grade_short(int grade) { return grade == 0 ? "K" : std::to_string(grade); }

class SchoolPlanner {
 public:
  SchoolPlanner(SchoolPlan& plan, Rng& rng, int year) : plan_(plan), rng_(rng), year_(year) {}

  void plan(uint64_t& ssid_offset, const SsidPermutation& permutation) {
    const LevelShape shape = shape_of(plan_.school.level);
    plan_.first_grade = shape.first_grade;
    plan_.last_grade = shape.last_grade;
    plan_.pool_size = static_cast<uint32_t>(rng_.between(shape.min_pool, shape.max_pool));
    fill_ssids(ssid_offset, permutation);
    add_teacher();  // the principal, who is added to some groups as an extra viewer
    coverage_ = 0.45 + 0.55 * rng_.unit();
    conventions_ = {rng_.below(6), rng_.below(6)};
    for (int grade = shape.first_grade; grade <= shape.last_grade; ++grade) {
      if (grade <= 5)
        add_classrooms(grade);
      else
        add_department_sections(grade);
    }
    add_program_groups();
    if (plan_.groups.empty())
      add_program_group(ProgramKind::kGradeLevel);  // low coverage left none
  }

 private:
  enum class ProgramKind : std::uint8_t { kElpac, kGradeLevel, kIntervention, kOther };

  void fill_ssids(uint64_t& ssid_offset, const SsidPermutation& permutation) {
    plan_.ssids.resize(std::size_t{plan_.pool_size} * 10);
    // Digits by hand: the pools hold about one SSID per row written, so this is hot.
    for (uint32_t i = 0; i < plan_.pool_size; ++i) {
      char* digits = plan_.ssids.data() + std::size_t{i} * 10;
      digits[0] = '9';
      digits[1] = '0';
      uint64_t value = permutation(ssid_offset + i);
      for (int d = 9; d >= 2; --d, value /= 10) digits[d] = static_cast<char>('0' + value % 10);
    }
    ssid_offset += plan_.pool_size;
  }

  uint32_t add_teacher() {
    Teacher teacher{
        kFirstNames[rng_.below(kFirstNames.size())], kLastNames[rng_.below(kLastNames.size())], {}};
    std::string local;
    append_login_part(local, teacher.first);
    local += '.';
    append_login_part(local, teacher.last);
    std::string login = local;
    for (int n = 2; !plan_.logins.insert(login).second; ++n) login = fmt::format("{}{}", local, n);
    teacher.login = login + "@example.org";
    plan_.teachers.push_back(std::move(teacher));
    return static_cast<uint32_t>(plan_.teachers.size() - 1);
  }

  uint32_t any_teacher() { return static_cast<uint32_t>(rng_.below(plan_.teachers.size())); }

  std::pair<uint32_t, uint32_t> grade_slice(int grade) const {
    const auto grades = static_cast<uint64_t>(plan_.last_grade - plan_.first_grade + 1);
    const auto index = static_cast<uint64_t>(grade - plan_.first_grade);
    const auto lo = static_cast<uint32_t>(plan_.pool_size * index / grades);
    const auto hi = static_cast<uint32_t>(plan_.pool_size * (index + 1) / grades);
    return {lo, std::max<uint32_t>(hi - lo, 1)};
  }

  // The group takes `count` distinct students of the slice, walking it with a stride coprime to
  // its length; different groups overlap, as students belong to several groups.
  void choose_students(GroupSpec& group, uint32_t lo, uint32_t len, uint32_t count) {
    group.slice_lo = lo;
    group.slice_len = len;
    group.students = std::min({count, len, kMaxGroupStudents});
    group.start = static_cast<uint32_t>(rng_.below(len));
    group.stride = 1;
    if (len > 2) {
      do group.stride = static_cast<uint32_t>(1 + rng_.below(len - 1));
      while (std::gcd(group.stride, len) != 1);
    }
  }

  std::string subject_or_blank(std::string_view subject, double blank_chance) {
    return rng_.chance(blank_chance) ? std::string{} : std::string(subject);
  }

  // Adds viewers and row layout, makes the name unique within the school (CERS keys ignore case)
  // and appends the group.
  void finish_group(GroupSpec group, uint32_t primary) {
    group.teachers[0] = primary;
    group.teacher_count = 1;
    if (plan_.teachers.size() > 2 && rng_.chance(0.22)) {
      const uint32_t co = any_teacher();
      if (co != primary && co != 0) group.teachers[group.teacher_count++] = co;
    }
    if (primary != 0 && rng_.chance(0.1)) group.teachers[group.teacher_count++] = 0;
    const uint64_t style = rng_.below(100);
    group.style = style < 35   ? SubjectStyle::kEveryRow
                  : style < 85 ? SubjectStyle::kFirstRowOnly
                               : SubjectStyle::kMixed;
    group.teachers_first = rng_.chance(0.75);
    group.row_seed = rng_.next();
    group.name = unique_name(std::move(group.name));
    plan_.groups.push_back(std::move(group));
  }

  std::string unique_name(std::string name) {
    if (plan_.names.insert(ascii_lower(name)).second) return name;
    for (char suffix = 'B'; suffix <= 'Z'; ++suffix) {
      std::string candidate = fmt::format("{} {}", name, suffix);
      if (plan_.names.insert(ascii_lower(candidate)).second) return candidate;
    }
    for (int n = 2;; ++n) {
      std::string candidate = fmt::format("{} ({})", name, n);
      if (plan_.names.insert(ascii_lower(candidate)).second) return candidate;
    }
  }

  // Real SIS exports follow one or two naming conventions per school, with occasional
  // hand-typed names; ~6% carry a comma (quoted field) and ~1% embedded quotes.
  std::size_t convention() {
    const uint64_t roll = rng_.below(100);
    if (roll < 6) return 100;  // comma
    if (roll < 7) return 101;  // embedded quotes
    return roll < 75 ? conventions_[0] : conventions_[1];
  }

  std::string classroom_name(const Teacher& t, int grade, int section, int room) {
    const std::string g = grade_short(grade);
    switch (convention()) {
      case 100:
        return rng_.chance(0.5) ? fmt::format("{}, {} - Room {}", t.last, t.first, room)
                                : fmt::format("{}, {} - Gr{}", t.last, t.first, g);
      case 101:
        return rng_.chance(0.5) ? fmt::format("The \"{}\" {}", rng_.pick(kMascots),
                                              grade == 0 ? "K" : grade_word(grade).substr(0, 3))
                                : fmt::format("Rm {} \"{}\"", room, rng_.pick(kMascots));
      case 0:
        return grade == 0 ? fmt::format("Kinder Rm {}", room) : fmt::format("Gr{} Rm {}", g, room);
      case 1:
        return fmt::format("{} {}", t.last, grade_word(grade));
      case 2:
        return fmt::format("{} - {}", grade == 0 ? "Kindergarten" : "Grade " + g, t.last);
      case 3:
        return fmt::format("{} Gr{}", t.last, g);
      case 4:
        return fmt::format("Room {} {}", room, t.last);
      default:
        return fmt::format("{}-{}", g, section);  // "5-1": the name Excel turns into 1-May
    }
  }

  void add_classrooms(int grade) {
    const auto [lo, len] = grade_slice(grade);
    const int classes = std::max(1, static_cast<int>(len) / rng_.between(22, 28));
    for (int section = 1; section <= classes; ++section) {
      const uint32_t teacher = add_teacher();
      const int room = ++room_;
      if (!rng_.chance(coverage_)) continue;
      GroupSpec base;
      base.grade = grade;
      base.name = classroom_name(plan_.teachers[teacher], grade, section, room);
      choose_students(
          base, lo, len,
          len / static_cast<uint32_t>(classes) + static_cast<uint32_t>(rng_.between(0, 2)));
      if (rng_.chance(0.4)) {
        GroupSpec ela = base;
        base.name += " Math";
        base.subject = subject_or_blank("Math", 0.12);
        ela.name += " ELA";
        ela.subject = subject_or_blank("ELA", 0.12);
        finish_group(std::move(base), teacher);
        finish_group(std::move(ela), teacher);
        continue;
      }
      const uint64_t roll = rng_.below(100);
      base.subject = roll < 30 ? "Math" : roll < 60 ? "ELA" : roll < 85 ? "" : "ALL";
      finish_group(std::move(base), teacher);
    }
  }

  std::string course_name(bool math, int grade) {
    static constexpr std::array<std::array<std::string_view, 3>, 4> kMathHigh{
        {{"Integrated Math I", "Algebra 1", "Geometry"},
         {"Geometry", "Integrated Math II", "Algebra 2"},
         {"Algebra 2", "Integrated Math III", "AP Statistics"},
         {"Pre-Calculus", "AP Calculus AB", "Statistics"}}};
    static constexpr std::array<std::array<std::string_view, 3>, 4> kElaHigh{
        {{"English 9", "English 9 Honors", "English 9"},
         {"English 10", "English 10 Honors", "World Lit"},
         {"English 11", "AP Lang", "American Lit"},
         {"ERWC", "AP Lit", "English 12"}}};
    if (grade >= 9)
      return std::string(
          (math ? kMathHigh : kElaHigh)[static_cast<std::size_t>(grade - 9)][rng_.below(3)]);
    static constexpr std::array<std::string_view, 3> kMiddleSuffix{"", " Accel", " Honors"};
    const uint64_t roll = rng_.below(10);
    return fmt::format("{} {}{}", math ? "Math" : (roll < 5 ? "ELA" : "English"), grade,
                       kMiddleSuffix[roll < 7   ? 0
                                     : roll < 9 ? 1
                                                : 2]);
  }

  std::string section_name(const Teacher& t, bool math, const std::string& course, int grade,
                           int period, int section) {
    const std::string_view subject = math ? "Math" : "ELA";
    switch (convention()) {
      case 100:
        return rng_.chance(0.5) ? fmt::format("{}, {} - Period {}", t.last, t.first, period)
                                : fmt::format("{}, Period {} - {}", course, period, t.last);
      case 101:
        return fmt::format("{} \"{}\" {} P{}", t.last, rng_.pick(kMascots), course, period);
      case 0:
        return fmt::format("{} Period {} {}", t.last, period, subject);
      case 1:
        return fmt::format("{} {}-{}", subject, grade, section);
      case 2:
        return fmt::format("{} P{} {}", course, period, t.last);
      case 3:
        return fmt::format("{} - Per {} ({})", course, period, t.last);
      case 4:
        return fmt::format("{} {} Pd {}", t.last, course, period);
      default:
        return fmt::format("Per {} {} {}", period, course, t.last);
    }
  }

  // One grade's Math and ELA teachers, each teaching a few periods of one course.
  void add_department_sections(int grade) {
    const auto [lo, len] = grade_slice(grade);
    const bool small = plan_.school.level == Level::kAlternative;
    for (const bool math : {true, false}) {
      const int teachers = std::max(1, static_cast<int>(len) / rng_.between(110, 170));
      for (int i = 0; i < teachers; ++i) {
        const uint32_t teacher = add_teacher();
        const std::string course = course_name(math, grade);
        const int periods = small ? rng_.between(1, 2) : rng_.between(3, 5);
        const int first_period = rng_.between(1, 7 - periods);
        for (int p = first_period; p < first_period + periods; ++p) {
          if (!rng_.chance(coverage_)) continue;
          GroupSpec group;
          group.grade = grade;
          group.name = section_name(plan_.teachers[teacher], math, course, grade, p,
                                    ++sections_[math ? 0 : 1][static_cast<std::size_t>(grade)]);
          group.subject = subject_or_blank(math ? "Math" : "ELA", 0.18);
          choose_students(
              group, lo, len,
              static_cast<uint32_t>(small ? rng_.between(8, 18) : rng_.between(24, 37)));
          finish_group(std::move(group), teacher);
        }
      }
    }
  }

  void add_program_groups() {
    for (int i = rng_.between(0, 2); i > 0; --i) add_program_group(ProgramKind::kElpac);
    for (int i = rng_.between(0, 2); i > 0; --i) add_program_group(ProgramKind::kGradeLevel);
    for (int i = rng_.between(0, 2); i > 0; --i) add_program_group(ProgramKind::kIntervention);
    for (int i = rng_.between(0, 1); i > 0; --i) add_program_group(ProgramKind::kOther);
  }

  void add_program_group(ProgramKind kind) {
    GroupSpec group;
    group.grade = rng_.between(std::max(plan_.first_grade, 1), plan_.last_grade);
    const auto [lo, len] = grade_slice(group.grade);
    const bool elementary = group.grade <= 5;
    const uint32_t teacher = rng_.chance(0.5) ? add_teacher() : any_teacher();
    const std::string_view last = plan_.teachers[teacher].last;
    const int period = rng_.between(1, 6);
    switch (kind) {
      case ProgramKind::kElpac:
        group.name =
            elementary
                ? (rng_.chance(0.5)
                       ? fmt::format("ELPAC Prep {}", static_cast<char>('A' + rng_.below(3)))
                       : fmt::format("EL Support Gr{}", group.grade))
                : (rng_.chance(0.5)
                       ? fmt::format("ELD {} Period {}", rng_.between(1, 3), period)
                       : fmt::format("ELPAC Prep {}", static_cast<char>('A' + rng_.below(3))));
        group.subject = subject_or_blank("ELPAC", 0.15);
        choose_students(group, 0, plan_.pool_size, static_cast<uint32_t>(rng_.between(8, 40)));
        break;
      case ProgramKind::kGradeLevel:
        group.name = elementary ? fmt::format("Grade {} All Students", group.grade)
                     : group.grade >= 9 && rng_.chance(0.5)
                         ? fmt::format("Class of {}", year_ + 12 - group.grade)
                         : fmt::format("Gr{} CAASPP", group.grade);
        group.subject = subject_or_blank("ALL", 0.4);
        choose_students(group, lo, len, static_cast<uint32_t>(rng_.between(90, 200)));
        break;
      case ProgramKind::kIntervention: {
        const bool math = rng_.chance(0.5);
        group.name =
            elementary ? fmt::format("{} Intervention Gr{}", math ? "Math" : "Reading", group.grade)
            : math     ? fmt::format("Math Support {}", group.grade)
                       : fmt::format("Read 180 P{}", period);
        group.subject = math ? "Math" : "ELA";
        choose_students(group, lo, len, static_cast<uint32_t>(rng_.between(6, 18)));
        break;
      }
      case ProgramKind::kOther:
        group.name = elementary
                         ? (rng_.chance(0.5) ? fmt::format("GATE Gr{}", group.grade)
                                             : fmt::format("RSP {}", last))
                         : (rng_.chance(0.5) ? fmt::format("Advisory {}", last)
                                             : fmt::format("AVID {} P{}", group.grade, period));
        group.subject = subject_or_blank("ALL", 0.7);
        choose_students(group, lo, len, static_cast<uint32_t>(rng_.between(10, 30)));
        break;
    }
    finish_group(std::move(group), teacher);
  }

  SchoolPlan& plan_;
  Rng& rng_;
  int year_;
  double coverage_ = 1.0;  // share of classes the district bothered to upload
  std::array<std::size_t, 2> conventions_{};
  int room_ = 0;
  std::array<std::array<int, 13>, 2> sections_{};  // per subject and grade: "ELA 7-2"
};

// ---------------------------------------------------------------------------------------------
// Damage: typical Excel / SIS mistakes, applied per row.

enum class Damage : std::uint8_t {
  kSchoolScientific,
  kSchoolDropZero,
  kSchoolSpace,
  kGroupSpace,
  kYearDecimal,
  kYearRange,
  kSubjectWord,
  kSubjectNbsp,
  kSsidShort,
  kSsidScientific,
  kLoginTwo,
  kLoginMailto,
  kLoginDisplayName,
  kEmptyRow,
  kBlankLine,
  kMoveRow,
  kGroupDate,
  kCount
};

constexpr auto kDamageNames = std::to_array<std::string_view>(
    {"school-scientific", "school-leading-zero-dropped", "school-space", "group-space",
     "year-decimal", "year-range", "subject-word", "subject-nbsp", "ssid-9-digits",
     "ssid-scientific", "login-two-addresses", "login-mailto", "login-display-name", "empty-row",
     "blank-line", "row-out-of-order", "group-name-date"});
static_assert(kDamageNames.size() == static_cast<std::size_t>(Damage::kCount));

std::string_view damage_name(Damage damage) {
  return kDamageNames[static_cast<std::size_t>(damage)];
}

// Where the shipped example places a row-level mistake.
enum class Where : std::uint8_t { kAnyRow, kMidGroup, kLastRowOfSchool };

// Whole-group changes used only by --example.
enum class GroupChange : std::uint8_t { kNone, kSubjectMathematics, kTrailingSpaces, kOversize };

struct ExampleItem {
  double at;  // fraction of --rows; the item fires on the first suitable row at or after it
  std::optional<Damage> damage;
  Where where = Where::kAnyRow;
  GroupChange change = GroupChange::kNone;
};

// The mistakes of testdata/examples/district-groups.csv (see testdata/examples/README.md). School
// id mistakes come last so CERS's "out-of-order school" cascade hides none of the others.
constexpr std::array<ExampleItem, 11> kExamplePlan{{
    {0.04, Damage::kLoginMailto},
    {0.10, Damage::kLoginTwo},
    {0.16, Damage::kSsidShort, Where::kMidGroup},
    {0.22, Damage::kYearDecimal, Where::kMidGroup},
    {0.28, std::nullopt, Where::kAnyRow, GroupChange::kSubjectMathematics},
    {0.35, std::nullopt, Where::kAnyRow, GroupChange::kTrailingSpaces},
    {0.42, std::nullopt, Where::kAnyRow, GroupChange::kOversize},
    {0.55, Damage::kSchoolDropZero, Where::kLastRowOfSchool},
    {0.66, Damage::kSsidShort, Where::kMidGroup},
    {0.75, Damage::kMoveRow, Where::kMidGroup},
    {0.85, Damage::kSchoolScientific, Where::kMidGroup},
}};
constexpr int kExampleTrailingEmptyRows = 3;

std::string_view group_change_name(GroupChange change) {
  switch (change) {
    case GroupChange::kSubjectMathematics:
      return "group-subject-Mathematics";
    case GroupChange::kTrailingSpaces:
      return "group-name-trailing-spaces";
    case GroupChange::kOversize:
      return "group-over-200-students";
    case GroupChange::kNone:
      break;
  }
  return "none";
}

// One row's values before serialisation.
struct RowFields {
  std::string group;
  std::string school;
  std::string year;
  std::string subject;
  std::string ssid;
  std::string login;
};

struct RowInfo {
  bool teacher = false;
  uint32_t index = 0;  // teacher index or SSID pool index
  bool subject = false;
  uint32_t position = 0;
  uint32_t total = 0;
  bool last_group = false;
};

struct Options {
  uint64_t max_lines = UINT64_MAX;
  uint64_t max_bytes = UINT64_MAX;
  uint64_t seed = 1;
  int year = 2027;
  double damage = 0.0;
  // Bit i set: Damage(i) may be chosen (--damage-kinds); every kind by default.
  std::uint32_t damage_kinds = (1u << static_cast<unsigned>(Damage::kCount)) - 1;
  std::string eol = "\r\n";
  bool verbose = false;
  bool example = false;
  std::string schools_file;
  std::string district;
};

class Generator {
 public:
  Generator(const Options& options, std::FILE* file, SchoolSource& schools)
      : opt_(options),
        out_(file),
        schools_(schools),
        content_seed_(mix64(options.seed ^ 0x636F6E74656E74ULL)),
        permutation_rng_(mix64(options.seed ^ 0x7373696473ULL)),
        permutation_(permutation_rng_),
        damage_rng_(mix64(options.seed ^ 0x64616D616765ULL)),
        year_text_(std::to_string(options.year)) {}

  bool run() {
    out_.append(kHeader);
    out_.append(opt_.eol);
    while (!done_) emit_school(school_index_++);
    finish();
    return !out_.failed();
  }

 private:
  void emit_school(uint64_t index) {
    SchoolPlan plan;
    plan.school = schools_.next();
    Rng rng(mix64(content_seed_ + index));
    SchoolPlanner(plan, rng, opt_.year).plan(ssid_offset_, permutation_);
    for (std::size_t gi = 0; gi < plan.groups.size() && !done_; ++gi) emit_group(plan, gi);
  }

  void emit_group(SchoolPlan& plan, std::size_t gi) {
    GroupSpec& group = plan.groups[gi];
    start_group(plan, group);
    const uint32_t total = group.rows();
    for (uint32_t i = 0; i < total; ++i) {
      const RowInfo row = row_info(group, i, gi + 1 == plan.groups.size());
      if (!emit_row(plan, group, row)) {
        done_ = true;
        break;
      }
      ++clean_rows_;
    }
    end_group(gi);
  }

  RowInfo row_info(const GroupSpec& group, uint32_t i, bool last_group) const {
    RowInfo row{.position = i, .total = group.rows(), .last_group = last_group};
    const uint32_t teacher_lo = group.teachers_first ? 0 : group.students;
    row.teacher = i >= teacher_lo && i < teacher_lo + group.teacher_count;
    if (row.teacher) {
      row.index = group.teachers[i - teacher_lo];
    } else {
      const uint32_t k = group.teachers_first ? i - group.teacher_count : i;
      row.index =
          group.slice_lo +
          static_cast<uint32_t>((group.start + uint64_t{k} * group.stride) % group.slice_len);
    }
    row.subject = !group.subject.empty() &&
                  (i == 0 || group.style == SubjectStyle::kEveryRow ||
                   (group.style == SubjectStyle::kMixed && (mix64(group.row_seed + i) & 1) != 0));
    return row;
  }

  void start_group(SchoolPlan& plan, GroupSpec& group) {
    change_ = opt_.example ? example_group_change(plan, group) : GroupChange::kNone;
    std::string prefix;
    cerslint::util::append_csv_field(prefix, group.name);
    prefix += ',';
    prefix += plan.school.code;
    prefix += ',';
    prefix += year_text_;
    prefix += ',';
    prefix_blank_ = prefix + ',';
    prefix_subject_ = prefix + group.subject + ',';
    group_first_record_ = records_ + 1;
    group_first_line_ = lines_ + 2;  // the header is line 1
    group_name_ = group.name;
  }

  void end_group(std::size_t gi) {
    if (change_ != GroupChange::kNone) {
      note(fmt::format("records {}-{} (lines {}-{}): {}: group {:?}", group_first_record_, records_,
                       group_first_line_, lines_ + 1, group_change_name(change_), group_name_));
    }
    if (!pending_.empty() && pending_group_ < gi) emit_pending();
  }

  bool fits(std::size_t line_bytes) const {
    const uint64_t reserved_lines = pending_.empty() ? 0 : 1;
    if (lines_ + 1 + reserved_lines > opt_.max_lines) return false;
    return out_.total() + line_bytes + pending_.size() <= opt_.max_bytes;
  }

  void write_line(std::string_view line, bool record) {
    out_.append(line);
    ++lines_;
    if (record) ++records_;
    out_.commit();
  }

  bool emit_row(const SchoolPlan& plan, const GroupSpec& group, const RowInfo& row) {
    const std::optional<Damage> damage = choose_damage(plan, row);
    if (damage) return emit_damaged(plan, group, row, *damage);
    return emit_plain(plan, row);
  }

  // The hot path: three copies into the output buffer, no allocation.
  bool emit_plain(const SchoolPlan& plan, const RowInfo& row) {
    const std::string_view prefix = row.subject ? prefix_subject_ : prefix_blank_;
    const std::string_view value =
        row.teacher ? std::string_view(plan.teachers[row.index].login) : plan.ssid(row.index);
    if (!fits(prefix.size() + value.size() + 1 + opt_.eol.size())) return false;
    out_.append(prefix);
    if (row.teacher) {
      out_.append(",");
      out_.append(value);
    } else {
      out_.append(value);
      out_.append(",");
    }
    out_.append(opt_.eol);
    ++lines_;
    ++records_;
    out_.commit();
    return true;
  }

  std::optional<Damage> choose_damage(const SchoolPlan& plan, const RowInfo& row) {
    if (opt_.example) {
      if (auto damage = example_row_damage(plan, row)) return damage;
    }
    if (opt_.damage <= 0.0 || !damage_rng_.chance(opt_.damage)) return std::nullopt;
    std::array<Damage, static_cast<std::size_t>(Damage::kCount)> usable{};
    std::size_t count = 0;
    for (std::size_t i = 0; i < usable.size(); ++i) {
      const auto damage = static_cast<Damage>(i);
      const bool chosen = (opt_.damage_kinds >> i & 1u) != 0;
      if (chosen && applies(damage, plan, row)) usable[count++] = damage;
    }
    // A row none of the chosen kinds applies to (an SSID mistake on a user row) stays clean.
    if (count == 0) return std::nullopt;
    return usable[damage_rng_.below(count)];
  }

  bool applies(Damage damage, const SchoolPlan& plan, const RowInfo& row) const {
    switch (damage) {
      case Damage::kSchoolDropZero:
        return plan.school.code.front() == '0';
      case Damage::kSsidShort:
      case Damage::kSsidScientific:
        return !row.teacher;
      case Damage::kLoginTwo:
      case Damage::kLoginMailto:
      case Damage::kLoginDisplayName:
        return row.teacher;
      // Only rows that can come back after a later group of the same school; never the first
      // row, which sets the group's subject.
      case Damage::kMoveRow:
        return pending_.empty() && row.position > 0 && !row.last_group;
      default:
        return true;
    }
  }

  bool where_matches(Where where, const RowInfo& row) const {
    switch (where) {
      case Where::kAnyRow:
        return true;
      case Where::kMidGroup:
        return !row.teacher && row.position > 0 && row.position + 1 < row.total;
      case Where::kLastRowOfSchool:
        return row.last_group && row.position + 1 == row.total;
    }
    return false;
  }

  bool armed(const ExampleItem& item) const {
    return static_cast<double>(clean_rows_) >= item.at * static_cast<double>(opt_.max_lines);
  }

  std::optional<Damage> example_row_damage(const SchoolPlan& plan, const RowInfo& row) {
    for (std::size_t i = 0; i < kExamplePlan.size(); ++i) {
      const ExampleItem& item = kExamplePlan[i];
      if (example_done_[i] || !item.damage || !armed(item)) continue;
      if (!applies(*item.damage, plan, row) || !where_matches(item.where, row)) continue;
      example_done_[i] = true;
      return item.damage;
    }
    return std::nullopt;
  }

  GroupChange example_group_change(SchoolPlan& plan, GroupSpec& group) {
    for (std::size_t i = 0; i < kExamplePlan.size(); ++i) {
      const ExampleItem& item = kExamplePlan[i];
      if (example_done_[i] || item.change == GroupChange::kNone || !armed(item)) continue;
      if (!change_group(item.change, plan, group)) continue;
      example_done_[i] = true;
      return item.change;
    }
    return GroupChange::kNone;
  }

  bool change_group(GroupChange change, SchoolPlan& plan, GroupSpec& group) {
    switch (change) {
      case GroupChange::kSubjectMathematics:
        if (group.subject != "Math") return false;
        group.subject = "Mathematics";
        return true;
      case GroupChange::kTrailingSpaces:
        if (group.name.find_first_of(",\"") != std::string::npos) return false;
        group.name += "  ";
        return true;
      case GroupChange::kOversize:
        return make_oversize(plan, group);
      case GroupChange::kNone:
        break;
    }
    return false;
  }

  // A whole-grade testing group that the district forgot to split at CERS's 200-student limit.
  bool make_oversize(SchoolPlan& plan, GroupSpec& group) {
    if (plan.pool_size < 260 || group.grade == 0) return false;
    std::string name = fmt::format("Grade {} - All Students", group.grade);
    if (!plan.names.insert(ascii_lower(name)).second) return false;
    group.name = std::move(name);
    group.subject = "ALL";
    group.students = kMaxGroupStudents + 1 + static_cast<uint32_t>(damage_rng_.below(10));
    group.slice_lo = 0;
    group.slice_len = plan.pool_size;
    group.start = static_cast<uint32_t>(damage_rng_.below(plan.pool_size));
    group.stride = 1;
    return true;
  }

  RowFields fields_of(const SchoolPlan& plan, const GroupSpec& group, const RowInfo& row) const {
    RowFields f{group.name, plan.school.code,
                year_text_, row.subject ? group.subject : std::string{},
                {},         {}};
    if (row.teacher)
      f.login = plan.teachers[row.index].login;
    else
      f.ssid = std::string(plan.ssid(row.index));
    return f;
  }

  std::string serialize(const RowFields& f) const {
    std::string line;
    for (const std::string* value : {&f.group, &f.school, &f.year, &f.subject, &f.ssid}) {
      cerslint::util::append_csv_field(line, *value);
      line += ',';
    }
    cerslint::util::append_csv_field(line, f.login);
    line += opt_.eol;
    return line;
  }

  bool emit_damaged(const SchoolPlan& plan, const GroupSpec& group, const RowInfo& row,
                    Damage damage) {
    if (damage == Damage::kEmptyRow || damage == Damage::kBlankLine) {
      const std::string line = (damage == Damage::kEmptyRow ? ",,,,," : "") + opt_.eol;
      if (!fits(line.size())) return false;
      write_line(line, damage == Damage::kEmptyRow);
      note(fmt::format("{} {} (line {}): {}: inserted before the next row",
                       damage == Damage::kEmptyRow ? "record" : "after record", records_,
                       lines_ + 1, damage_name(damage)));
      return emit_plain(plan, row);
    }
    RowFields fields = fields_of(plan, group, row);
    if (damage == Damage::kMoveRow) {
      std::string line = serialize(fields);
      if (!fits(line.size())) return false;
      pending_ = std::move(line);
      pending_group_ = current_group_index(plan, group);
      pending_note_ = fmt::format(
          "row-out-of-order: a row of group {:?} (its group ended at record {}) placed after the "
          "next group",
          group.name, records_ + row.total - row.position - 1);
      return true;
    }
    const std::string detail = apply(damage, plan, group, row, fields);
    const std::string line = serialize(fields);
    if (!fits(line.size())) return false;
    write_line(line, true);
    note(fmt::format("record {} (line {}): {}: {}", records_, lines_ + 1, damage_name(damage),
                     detail));
    return true;
  }

  static std::size_t current_group_index(const SchoolPlan& plan, const GroupSpec& group) {
    return static_cast<std::size_t>(&group - plan.groups.data());
  }

  void emit_pending() {
    write_line(pending_, true);
    note(fmt::format("record {} (line {}): {}", records_, lines_ + 1, pending_note_));
    pending_.clear();
  }

  // Changes `f` in place; returns "before -> after" for the note.
  std::string apply(Damage damage, const SchoolPlan& plan, const GroupSpec& group,
                    const RowInfo& row, RowFields& f) {
    std::string* target = nullptr;
    std::string after;
    switch (damage) {
      case Damage::kSchoolScientific:
        target = &f.school;
        after = excel_scientific(f.school);
        break;
      case Damage::kSchoolDropZero:
        target = &f.school;
        after = f.school.substr(1);
        break;
      case Damage::kSchoolSpace:
        target = &f.school;
        after = damage_rng_.chance(0.5) ? " " + f.school : f.school + " ";
        break;
      case Damage::kGroupSpace:
        target = &f.group;
        after = damage_rng_.chance(0.5) ? " " + f.group : f.group + " ";
        break;
      case Damage::kYearDecimal:
        target = &f.year;
        after = f.year + ".0";
        break;
      case Damage::kYearRange:
        target = &f.year;
        after = fmt::format("{}-{:02}", opt_.year - 1, opt_.year % 100);
        break;
      case Damage::kSubjectWord:
        target = &f.subject;
        after = group.subject == "ELA" || (group.subject != "Math" && damage_rng_.chance(0.5))
                    ? "English"
                    : "Mathematics";
        break;
      case Damage::kSubjectNbsp:
        target = &f.subject;
        after = ascii_lower(group.subject.empty() ? "math" : group.subject) + std::string(kNbsp);
        break;
      case Damage::kSsidShort:
        target = &f.ssid;
        after = f.ssid;
        after.erase(1 + damage_rng_.below(9), 1);  // keeps the leading 9
        break;
      case Damage::kSsidScientific:
        target = &f.ssid;
        after = excel_scientific(f.ssid);
        break;
      case Damage::kLoginTwo:
        target = &f.login;
        after = f.login + ";" + other_login(plan, group, row);
        break;
      case Damage::kLoginMailto:
        target = &f.login;
        after = "mailto:" + f.login;
        break;
      case Damage::kLoginDisplayName: {
        const Teacher& t = plan.teachers[row.index];
        target = &f.login;
        after = fmt::format("{} {} <{}>", t.first, t.last, t.login);
        break;
      }
      case Damage::kGroupDate:
        target = &f.group;
        after =
            excel_date_name(std::max(group.grade, 1), 1 + static_cast<int>(damage_rng_.below(9)));
        break;
      default:
        return "";
    }
    std::string detail = fmt::format("{:?} -> {:?}", *target, after);
    *target = std::move(after);
    return detail;
  }

  // A second address for the same cell: the group's other viewer if any, else another teacher.
  std::string other_login(const SchoolPlan& plan, const GroupSpec& group, const RowInfo& row) {
    for (uint32_t i = 0; i < group.teacher_count; ++i)
      if (group.teachers[i] != row.index) return plan.teachers[group.teachers[i]].login;
    const auto other = static_cast<uint32_t>(
        (row.index + 1 + damage_rng_.below(plan.teachers.size() - 1)) % plan.teachers.size());
    return plan.teachers[other == row.index ? 0 : other].login;
  }

  void note(const std::string& text) {
    if (opt_.verbose) fmt::print(stderr, "gen_district: {}\n", text);
  }

  void finish() {
    if (!pending_.empty()) emit_pending();
    if (opt_.example) {
      for (int i = 0; i < kExampleTrailingEmptyRows; ++i) write_line(",,,,," + opt_.eol, true);
      note(fmt::format("records {}-{} (lines {}-{}): empty-row: Excel's trailing all-empty rows",
                       records_ - kExampleTrailingEmptyRows + 1, records_,
                       lines_ - kExampleTrailingEmptyRows + 2, lines_ + 1));
      for (std::size_t i = 0; i < kExamplePlan.size(); ++i) {
        if (example_done_[i]) continue;
        const ExampleItem& item = kExamplePlan[i];
        fmt::print(stderr, "gen_district: warning: example mistake {} found no suitable row\n",
                   item.damage ? damage_name(*item.damage) : group_change_name(item.change));
      }
    }
    out_.finish();
  }

  const Options& opt_;
  Output out_;
  SchoolSource& schools_;
  uint64_t content_seed_;
  Rng permutation_rng_;
  SsidPermutation permutation_;
  Rng damage_rng_;
  std::string year_text_;

  uint64_t school_index_ = 0;
  uint64_t ssid_offset_ = 0;
  uint64_t lines_ = 0;       // data lines written (blank lines included)
  uint64_t records_ = 0;     // CSV records written: CERS row numbers
  uint64_t clean_rows_ = 0;  // generated rows, before damage adds or moves any
  bool done_ = false;

  std::string prefix_blank_;
  std::string prefix_subject_;
  std::string group_name_;
  uint64_t group_first_record_ = 0;
  uint64_t group_first_line_ = 0;
  GroupChange change_ = GroupChange::kNone;

  std::string pending_;  // a row held back to reappear after the next group (row-out-of-order)
  std::size_t pending_group_ = 0;
  std::string pending_note_;

  std::array<bool, kExamplePlan.size()> example_done_{};
};

// ---------------------------------------------------------------------------------------------
// Command line.

// "360M" -> 360 MiB. Suffixes K, M, G (optionally followed by B or iB) are binary multiples.
std::optional<uint64_t> parse_size(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 15) return std::nullopt;
  uint64_t value = std::stoull(std::string(text.substr(0, digits)));
  std::string suffix = ascii_lower(text.substr(digits));
  if (suffix.ends_with("ib"))
    suffix.resize(suffix.size() - 2);
  else if (suffix.size() > 1 && suffix.ends_with("b"))
    suffix.pop_back();
  if (suffix.empty() || suffix == "b") return value;
  if (suffix == "k") return value << 10;
  if (suffix == "m") return value << 20;
  if (suffix == "g") return value << 30;
  return std::nullopt;
}

// "school-scientific,year-decimal" -> the set of those kinds (bit i for Damage(i)). On an
// unknown name, returns nothing and names it in `unknown`.
std::optional<std::uint32_t> parse_damage_kinds(std::string_view list, std::string& unknown) {
  std::uint32_t kinds = 0;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view name = list.substr(0, comma);
    const auto it = std::find(kDamageNames.begin(), kDamageNames.end(), name);
    if (it == kDamageNames.end()) {
      unknown = std::string(name);
      return std::nullopt;
    }
    kinds |= 1u << static_cast<unsigned>(it - kDamageNames.begin());
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return kinds;
}

std::vector<School> builtin_schools(std::unordered_set<std::string>& taken) {
  std::vector<School> schools;
  for (const BuiltinSchool& s : kBuiltinSchools) {
    schools.push_back({std::string(s.code), s.level});
    taken.emplace(s.code);
  }
  for (const std::string_view code : kBuiltinOtherCodes) taken.emplace(code);
  return schools;
}

int generate(const Options& options, const std::string& output_path) {
  std::unordered_set<std::string> taken;
  std::vector<School> listed =
      options.schools_file.empty()
          ? builtin_schools(taken)
          : read_schools_file(options.schools_file, options.district, taken);
  Rng order_rng(mix64(options.seed ^ 0x7363686F6F6CULL));
  SchoolSource schools(std::move(listed), std::move(taken), order_rng);

  std::FILE* file = stdout;
  if (!output_path.empty() && output_path != "-") {
    file = std::fopen(output_path.c_str(), "wb");
    if (file == nullptr)
      throw std::runtime_error(
          fmt::format("cannot write {}: {}", output_path, std::strerror(errno)));
  }
  bool ok = Generator(options, file, schools).run();
  if (file != stdout && std::fclose(file) != 0) ok = false;
  if (!ok) {
    fmt::print(stderr, "gen_district: write error: {}\n", std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gen_district: seeded generator of realistic CERS student-group CSV files"};
  Options options;
  uint64_t rows = 0;
  std::string bytes_text;
  std::string eol = "crlf";
  std::string output_path;
  auto* rows_opt = app.add_option("--rows", rows, "Data lines to write after the header");
  auto* bytes_opt = app.add_option(
      "--bytes", bytes_text, "Stop before the file exceeds SIZE bytes (K, M, G = KiB, MiB, GiB)");
  rows_opt->excludes(bytes_opt);
  app.add_option("--seed", options.seed, "Seed; equal seeds and options give identical bytes")
      ->capture_default_str();
  app.add_option("--schools-file", options.schools_file,
                 "CDE directory TSV (or list of CDS codes) to take school codes from")
      ->check(CLI::ExistingFile);
  app.add_option("--district", options.district,
                 "With --schools-file: keep codes starting with these digits (e.g. 0161176)");
  auto* damage_opt = app.add_option("--damage", options.damage,
                                    "Probability per row of one typical Excel/SIS mistake");
  damage_opt
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  std::string damage_kinds;
  app.add_option("--damage-kinds", damage_kinds,
                 "With --damage: choose only among these mistakes (comma-separated names)")
      ->needs(damage_opt);
  app.add_option("--year", options.year, "school_year value (end year)")
      ->check(CLI::Range(1900, 9999))
      ->capture_default_str();
  app.add_option("--eol", eol, "Line endings")
      ->check(CLI::IsMember({"crlf", "lf"}))
      ->capture_default_str();
  app.add_option("-o,--output", output_path, "Output file (default: standard output)");
  app.add_flag("--verbose", options.verbose,
               "Print a note for every mistake written, with its CERS row number");
  app.add_flag("--example", options.example,
               "Inject the fixed mistakes of testdata/examples/district-groups.csv");
  CLI11_PARSE(app, argc, argv);

  if (rows_opt->count() == 0 && bytes_opt->count() == 0) {
    fmt::print(stderr, "gen_district: one of --rows or --bytes is required\n");
    return 2;
  }
  if (rows_opt->count() != 0) options.max_lines = rows;
  if (bytes_opt->count() != 0) {
    const auto size = parse_size(bytes_text);
    if (!size) {
      fmt::print(stderr, "gen_district: --bytes: cannot read size {:?}\n", bytes_text);
      return 2;
    }
    options.max_bytes = *size;
  }
  if (options.example && rows_opt->count() == 0) {
    fmt::print(stderr,
               "gen_district: --example places its mistakes relative to --rows; give --rows\n");
    return 2;
  }
  if (!damage_kinds.empty()) {
    std::string unknown;
    const auto kinds = parse_damage_kinds(damage_kinds, unknown);
    if (!kinds) {
      fmt::print(stderr, "gen_district: --damage-kinds: unknown mistake {:?}; the names are: {}\n",
                 unknown, fmt::join(kDamageNames, ", "));
      return 2;
    }
    options.damage_kinds = *kinds;
  }
  if (!options.district.empty() && options.schools_file.empty()) {
    fmt::print(stderr, "gen_district: --district needs --schools-file\n");
    return 2;
  }
  options.eol = eol == "lf" ? "\n" : "\r\n";
  try {
    return generate(options, output_path);
  } catch (const std::exception& e) {
    fmt::print(stderr, "gen_district: {}\n", e.what());
    return 1;
  }
}
