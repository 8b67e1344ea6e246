// Fuzz target: `cerslint fix` in each mode (safe, --unsafe-fixes, --neutralize-formulas), with
// the fixtures' configuration. For every input the fixer either refuses with a message (only for files it must not touch: a quote
// error, a short row, a missing column), or:
//  - nothing changed and nothing was written, or the output is UTF-8 that re-parses without a
//    quote error;
//  - nobody is lost: the memberships (school, year, group, SSID or login) of input and output
//    are equal, as computed by the independent oracle (lib/fix/oracle); unsafe fixes and
//    neutralized formulas may rename groups, never move anybody to another school or year;
//  - fixing is idempotent: the output, fixed again in the same mode, needs no change.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/fix_api.hpp"
#include "fix/fixer.hpp"
#include "fix/oracle/membership_oracle.hpp"
#include "reader/csv_reader.hpp"
#include "tools/fuzz/fuzz_check.hpp"

namespace {

namespace oracle = cerslint::fix::oracle;
namespace fix = cerslint::fix;

// Remembers the charset the fixer converted from (F001), if any.
class CharsetLog final : public cerslint::engine::FixLog {
 public:
  void applied(const cerslint::engine::AppliedFix& f) override {
    constexpr std::string_view kFrom = "converted the file from ";
    const std::string_view d = f.description;
    if (d.substr(0, kFrom.size()) == kFrom) {
      const std::size_t end = d.find(" to UTF-8", kFrom.size());
      if (end != std::string_view::npos) converted_from = d.substr(kFrom.size(), end - kFrom.size());
    }
  }
  std::string converted_from;
};

// The input as a file the fixer can open by path (it reads files, not memory).
class MemFile {
 public:
  explicit MemFile(std::string_view data) : fd_(::memfd_create("fuzz_fix", MFD_CLOEXEC)) {
    FUZZ_REQUIRE(fd_ >= 0, "memfd_create");
    FUZZ_REQUIRE(::write(fd_, data.data(), data.size()) == static_cast<ssize_t>(data.size()), "write");
  }
  ~MemFile() { ::close(fd_); }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

std::string slurp(const std::string& path) {
  auto input = cerslint::reader::Input::open(path);
  FUZZ_REQUIRE(static_cast<bool>(input), "cannot reopen " + path);
  std::string out;
  char buf[65536];
  for (;;) {
    auto n = input->read(buf, sizeof buf);
    FUZZ_REQUIRE(static_cast<bool>(n), "cannot read " + path);
    if (*n == 0) break;
    out.append(buf, *n);
  }
  return out;
}

enum class Mode { kSafe, kUnsafe, kNeutralize };

cerslint::Result<fix::FixOutcome> run_fix(const std::string& path, Mode mode, CharsetLog& log) {
  fix::FixOptions options;
  options.cers = &oracle::fixture_config().config;
  options.current_year = oracle::kFixtureCurrentYear;
  options.unsafe = mode == Mode::kUnsafe;
  options.neutralize_formulas = mode == Mode::kNeutralize;
  return fix::fix_file(path, options, log);
}

void check_mode(std::string_view data, Mode mode) {
  const MemFile file(data);
  CharsetLog log;
  auto outcome = run_fix(file.path(), mode, log);
  if (!outcome) {
    FUZZ_REQUIRE(oracle::refusal_allowed(outcome.error().message),
                 "the fixer refused for another reason: " + outcome.error().message);
    return;
  }
  if (!outcome->changed) {
    FUZZ_REQUIRE(!outcome->fixed.has_value(), "nothing changed, yet an output was written");
    return;
  }
  FUZZ_REQUIRE(outcome->fixed.has_value(), "changed, yet no output");
  const std::string out_path = outcome->fixed->path();
  const std::string output = slurp(out_path);
  FUZZ_REQUIRE(oracle::valid_utf8(output), "the output is not UTF-8");
  {
    auto csv = cerslint::reader::CsvReader::from_memory(output);
    while (const auto* r = csv.next()) {
      FUZZ_REQUIRE(r->quote_error() == cerslint::reader::QuoteError::kNone,
                   "the output has a quote error on line " + std::to_string(r->line()));
    }
  }
  // A guessed charset is read as the fixer guessed it: only what it did after decoding counts.
  const oracle::Memberships in =
      oracle::memberships(oracle::read_as_fixer_did(std::string(data), log.converted_from));
  const oracle::Memberships out = oracle::memberships(output, &in);
  const std::string difference = oracle::lost_or_invented(in, out, mode != Mode::kSafe);
  FUZZ_REQUIRE(difference.empty(), std::string(mode == Mode::kSafe ? "memberships differ:\n"
                                                                   : "memberships (group names aside) differ:\n") +
                                       difference);
  CharsetLog again_log;
  auto again = run_fix(out_path, mode, again_log);
  FUZZ_REQUIRE(static_cast<bool>(again), "the fixer refuses its own output: " +
                                      (again ? std::string() : again.error().message));
  if (again->changed) {
    std::string rules;
    for (const auto& [rule, count] : again->applied) rules += " " + std::string(rule->code) + " " + std::to_string(count);
    static constexpr const char* kModes[] = {"safe", "--unsafe-fixes", "--neutralize-formulas"};
    FUZZ_REQUIRE(false, std::string("fixing the output again changes it (") + kModes[static_cast<int>(mode)] +
                            "; fixed again:" + rules + ")");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
#ifdef CERSLINT_FUZZ_REPLAY
  // Replaying the seeds and regressions: every file in every mode.
  for (const Mode mode : {Mode::kSafe, Mode::kUnsafe, Mode::kNeutralize}) check_mode(data, mode);
#else
  // Fuzzing: one mode per input, chosen by the input's length and last byte, so each execution
  // costs one fix (and its re-fix) instead of three, and mutations reach every mode.
  const unsigned pick = size == 0 ? 0u : size + bytes[size - 1];
  check_mode(data, static_cast<Mode>(pick % 3));
#endif
  return 0;
}
