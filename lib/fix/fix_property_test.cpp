// Properties of `cerslint fix` over every fixture, the golden and example files, and 50 damaged
// generated files, at library level (fix::fix_file, engine::check):
//  (a) the fixer either succeeds or refuses with a message, and refuses only files it must not
//      touch (a quote error, a short row, a missing column);
//  (b) nobody is lost: the (school, year, group, SSID) and (school, year, group, login)
//      memberships of input and output are equal, as computed here independently of the fixer,
//      after the normalisations `fix` declares (see Normaliser);
//  (c) fixing converges: the output, fixed again, needs no change;
//  (d) after safe fixes, `check` reports no finding of a lint rule whose fix is safe, except the
//      commented cases in kCannotFix.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cers/validator.hpp"
#include "directory/school_directory.hpp"
#include "engine/row.hpp"
#include "engine/rule.hpp"
#include "engine/runner.hpp"
#include "fix/fixer.hpp"
#include "fix/precheck.hpp"
#include "reader/csv_reader.hpp"

namespace cerslint {
namespace {

namespace fs = std::filesystem;
using engine::Column;

fs::path source_dir() {
  if (const char* env = std::getenv("CERSLINT_SOURCE_DIR")) return env;
  return CERSLINT_SOURCE_DIR;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The fixtures' configuration: embedded directory, years 2015-2027, Math/ELA/ELPAC, "today" in
// the 2026-27 school year.
struct FixedConfig {
  directory::PermittedSchools schools = directory::PermittedSchools::from_embedded_directory();
  cers::Config config;
  FixedConfig() {
    config.schools = &schools;
    for (int y = 2015; y <= 2027; ++y) config.years.push_back(y);
    config.subjects = {"Math", "ELA", "ELPAC"};
  }
};
const FixedConfig& fixed_config() {
  static const FixedConfig c;
  return c;
}
constexpr std::int32_t kCurrentYear = 2027;

// Findings of safe-fixable lint rules that may remain after `fix`, each with the reason the fix
// cannot act. Anything else left is a failure.
const std::map<std::string, std::string> kCannotFix = {
    // Only exact repeated rows are removed. The same SSID on rows that differ in another column
    // (a subject, a login) is a judgement: which row is right?
    {"N005", "same SSID twice in a group on rows that differ in another column"},
    // Same for logins; and logins that differ only in letter case are not exact repeats.
    {"L005", "same login twice in a group on rows that differ (subject, SSID, letter case)"},
};

// Safe fixes the fixer core does itself (lib/fix/fixer.cpp), not a rule folder's RowFix: only
// used to word failure messages.
const std::set<std::string> kFixerOwned = {"F001", "F002", "F004", "F005", "F010",
                                           "M004", "N005", "L005"};

// ---- Reading any input as UTF-8, independently of the fixer's transcoder ---------------------

bool valid_utf8(const std::string& s) {
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string convert(const std::string& bytes, const char* from) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  const std::int32_t n = ucnv_convert("UTF-8", from, out.data(), static_cast<std::int32_t>(out.size()),
                                      bytes.data(), static_cast<std::int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return bytes;
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string as_utf8(const std::string& bytes) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xFE) {
    return convert(bytes, "UTF-16LE");
  }
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
      static_cast<unsigned char>(bytes[1]) == 0xFF) {
    return convert(bytes, "UTF-16BE");
  }
  // UTF-16 without a byte order mark: ASCII text has a zero in every other byte (and zero
  // bytes are valid UTF-8, so this comes first).
  std::size_t even_zero = 0, odd_zero = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? even_zero : odd_zero);
  }
  if (odd_zero > bytes.size() / 4) return convert(bytes, "UTF-16LE");
  if (even_zero > bytes.size() / 4) return convert(bytes, "UTF-16BE");
  if (valid_utf8(bytes)) return bytes;
  return convert(bytes, "windows-1252");
}

// ---- The declared normalisations, kept small and separate from the fixer -----------------------

std::vector<UChar32> code_points(std::string_view s) {
  std::vector<UChar32> out;
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

std::string utf8(const std::vector<UChar32>& cps, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    char buf[4];
    std::int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), n, 4, cps[i], err);
    if (err) continue;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

