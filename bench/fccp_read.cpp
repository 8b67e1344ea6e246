// The end-to-end baseline for bench/run.sh: fast-cpp-csv-parser reading a file from disk into
// six char* per row (as BM_fccp_read does in memory), touching each field's first byte.
// Prints the number of data rows.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#endif
#define CSV_IO_NO_THREAD  // one thread, like cerslint check
#include <libfccp/csv.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fccp_read FILE.csv\n");
    return 2;
  }
  try {
    io::CSVReader<6, io::trim_chars<>, io::double_quote_escape<',', '"'>> in(argv[1]);
    in.read_header(io::ignore_no_column, "group_name", "school_natural_id", "school_year",
                   "subject_code", "student_ssid", "group_user_login");
    char *group = nullptr, *school = nullptr, *year = nullptr, *subject = nullptr,
         *ssid = nullptr, *login = nullptr;
    unsigned long long rows = 0, touched = 0;
    while (in.read_row(group, school, year, subject, ssid, login)) {
      ++rows;
      touched += static_cast<unsigned char>(*group) + static_cast<unsigned char>(*school) +
                 static_cast<unsigned char>(*year) + static_cast<unsigned char>(*subject) +
                 static_cast<unsigned char>(*ssid) + static_cast<unsigned char>(*login);
    }
    std::printf("%llu rows (%llu)\n", rows, touched % 7);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fccp_read: %s\n", e.what());
    return 1;
  }
  return 0;
}
