// Baselines on the command line: which baseline applies to each file, wrapping its sink, the
// notes about suppressions that no longer match, and writing the file. docs/baseline.md.
#include "tools/cerslint/baseline_options.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

#include "baseline/baseline_file.hpp"
#include "baseline/paths.hpp"
#include "report/text_reporter.hpp"

namespace cerslint::cli {
namespace {

namespace fs = std::filesystem;

// A baseline's path as the user can type it: relative to the current folder when it is below
// it, otherwise absolute.
std::string display_path(const std::string& path) {
  std::error_code ec;
  const fs::path rel = fs::path(path).lexically_relative(fs::current_path(ec));
  if (ec || rel.empty() || *rel.begin() == "..") return path;
  return rel.generic_string();
}

// `school "…", year "2027", group "…", member "…"` (empty fields left out).
std::string describe(const baseline::Entry& e) {
  std::string out;
  const std::pair<const char*, const std::string*> fields[] = {
      {"school", &e.school}, {"year", &e.year}, {"group", &e.group}, {"member", &e.member}};
  for (const auto& [name, value] : fields) {
    if (value->empty()) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} \"{}\"", name, report::escape_for_terminal(*value));
  }
  return out.empty() ? std::string("the file as a whole") : out;
}

bool ends_with_json(const std::string& path) {
  return path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
}

}  // namespace

void add_baseline_options(CLI::App& check, BaselineArgs& args) {
  check.add_option("--baseline", args.use,
                   "Suppress the findings this baseline lists (default: the nearest "
                   "cerslint-baseline.json in each file's folder or above)");
  check.add_flag("--no-baseline", args.none, "Use no baseline, even if one is found");
  check
      .add_option_function<std::string>(
          "--write-baseline", [&args](const std::string& path) { args.write = path; },
          "Write every current finding to a baseline and exit 0 (default PATH: "
          "./cerslint-baseline.json, or --baseline's)")
      ->expected(0, 1)
      ->type_name("[PATH]");
}

Result<std::unique_ptr<BaselineRun>> BaselineRun::start(const BaselineArgs& args,
                                                        bool collect_findings, bool text_output) {
  std::unique_ptr<BaselineRun> run(new BaselineRun(args, text_output ? stdout : stderr));
  if (args.write) {
    if (!collect_findings) {
      return Error{
          "--write-baseline records findings, and --format cers prints none: use "
          "another --format",
          ""};
    }
    std::string path = !args.write->empty() ? *args.write
                       : !args.use.empty()  ? args.use
                                            : std::string(baseline::kFileName);
    // An optional value takes the next word: `--write-baseline groups.csv` must not overwrite
    // the CSV file.
    if (!ends_with_json(path)) {
      return Error{"--write-baseline " + path +
                       ": a baseline's name ends in .json (to name "
                       "the file, write --write-baseline=PATH)",
                   path};
    }
    std::error_code ec;
    if (fs::exists(path, ec)) {  // read now: fail before checking, and keep other files' entries
      auto old = baseline::read_baseline(path);
      if (!old) return Error{old.error().message + " (not overwritten)", path};
      run->old_entries_ = std::move(old).value();
      auto id = output::identify(path);
      if (id) run->old_identity_ = id.value();
    }
    run->write_path_ = std::move(path);
    run->active_ = true;
    return run;
  }
  if (!collect_findings || args.none) return run;  // CERS's verdict is never filtered
  run->active_ = true;
  if (!args.use.empty() && run->load(args.use) == nullptr) {
    return Error{run->unusable_error_, args.use};
  }
  return run;
}

const baseline::Suppressions* BaselineRun::load(const std::string& path) {
  // Called with mutex_ held (or before any file is checked).
  const std::string key = baseline::absolute_path(path);
  if (const auto it = loaded_.find(key); it != loaded_.end()) return it->second.get();
  if (unusable_.count(key) != 0) return nullptr;
  auto entries = baseline::read_baseline(path);
  if (!entries) {
    unusable_.insert(key);
    unusable_error_ = entries.error().message;
    return nullptr;
  }
  auto loaded = std::make_unique<baseline::Suppressions>(path, std::move(entries).value());
  return (loaded_[key] = std::move(loaded)).get();
}