// Spaces and the invisible characters a fix may strip from the ends of a value.
bool strippable(UChar32 c) {
  return u_isWhitespace(c) || u_isspace(c) || c == 0x00A0 || c == 0x200B || c == 0x200C ||
         c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x202F;
}
bool invisible(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

std::string trim(std::string_view s) {
  const auto cps = code_points(s);
  std::size_t a = 0, b = cps.size();
  while (a < b && strippable(cps[a])) ++a;
  while (b > a && strippable(cps[b - 1])) --b;
  return utf8(cps, a, b);
}

bool all_ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// `2025`, ` 2025`, `2025.0`, `+2025`, `02025`, `٢٠٢٥`, `2024-25`, `2024-2025` -> `2025`.
std::string normal_year(std::string_view raw) {
  std::string no_thousands(trim(raw));  // Excel's "2,027" (a thousands separator)
  if (no_thousands.size() == 5 && no_thousands[1] == ',' && all_ascii_digits(no_thousands.substr(0, 1)) &&
      all_ascii_digits(no_thousands.substr(2))) {
    no_thousands.erase(1, 1);
  }
  const auto cps = code_points(no_thousands);
  std::string digits;
  std::size_t i = 0;
  if (i < cps.size() && cps[i] == '+') ++i;
  for (; i < cps.size() && u_charDigitValue(cps[i]) >= 0; ++i) {
    digits += static_cast<char>('0' + u_charDigitValue(cps[i]));
  }
  std::string rest = utf8(cps, i, cps.size());
  if (digits.empty()) return utf8(cps, 0, cps.size());
  if (!rest.empty() && rest[0] == '.' && rest.find_first_not_of('0', 1) == std::string::npos) {
    rest.clear();
  }
  // Ranges (Y002): 2024-25, 2024-2025, 2024/25, 2024 - 2025, 2024–25 (en dash), 24-25.
  std::string sep_free;
  {
    std::size_t k = 0;
    while (k < rest.size() && rest[k] == ' ') ++k;
    if (rest.compare(k, 3, "\xe2\x80\x93") == 0) {
      k += 3;
    } else if (k < rest.size() && (rest[k] == '-' || rest[k] == '/')) {
      ++k;
    } else {
      k = std::string::npos;
    }
    if (k != std::string::npos) {
      while (k < rest.size() && rest[k] == ' ') ++k;
      sep_free = rest.substr(k);
    }
  }
  if (!sep_free.empty() && all_ascii_digits(sep_free) && (digits.size() == 4 || digits.size() == 2)) {
    const std::string end = sep_free;
    const long start = std::stol(digits) + (digits.size() == 2 ? 2000 : 0);
    if (end.size() == 2 && std::stol(end) == (start + 1) % 100) return std::to_string(start + 1);
    if (end.size() == 4 && std::stol(end) == start + 1) return end;
  }
  if (!rest.empty()) return utf8(cps, 0, cps.size());
  const std::size_t nz = digits.find_first_not_of('0');
  return nz == std::string::npos ? "0" : digits.substr(nz);
}

std::string normal_school(std::string_view raw) {
  std::string s = trim(raw);
  // Padded when the 14-digit code is in the CDE directory at all (S002), whatever its status.
  if (s.size() == 13 && all_ascii_digits(s) &&
      directory::lookup_school("0" + s).status != directory::SchoolStatus::kUnknown) {
    return "0" + s;
  }
  return s;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// A login cell -> its addresses: invisible characters out, `Name <a@x>` and `a@x (Name)` -> `a@x`, `mailto:`
// stripped, several addresses (`;`, `,` or spaces between them) -> one each.
std::vector<std::string> normal_logins(std::string_view raw) {
  const auto cps = code_points(raw);
  std::string cell;
  for (UChar32 c : cps) {
    if (c == 0x00A0 || c == 0x2007 || c == 0x202F) {
      cell += ' ';  // no-break spaces look like spaces: they separate addresses (L001, L004)
    } else if (!invisible(c)) {
      cell += utf8({c}, 0, 1);
    }
  }
  // "a@x.org (Ann Lee)": the parenthesised comment is a display name.
  if (const auto open = cell.find(" ("); open != std::string::npos && !cell.empty() &&
      cell.back() == ')') {
    cell.erase(open);
  }
  std::vector<std::string> tokens;
  if (cell.find('<') != std::string::npos) {
    for (std::size_t open = cell.find('<'); open != std::string::npos; open = cell.find('<', open + 1)) {
      const std::size_t close = cell.find('>', open);
      if (close == std::string::npos) break;
      tokens.push_back(cell.substr(open + 1, close - open - 1));
    }
  } else {
    std::string cur;
    for (char c : cell) {
      if (c == ';' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        tokens.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    tokens.push_back(cur);
  }
  std::vector<std::string> out;
  for (std::string t : tokens) {
    t = trim(t);
    if (lower_ascii(t.substr(0, 7)) == "mailto:") {
      t = trim(t.substr(7));
      t = t.substr(0, t.find('?'));  // mailto:a@x.org?subject=... : the query is not the address
    }
    if (!t.empty()) out.push_back(lower_ascii(t));
  }
  return out;
}

struct Memberships {
  std::set<std::string> groups;   // school \x1f year \x1f group
  std::set<std::string> members;  // group key \x1f S|L \x1f ssid or login
};

// `input_groups`: for an output, the input's groups, so that split parts `X 1`, `X 2` (names
// that are not an input group) count as `X`.
Memberships memberships(const std::string& utf8_text, const Memberships* input = nullptr) {
  Memberships m;
  auto csv = reader::CsvReader::from_memory(utf8_text);
  const reader::Record* header = csv.next();
  if (header == nullptr) return m;
  const engine::ColumnMap map = engine::ColumnMap::from_header(*header);
  while (const reader::Record* r = csv.next()) {
    const engine::Row row(*r, map);
    const std::string ssid = trim(row.value(Column::kSsid));
    const std::vector<std::string> logins = normal_logins(row.value(Column::kLogin));
    if (ssid.empty() && logins.empty()) continue;
    const std::string prefix = normal_school(row.value(Column::kSchool)) + "\x1f" +
                               normal_year(row.value(Column::kYear)) + "\x1f";
    std::string group = trim(row.value(Column::kGroupName));
    if (input != nullptr && !input->groups.count(prefix + group)) {
      const std::size_t sp = group.rfind(' ');
      if (sp != std::string::npos && all_ascii_digits(group.substr(sp + 1)) &&
          input->groups.count(prefix + group.substr(0, sp))) {
        group.resize(sp);
      }
    }
    const std::string key = prefix + group;
    m.groups.insert(key);
    if (!ssid.empty()) m.members.insert(key + "\x1fS\x1f" + ssid);
    for (const std::string& l : logins) m.members.insert(key + "\x1fL\x1f" + l);
  }
  return m;
}

// Memberships without the group name: unsafe fixes may rename groups (look-alike characters,
// Excel dates, names that collide), but never move a student or user to another school or year.
// Ids holding a backslash are left out too: F007's unsafe fix rewrites them on purpose (the
// database loader would have mangled them: `\N` is no value at all).
std::set<std::string> without_group(const Memberships& m) {
  std::set<std::string> out;
  for (std::string k : m.members) {
    // F007: `\N` is no value; any other backslash becomes '/'.
    if (k.size() >= 3 && (k.compare(k.size() - 3, 3, "\x1f\\N") == 0 ||
                          k.compare(k.size() - 3, 3, "\x1f\\n") == 0)) {
      continue;  // logins are compared lower-cased, so `\N` arrives as `\n`
    }
    std::replace(k.begin(), k.end(), '\\', '/');
    const std::size_t a = k.find('\x1f');
    const std::size_t b = k.find('\x1f', a + 1);
    const std::size_t c = k.find('\x1f', b + 1);
    out.insert(k.substr(0, b) + k.substr(c));
  }
  return out;
}

std::string describe_difference(const std::set<std::string>& in, const std::set<std::string>& out) {
  std::string text;
  int shown = 0;
  const auto show = [&](const std::string& k, const char* what) {
    if (++shown > 10) return;
    std::string readable = k;
    for (char& c : readable) {
      if (c == '\x1f') c = '|';
    }
    text += std::string("  ") + what + " " + readable + "\n";
  };
  for (const std::string& k : in) {
    if (!out.count(k)) show(k, "lost:");
  }
  for (const std::string& k : out) {
    if (!in.count(k)) show(k, "new: ");
  }
  if (shown > 10) text += "  ... " + std::to_string(shown - 10) + " more\n";
  return text;
}

// ---- Running the fixer and the checker ---------------------------------------------------------

class CollectLog final : public engine::FixLog {
 public:
  void applied(const engine::AppliedFix& f) override {
    text += std::string(f.rule->code) + " [row " + std::to_string(f.row) + "] " +
            std::string(f.description) + "\n";
  }
  std::string text;
};

Result<fix::FixOutcome> run_fix(const std::string& path, bool unsafe, std::string* log_text = nullptr) {
  fix::FixOptions options;
  options.cers = &fixed_config().config;
  options.current_year = kCurrentYear;
  options.unsafe = unsafe;
  CollectLog log;
  auto outcome = fix::fix_file(path, options, log);
  if (log_text != nullptr) *log_text = log.text;
  return outcome;
}

class SafeFixableLeft final : public engine::FindingSink {
 public:
  void on_finding(const engine::Finding& f) override {
    const std::string code(f.rule->code);
    if (code[0] == 'C' || f.rule->fix != engine::FixSafety::kSafe) return;  // CERS rules; not safe
    if (kCannotFix.count(code)) return;
    const engine::RuleEntry* e = engine::find_rule(code);
    text += "  line " + std::to_string(f.location.line) + ": " + code + " " + std::string(f.message) +
            (e != nullptr && e->make_fix == nullptr && !kFixerOwned.count(code)
                 ? "  [the rule declares a safe fix but provides no RowFix]"
                 : "") +
            "\n";
  }
  std::string text;
};

std::string safe_fixable_left(const std::string& path) {
  auto input = reader::Input::open(path);
  if (!input) return "cannot open " + path;
  reader::CsvReader csv(std::move(input).value());
  engine::CheckOptions check;
  check.cers = &fixed_config().config;
  check.current_year = kCurrentYear;
  SafeFixableLeft sink;
  engine::check(csv, check, sink);
  return sink.text;
}

fix::FindingTally fixable_findings(const std::string& path) {
  fix::FindingTally tally;
  auto input = reader::Input::open(path);
  if (!input) return tally;
  reader::CsvReader csv(std::move(input).value());
  engine::CheckOptions check;
  check.cers = &fixed_config().config;
  check.current_year = kCurrentYear;
  engine::check(csv, check, tally);
  return tally;
}

bool refusal_allowed(const std::string& message) {
  return message.find("quote error") != std::string::npos ||
         message.find("values where the header has") != std::string::npos ||
         message.find("the header has no ") != std::string::npos;
}

// All four properties for one input file, in safe and in unsafe mode.
void check_properties(const fs::path& file) {
  SCOPED_TRACE(file.string());
  const std::string input_bytes = slurp(file);
  const Memberships in = memberships(as_utf8(input_bytes));
  for (const bool unsafe : {false, true}) {
    SCOPED_TRACE(unsafe ? "--unsafe-fixes" : "safe fixes");
    std::string log;
    auto outcome = run_fix(file.string(), unsafe, &log);
    // (a) success, or a refusal of a file the fixer must not touch.
    if (!outcome) {
      EXPECT_FALSE(outcome.error().message.empty());
      EXPECT_TRUE(refusal_allowed(outcome.error().message))
          << "refused for another reason: " << outcome.error().message;
      continue;
    }
    // (e) the CLI's shortcut (fix/precheck.hpp) is sound: without a finding whose fix applies,
    // the fixer changes nothing.
    if (!fixable_findings(file.string()).fixable(unsafe)) {
      EXPECT_FALSE(outcome->changed)
          << "the file changed although the check found nothing fixable:\n" << log;
    }
    if (!outcome->changed) {
      EXPECT_FALSE(outcome->fixed.has_value());
      EXPECT_EQ(log, "") << "fixes logged but nothing changed";
    }
    const std::string out_path = outcome->changed ? outcome->fixed->path() : file.string();
    const std::string output_bytes = slurp(out_path);
    EXPECT_TRUE(valid_utf8(output_bytes)) << "the output is not UTF-8";

    // (b) memberships preserved.
    const Memberships out = memberships(output_bytes, &in);
    if (!unsafe) {
      EXPECT_TRUE(in.members == out.members)
          << "memberships differ:\n" << describe_difference(in.members, out.members)
          << "fixes applied:\n" << log;
    } else {
      const auto a = without_group(in), b = without_group(out);
      EXPECT_TRUE(a == b) << "memberships (group names aside) differ:\n"
                          << describe_difference(a, b) << "fixes applied:\n" << log;
    }

    // (c) idempotent.
    if (outcome->changed) {
      std::string log2;
      auto again = run_fix(out_path, unsafe, &log2);
      if (!again) {
        ADD_FAILURE() << "the fixer refuses its own output: " << again.error().message;
      } else {
        EXPECT_FALSE(again->changed) << "fixing the output again changes it:\n" << log2;
      }
    }

    // (d) no safe-fixable finding left (after safe fixes).
    // FIXME: on the fix-TESTS branch (fixer core only) this fails for every rule that declares
    // a safe fix but has no RowFix yet (F008 G001 L001 L003 L004 N004 S002 S003 Y001 Y003: the
    // message says "provides no RowFix"; the fix-FG / fix-SYUNL branches add them), and for
    // M004 on files whose schools alternate while each group is one block (reported bug in
    // lib/fix/fixer.cpp pass B; see fixer_test SchoolRowsAreBroughtTogetherWhenEachGroupIsOneBlock).
    if (!unsafe) {
      const std::string left = safe_fixable_left(out_path);
      EXPECT_EQ(left, "") << "findings with a safe fix left after fixing:\n" << left
                          << "fixes applied:\n" << log;
    }
  }
}

// ---- Inputs ------------------------------------------------------------------------------------

std::string test_name(const fs::path& p) {
  std::string s = p.parent_path().parent_path().filename().string() + "_" + p.stem().string();
  if (p.parent_path().filename() != "cases") s = p.parent_path().filename().string() + "_" + p.stem().string();
  for (char& c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return s;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<fs::path> fixture_inputs() {
  std::vector<fs::path> out;
  const fs::path root = source_dir();
  const auto add_dir = [&](const fs::path& dir) {
    if (!fs::is_directory(dir)) return;
    for (const auto& e : fs::directory_iterator(dir)) {
      const std::string name = e.path().filename().string();
      if (!e.is_regular_file() || !ends_with(name, ".csv")) continue;
      if (ends_with(name, ".fixed.csv") || ends_with(name, ".unsafe-fixed.csv")) continue;
      out.push_back(e.path());
    }
  };
  for (const auto& rule : fs::directory_iterator(root / "rules")) {
    if (rule.is_directory()) add_dir(rule.path() / "cases");
  }
  add_dir(root / "testdata" / "golden");
  add_dir(root / "testdata" / "examples");
  std::sort(out.begin(), out.end());
  return out;
}

class Fixtures : public ::testing::TestWithParam<fs::path> {};

TEST_P(Fixtures, FixKeepsMembershipsAndConverges) { check_properties(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Files, Fixtures, ::testing::ValuesIn(fixture_inputs()),
                         [](const auto& param_info) { return test_name(param_info.param); });

TEST(FixtureInputs, AreFound) {
  // Every rule folder has cases, plus the golden and example files.
  EXPECT_GT(fixture_inputs().size(), 200u);
}

// 50 files from the seeded generator with 20% of rows damaged (Excel and SIS mistakes).
class Generated : public ::testing::TestWithParam<int> {
 public:
  static void SetUpTestSuite() {
    std::string pattern = (fs::temp_directory_path() / "cerslint_fix_property_XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    ASSERT_NE(::mkdtemp(name.data()), nullptr);
    dir_ = name.data();
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  static fs::path generate(int seed) {
    const fs::path out = dir_ / ("damaged_" + std::to_string(seed) + ".csv");
    const std::string cmd = std::string("'") + GEN_DISTRICT_BINARY +
                            "' --rows 400 --damage 0.2 --seed " + std::to_string(seed) + " -o '" +
                            out.string() + "'";
    if (std::system(cmd.c_str()) != 0) return {};
    return out;
  }

 private:
  static fs::path dir_;
};
fs::path Generated::dir_;

TEST_P(Generated, FixKeepsMembershipsAndConverges) {
  const fs::path file = generate(GetParam());
  ASSERT_FALSE(file.empty()) << "gen_district failed";
  check_properties(file);
}

INSTANTIATE_TEST_SUITE_P(Seeds, Generated, ::testing::Range(1, 51));

// The normaliser itself: what the declared normalisations are.
TEST(Normaliser, DeclaredNormalisations) {
  EXPECT_EQ(normal_year(" 2025 "), "2025");
  EXPECT_EQ(normal_year("2025.0"), "2025");
  EXPECT_EQ(normal_year("+02025"), "2025");
  EXPECT_EQ(normal_year("2024-25"), "2025");
  EXPECT_EQ(normal_year("2024-2025"), "2025");
  EXPECT_EQ(normal_year("\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa5"), "2025");  // Arabic-Indic digits
  EXPECT_EQ(normal_year("2025.5"), "2025.5");
  EXPECT_EQ(normal_school(" 01611766111330\xc2\xa0"), "01611766111330");
  EXPECT_EQ(normal_school("1611766111330"), "01611766111330");
  EXPECT_EQ(normal_school("9999999999999"), "9999999999999");  // not a known school: kept
  EXPECT_EQ(normal_logins("mailto:A.Lee@example.org"), std::vector<std::string>{"a.lee@example.org"});
  EXPECT_EQ(normal_logins("Ann Lee <ann.lee@example.org>"),
            std::vector<std::string>{"ann.lee@example.org"});
  EXPECT_EQ(normal_logins("a@example.org; b@example.org"),
            (std::vector<std::string>{"a@example.org", "b@example.org"}));
  EXPECT_EQ(normal_logins(" \xe2\x80\x8b"), std::vector<std::string>{});
  EXPECT_EQ(trim("\xc2\xa0 Period 1\t"), "Period 1");
}

}  // namespace
}  // namespace cerslint
