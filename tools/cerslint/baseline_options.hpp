// `cerslint check --baseline PATH | --write-baseline [PATH] | --no-baseline`: the options, and
// one BaselineRun per check that wraps each file's sink (filter or recorder), corrects the
// file's counts and exit code for what the baseline suppressed, reports suppressions that no
// longer match, and writes the baseline at the end. See docs/baseline.md.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "baseline/baseline_filter.hpp"
#include "baseline/recorder.hpp"
#include "baseline/suppressions.hpp"
#include "engine/finding.hpp"
#include "engine/runner.hpp"
#include "output/atomic_file.hpp"
#include "util/result.hpp"

namespace cerslint::cli {

struct BaselineArgs {
  std::optional<std::string> write;  // --write-baseline [PATH] ("" = the default path)
  std::string use;                   // --baseline PATH
  bool none = false;                 // --no-baseline
};

void add_baseline_options(CLI::App& check, BaselineArgs& args);

class BaselineRun {
 public:
  // One checked file: check into sink(), then hand it to close().
  class File {
   public:
    engine::FindingSink& sink() { return *sink_; }
    // Whether a baseline filters or records this file's findings (then it must see every one).
    bool uses_baseline() const { return filter_.has_value() || recorder_.has_value(); }

   private:
    friend class BaselineRun;
    engine::FindingSink* sink_ = nullptr;
    std::string path_;  // as given on the command line
    std::string name_;  // as the baseline names it
    const baseline::Suppressions* suppressions_ = nullptr;
    std::optional<baseline::BaselineFilter> filter_;      // reading a baseline
    std::optional<baseline::BaselineRecorder> recorder_;  // writing one
  };

  // `collect_findings`: false with `--format cers` alone, whose output is CERS's verdict and
  // never filtered. `text_output`: unused suppressions are reported on standard output (text
  // format), otherwise on standard error so machine-readable output stays valid. An Error is a
  // usage or I/O problem (exit code 2): a --baseline that cannot be read, say.
  static Result<std::unique_ptr<BaselineRun>> start(const BaselineArgs& args, bool collect_findings,
                                                    bool text_output);

  // The sink to check `path` into; findings go on to `inner` (unless suppressed). open() and
  // close() may run on --jobs worker threads.
  std::unique_ptr<File> open(const std::string& path, engine::FindingSink& inner);
  // Right after the check: takes suppressed findings out of report.counts (before any reporter
  // sees them) and keeps what after_file() reports.
  void close(File& file, engine::FileReport& report);
  // On the main thread, after the reporter's end of the file (files in argument order): reports
  // suppressions that no longer match. True when the baseline suppressed every CERS finding of
  // the file, so CERS's verdict, which the baseline knew about, does not make the exit code 1.
  bool after_file(const std::string& path);
  // Writes the baseline (--write-baseline: exit code 0 unless something failed) and returns the
  // process exit code.
  int finish(int exit_code);

 private:
  BaselineRun(const BaselineArgs& args, std::FILE* notes) : args_(args), notes_(notes) {}
  // What close() learnt about a file, for after_file().
  struct Outcome {
    std::string baseline;  // its path, for messages
    std::string name;      // the file as the baseline names it
    std::uint64_t suppressed = 0;
    bool verdict_baselined = false;
    std::vector<baseline::Entry> unused;
  };
  const baseline::Suppressions* load(const std::string& path);

  BaselineArgs args_;
  bool active_ = false;  // filtering or recording at all
  std::FILE* notes_;     // where unused suppressions are reported
  std::mutex mutex_;     // files may be checked in parallel
  bool failed_ = false;  // a baseline could not be read or written: exit code 2
  // Reading: baselines by path, each loaded once.
  std::map<std::string, std::unique_ptr<baseline::Suppressions>> loaded_;
  std::set<std::string> unusable_;  // absolute paths of baselines that could not be read
  std::string unusable_error_;      // the last reading error
  std::set<std::string> reported_;  // baselines whose error was printed
  // Writing: where, what it held before, and what this run found.
  std::string write_path_;
  std::vector<baseline::Entry> old_entries_;
  std::optional<output::FileIdentity> old_identity_;
  std::set<std::string> checked_;
  // close() -> after_file(), by path (a path given twice is checked twice alike).
  std::map<std::string, std::deque<Outcome>> outcomes_;
  std::vector<baseline::Entry> fresh_;
};

}  // namespace cerslint::cli
