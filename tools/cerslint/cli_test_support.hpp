// What the CLI tests share: running the real `cerslint` binary (CERSLINT_BINARY) through the
// shell with standard output and standard error kept apart, private temporary folders, and small
// file helpers. Header-only test support; not part of the program.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cerslint::cli_test {

namespace fs = std::filesystem;

// `s` as one shell word.
inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void spit(const fs::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << content;
}

// A private folder per test, removed afterwards (also when a test made it immutable or
// unreadable).
class TempDir {
 public:
  TempDir() {
    std::string name = (fs::temp_directory_path() / "cerslint_cli_XXXXXX").string();
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr) std::abort();
    path_ = name.data();
  }
  ~TempDir() {
    (void)std::system(("chattr -R -i " + quote(path_.string()) + " >/dev/null 2>&1").c_str());
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }
  // Every entry's name, sorted.
  std::vector<std::string> entries() const { return list(path_); }
  static std::vector<std::string> list(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  fs::path path_;
};

struct CliRun {
  int exit_code = -1;  // -1: killed by a signal (a crash)
  std::string out;     // standard output
  std::string err;     // standard error
};

// Runs `cerslint <args>` through the shell (arguments must be quoted by the caller), with
// standard input from `stdin_file`; `prefix` goes before the command (e.g. `timeout 60 ` or
// environment settings).
inline CliRun run_cerslint(const std::string& args, const std::string& stdin_file = "/dev/null",
                           const std::string& prefix = "") {
  static int counter = 0;
  const fs::path out = fs::temp_directory_path() /
                       ("cerslint_cli_out_" + std::to_string(::getpid()) + "_" +
                        std::to_string(++counter));
  const std::string cmd = prefix + quote(CERSLINT_BINARY) + " " + args + " <" + quote(stdin_file) +
                          " >" + quote(out.string() + ".1") + " 2>" + quote(out.string() + ".2");
  const int status = std::system(cmd.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(out.string() + ".1");
  run.err = slurp(out.string() + ".2");
  fs::remove(out.string() + ".1");
  fs::remove(out.string() + ".2");
  return run;
}

}  // namespace cerslint::cli_test
