// Runs `check` over many files, on one thread or on N worker threads, and hands each file to the
// reporter in argument order on the calling thread, so the output and the exit code do not
// depend on --jobs. With workers, a file's findings wait in a FindingSpool (an unnamed
// temporary file), and at most 2 x jobs files are checked ahead of the one being reported:
// memory stays bounded however many files and findings there are.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "engine/runner.hpp"
#include "report/reporter.hpp"

namespace cerslint::cli {

// Checks one file into `sink` (called from worker threads when jobs > 1: must be thread-safe).
using CheckOneFile =
    std::function<engine::FileReport(const std::string& path, engine::FindingSink& sink)>;
// Called on the calling thread after out.end_file, in argument order.
using AfterFile = std::function<void(const std::string& path, const engine::FileReport& report)>;

// jobs: 1 = everything on this thread; more = that many worker threads.
void run_files(const std::vector<std::string>& files, unsigned jobs, const CheckOneFile& check,
               report::Reporter& out, const AfterFile& after);

// --jobs N as given: 0 means one per processor core; never more workers than files, nor more
// than kMaxJobs.
inline constexpr unsigned kMaxJobs = 64;
unsigned effective_jobs(unsigned requested, std::size_t files);
// Whether --jobs leaves each file worker a second core, for the engine's reading thread
// (engine::CheckOptions::reading_thread): one file with --jobs 2, or 0 on two cores.
bool spare_core_per_file(unsigned requested, std::size_t files);

}  // namespace cerslint::cli
