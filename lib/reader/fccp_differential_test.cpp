// Differential test: fast-cpp-csv-parser (Debian libfccp-dev), an independent implementation,
// must read the files it can handle -- six columns, no quoted line breaks, no empty lines, LF or
// CRLF -- to exactly the values CsvReader gives. Random files cover quoting and doubled quotes;
// the conformance fixtures fccp can read are compared too.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "reader/csv_reader.hpp"
#include "reader/simd_test_support.hpp"

// fccp copies file names with strncpy into a fixed buffer; GCC's truncation warning about that
// is fccp's business, not ours.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#endif
#include <csv.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace cerslint::reader {
namespace {

using Rows = std::vector<std::vector<std::string>>;
// No trimming (Commons CSV trims nothing), "" inside quotes is a quote.
using FccpReader = io::CSVReader<6, io::trim_chars<>, io::double_quote_escape<',', '"'>>;

// Reads every line, the header included, as a row of six values; nullopt when fccp refuses the
// input (ragged row, quote it cannot parse, ...).
template <typename... Source>
std::optional<Rows> read_fccp(Source&&... source) {
  try {
    // The constructor already maps columns 1..6 in order, so no header is read or matched.
    FccpReader in(std::forward<Source>(source)...);
    Rows rows;
    char *c0 = nullptr, *c1 = nullptr, *c2 = nullptr, *c3 = nullptr, *c4 = nullptr, *c5 = nullptr;
    while (in.read_row(c0, c1, c2, c3, c4, c5)) rows.push_back({c0, c1, c2, c3, c4, c5});
    return rows;
  } catch (const io::error::base&) {
    return std::nullopt;
  }
}

// Values of every record. Generated files are well-formed, so there a quote error is a failure;
// fixtures may hold deliberate ones (fccp then keeps the raw text, as our recovery does).
Rows collect(CsvReader& reader, const std::string& what, bool expect_well_formed) {
  Rows rows;
  while (const Record* rec = reader.next()) {
    if (expect_well_formed) {
      EXPECT_EQ(rec->quote_error(), QuoteError::kNone) << what << " record " << rec->index();
    }
    std::vector<std::string> row;
    for (std::size_t i = 0; i < rec->size(); ++i) row.emplace_back(rec->value(i));
    rows.push_back(std::move(row));
  }
  EXPECT_FALSE(reader.error().has_value()) << what << ": " << reader.error()->message;
  return rows;
}

Rows read_ours_memory(std::string_view data) {
  CsvReader reader = CsvReader::from_memory(data);
  return collect(reader, "memory", true);
}

Rows read_ours_path(const std::string& path, std::size_t block_bytes, bool expect_well_formed) {
  auto input = Input::open(path);
  if (!input) {
    ADD_FAILURE() << path << ": " << input.error().message;
    return {};
  }
  CsvReader reader(std::move(input.value()), ReaderOptions{.block_bytes = block_bytes});
  return collect(reader, path, expect_well_formed);
}

std::string printable(const Rows& rows) {
  std::string out;
  for (const auto& row : rows) {
    out += "\n  ";
    for (const auto& v : row) out += "<" + v + ">";
  }
  return out;
}

// One random file in the subset both parsers read the same way.
std::string random_file(std::mt19937& rng) {
  static const std::string plain =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .@-";
  static const std::string quoted_extra = ",\"";
  auto below = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  auto chance = [&](int percent) { return static_cast<int>(below(100)) < percent; };

  std::string out;
  if (chance(10)) out += "\xEF\xBB\xBF";               // both parsers drop one UTF-8 BOM
  const int ending_mode = static_cast<int>(below(3));  // LF, CRLF, mixed
  const std::size_t rows = 1 + below(40);
  for (std::size_t r = 0; r < rows; ++r) {
    for (int c = 0; c < 6; ++c) {
      if (c > 0) out += ',';
      const std::size_t len = below(13);
      if (chance(35)) {
        const std::string alphabet = plain + quoted_extra;
        out += '"';
        for (std::size_t i = 0; i < len; ++i) {
          char ch = alphabet[below(alphabet.size())];
          out += ch;
          if (ch == '"') out += '"';
        }
        out += '"';
      } else {
        for (std::size_t i = 0; i < len; ++i) out += plain[below(plain.size())];
      }
    }
    const bool last = r + 1 == rows;
    if (last && chance(30)) break;  // no final line ending
    const bool crlf = ending_mode == 1 || (ending_mode == 2 && chance(50));
    out += crlf ? "\r\n" : "\n";
  }
  return out;
}

// Both tests run once per SIMD level (see simd_test_support.hpp).
class FccpDifferentialTest : public LevelTest {};
CERSLINT_INSTANTIATE_FOR_EACH_LEVEL(FccpDifferentialTest);

TEST_P(FccpDifferentialTest, RandomSixColumnFilesReadTheSame) {
  std::mt19937 rng(4242);
  const std::string path = testing::TempDir() + "cerslint_fccp_" + std::to_string(::getpid());
  int compared = 0;
  for (int iteration = 0; iteration < 300; ++iteration) {
    const std::string data = random_file(rng);
    SCOPED_TRACE("iteration " + std::to_string(iteration) + ", input:\n" + data);
    std::optional<Rows> theirs = read_fccp("random.csv", data.data(), data.data() + data.size());
    // Every generated file is inside fccp's dialect; a refusal means the generator is wrong.
    ASSERT_TRUE(theirs.has_value());
    const Rows ours = read_ours_memory(data);
    ASSERT_EQ(ours.size(), theirs->size());
    for (std::size_t i = 0; i < ours.size(); ++i) {
      ASSERT_EQ(ours[i], (*theirs)[i]) << "record " << i;
    }
    // The same through a file with small blocks, so records straddle block boundaries.
    {
      FILE* f = std::fopen(path.c_str(), "wb");
      ASSERT_NE(f, nullptr);
      ASSERT_EQ(std::fwrite(data.data(), 1, data.size(), f), data.size());
      std::fclose(f);
    }
    ASSERT_EQ(read_ours_path(path, 64, true), *theirs) << printable(*theirs);
    ++compared;
  }
  std::remove(path.c_str());
  EXPECT_EQ(compared, 300);
}

// The fixtures fccp can read (the rest use CR-only endings, ragged rows, quoted line breaks,
// empty lines or quotes fccp does not parse, and are skipped).
TEST_P(FccpDifferentialTest, ConformanceFixturesReadTheSame) {
  const char* root_env = std::getenv("CERSLINT_SOURCE_DIR");
  const std::filesystem::path dir =
      std::filesystem::path(root_env ? root_env : ".") / "testdata" / "conformance";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir << " (tests run from the source root)";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    const auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".csv" || ext == ".tsv")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> compared;
  std::vector<std::string> skipped;
  for (const auto& file : files) {
    const std::string path = file.string();
    std::optional<Rows> theirs = read_fccp(path);
    if (!theirs) {
      skipped.push_back(file.filename().string());
      continue;
    }
    SCOPED_TRACE(path);
    for (std::size_t block : {std::size_t{64}, std::size_t{1} << 20}) {
      const Rows ours = read_ours_path(path, block, false);
      EXPECT_EQ(ours, *theirs) << "block_bytes " << block << "\nours:" << printable(ours)
                               << "\nfccp:" << printable(*theirs);
    }
    compared.push_back(file.filename().string());
  }
  std::string list;
  for (const auto& name : compared) list += " " + name;
  std::cout << "compared " << compared.size() << " fixtures:" << list << "\nskipped "
            << skipped.size() << "\n";
  // Most fixtures are plain six-column files: if few are compared, fccp or the paths broke.
  EXPECT_GE(compared.size(), 20u);
}

}  // namespace
}  // namespace cerslint::reader
