// `cerslint check --baseline PATH | --write-baseline [PATH] | --no-baseline`: the options, and
// one BaselineRun per check that wraps each file's sink (filter or recorder), corrects the
// file's counts and exit code for what the baseline suppressed, reports suppressions that no
// longer match, and writes the baseline at the end. See docs/baseline.md.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
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

   private:
    friend class BaselineRun;
    engine::FindingSink* sink_ = nullptr;
    std::string path_;  // as given on the command line
    std::string name_;  // as the baseline names it
    const baseline::Suppressions* suppressions_ = nullptr;
    std::optional<baseline::BaselineFilter> filter_;      // reading a baseline
    std::optional<baseline::BaselineRecorder> recorder_;  // writing one
  };

  // `format` is check's --format: `cers` output is CERS's verdict and never filtered. An Error
  // is a usage or I/O problem (exit code 2): a --baseline that cannot be read, say.
  static Result<std::unique_ptr<BaselineRun>> start(const BaselineArgs& args,
                                                    const std::string& format);

  // The sink to check `path` into; findings go on to `inner` (unless suppressed).
  std::unique_ptr<File> open(const std::string& path, engine::FindingSink& inner);
  // After the check, once `inner` has printed the file's findings: takes suppressed findings
  // out of report.counts and reports suppressions that no longer match. True when the
  // baseline suppressed every CERS finding of the file, so CERS's verdict, which the baseline
  // knew about, no longer makes the exit code 1.
  bool close(File& file, engine::FileReport& report);
  // Writes the baseline (--write-baseline: exit code 0 unless something failed) and returns the
  // process exit code.
  int finish(int exit_code);

 private:
  BaselineRun(const BaselineArgs& args, std::FILE* notes) : args_(args), notes_(notes) {}
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
  std::vector<baseline::Entry> fresh_;
};

}  // namespace cerslint::cli