std::unique_ptr<BaselineRun::File> BaselineRun::open(const std::string& path,
                                                     engine::FindingSink& inner) {
  auto file = std::make_unique<File>();
  file->sink_ = &inner;
  file->path_ = path;
  if (!active_) return file;
  if (path == "-") {  // standard input has no path a baseline could name
    if (args_.write) fmt::print(stderr, "cerslint: standard input is not recorded in a baseline\n");
    return file;
  }
  std::lock_guard lock(mutex_);
  if (args_.write) {
    file->name_ = baseline::relative_name(write_path_, path);
    file->recorder_.emplace(file->name_, inner);
    file->sink_ = &*file->recorder_;
    return file;
  }
  std::string baseline_path = args_.use;
  if (baseline_path.empty()) {
    const auto found = baseline::find_baseline_for(path);
    if (!found) return file;
    baseline_path = display_path(*found);
  }
  file->suppressions_ = load(baseline_path);
  if (file->suppressions_ == nullptr) {
    // Reported once per baseline; the file is checked without it and the exit code is 2.
    if (reported_.insert(baseline_path).second) {
      fmt::print(stderr, "cerslint: {}\n", unusable_error_);
    }
    failed_ = true;
    return file;
  }
  file->name_ = baseline::relative_name(baseline_path, path);
  file->filter_.emplace(*file->suppressions_, file->name_, inner);
  file->sink_ = &*file->filter_;
  return file;
}

void BaselineRun::close(File& file, engine::FileReport& report) {
  if (report.error) return;  // findings incomplete: nothing recorded, nothing judged unused
  if (file.recorder_) {
    std::vector<baseline::Entry> entries = file.recorder_->take();
    std::lock_guard lock(mutex_);
    checked_.insert(file.name_);
    std::move(entries.begin(), entries.end(), std::back_inserter(fresh_));
    return;
  }
  if (!file.filter_) return;
  const baseline::BaselineFilter& filter = *file.filter_;
  for (int s = 0; s < 3; ++s) {
    report.counts[s] -= filter.suppressed(static_cast<engine::Severity>(s));
  }
  Outcome outcome{file.suppressions_->path(), file.name_, filter.suppressed_total(),
                  filter.suppressed_cers() > 0 && filter.forwarded_cers() == 0, filter.unused()};
  std::lock_guard lock(mutex_);
  outcomes_[file.path_].push_back(std::move(outcome));
}

bool BaselineRun::after_file(const std::string& path) {
  Outcome outcome;
  {
    std::lock_guard lock(mutex_);
    const auto it = outcomes_.find(path);
    if (it == outcomes_.end() || it->second.empty()) return false;
    outcome = std::move(it->second.front());
    it->second.pop_front();
    if (it->second.empty()) outcomes_.erase(it);
  }
  const std::string& base = outcome.baseline;
  std::uint64_t unused_count = 0;
  for (const baseline::Entry& e : outcome.unused) {
    unused_count += e.count;
    fmt::print(notes_,
               "{}: {} for {} in {} ({}) no longer {}; run `cerslint check "
               "--write-baseline={}` to prune {}\n",
               base, e.count == 1 ? "suppression" : fmt::format("{} suppressions", e.count), e.rule,
               report::escape_for_terminal(e.file), describe(e), e.count == 1 ? "matches" : "match",
               base, e.count == 1 ? "it" : "them");
  }
  if (outcome.suppressed > 0 || unused_count > 0) {
    fmt::print(notes_, "{}: {} {} suppressed by {}", path, outcome.suppressed,
               outcome.suppressed == 1 ? "finding" : "findings", base);
    if (unused_count > 0) {
      fmt::print(notes_, "; {} {} no longer {}", unused_count,
                 unused_count == 1 ? "suppression" : "suppressions",
                 unused_count == 1 ? "matches" : "match");
    }
    fmt::print(notes_, "\n");
  }
  return outcome.verdict_baselined;
}

int BaselineRun::finish(int exit_code) {
  if (failed_) exit_code = 2;
  if (!args_.write) return exit_code;
  std::vector<baseline::Entry> entries =
      baseline::replace_files(std::move(old_entries_), checked_, std::move(fresh_));
  std::uint64_t total = 0;
  for (const baseline::Entry& e : entries) total += e.count;
  if (auto err = baseline::write_baseline(write_path_, std::move(entries), old_identity_)) {
    fmt::print(stderr, "cerslint: {}: {}\n", write_path_, err->message);
    return 2;
  }
  fmt::print(stderr, "cerslint: wrote {} ({} {} of {} {})\n", write_path_, total,
             total == 1 ? "finding" : "findings", checked_.size(),
             checked_.size() == 1 ? "file checked" : "files checked");
  return exit_code == 2 ? 2 : 0;
}

}  // namespace cerslint::cli
