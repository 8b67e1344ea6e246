// Runs the fixer over each file, writes the result where asked (atomically for --in-place and
// -o), and prints one summary line per file: what was repaired, what still needs a person.
#include "tools/cerslint/fix_command.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "engine/runner.hpp"
#include "fix/fixer.hpp"
#include "fix/precheck.hpp"
#include "fix/reference.hpp"
#include "fix/unified_diff.hpp"
#include "output/atomic_file.hpp"
#include "output/fd_copy.hpp"
#include "output/temp_file.hpp"
#include "reader/csv_reader.hpp"
#include "report/text_reporter.hpp"
#include "tools/cerslint/file_runner.hpp"
#include "tools/cerslint/ordered_runner.hpp"
#include "tools/cerslint/workbook_input.hpp"

namespace cerslint::cli {
namespace {

class PrintingLog final : public engine::FixLog {
 public:
  // `cells`: the input is a workbook; lines are then the sheet's rows.
  PrintingLog(std::string path, bool show, std::FILE* out, const xlsx::CellLocator* cells)
      : path_(std::move(path)), show_(show), out_(out), cells_(cells) {}
  void applied(const engine::AppliedFix& f) override {
    if (!show_) return;
    std::uint64_t line = f.line;
    if (cells_ != nullptr) line = cells_->row_of_line(f.line).value_or(0);
    // Descriptions quote file values: make line breaks and invisible characters visible.
    fmt::print(out_, "{}:{}: fixed {} [row {}] {}\n", path_, line, f.rule->code, f.row,
               report::escape_for_terminal(f.description));
  }

 private:
  std::string path_;
  bool show_;
  std::FILE* out_;
  const xlsx::CellLocator* cells_;
};

// Findings left after fixing, counted per rule: what needs a person.
// The findings of a file, with the settings of this run (an unreadable file gives none: the
// fixer reports why). `reading_thread`: read the file on a second core (see --jobs).
engine::FileReport check_file(const std::string& path, const RunSettings& settings,
                              engine::FindingSink& sink, bool reading_thread) {
  engine::FileReport report;
  auto in = reader::Input::open(path);
  if (!in) {
    report.error = in.error();
    return report;
  }
  reader::CsvReader csv(std::move(in).value());
  engine::CheckOptions options = settings.check_options();
  options.reading_thread = reading_thread;
  return engine::check(csv, options, sink);
}

// The command line's fix policy over the common options: it wins over cerslint.toml's [fix].
Result<config::Layer> fix_command_line(const FixArgs& args) {
  auto layer = command_line_layer(args.common);
  if (!layer) return layer;
  if (!args.eol.empty()) {
    const config::Eol eol = args.eol == "crlf" ? config::Eol::kCrlf
                            : args.eol == "lf" ? config::Eol::kLf
                                               : config::Eol::kKeep;
    layer->eol = config::Sourced<config::Eol>{eol, "command line (--eol)"};
  }
  if (args.no_backup) layer->backup = config::Sourced<bool>{false, "command line (--no-backup)"};
  if (args.unsafe) {
    layer->unsafe_fixes = config::Sourced<bool>{true, "command line (--unsafe-fixes)"};
  }
  if (args.neutralize_formulas) {
    layer->neutralize_formulas =
        config::Sourced<bool>{true, "command line (--neutralize-formulas)"};
  }
  return layer;
}

fix::FixOptions fix_options(const RunSettings& settings, const fix::Reference* reference) {
  fix::FixOptions options;
  options.cers = &settings.config;
  options.current_year = settings.current_year;
  options.unsafe = settings.unsafe_fixes;
  options.neutralize_formulas = settings.neutralize_formulas;
  options.selected = settings.selected;
  options.eol = settings.eol == config::Eol::kCrlf ? "\r\n"
                : settings.eol == config::Eol::kLf ? "\n"
                                                   : "";
  options.reference = reference;
  return options;
}

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read", path};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::optional<Error> copy_into(const std::string& from, output::FileWriter& to) {
  auto in = reader::Input::open(from);
  if (!in) return in.error();
  std::string buf(1 << 20, '\0');
  for (;;) {
    auto got = in->read(buf.data(), buf.size());
    if (!got) return got.error();
    if (got.value() == 0) break;
    to.write(std::string_view(buf.data(), got.value()));
  }
  return to.finish();
}

std::optional<Error> atomic_copy(const std::string& from, const std::string& target,
                                 const std::optional<output::FileIdentity>& expected,
                                 const std::string& backup) {
  auto file = output::AtomicFile::create(target);
  if (!file) return file.error();
  auto in = reader::Input::open(from);
  if (!in) return in.error();
  std::string buf(1 << 20, '\0');
  for (;;) {
    auto got = in->read(buf.data(), buf.size());
    if (!got) return got.error();
    if (got.value() == 0) break;
    if (auto err = file->write(std::string_view(buf.data(), got.value()))) return err;
  }
  return file->commit(expected, backup);
}

bool is_regular_or_missing(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode);
}

// True for a regular file; false for "-", pipes and devices. A path that cannot be stat'ed
// counts as regular: opening it then fails with its own message.
bool is_regular_file(const std::string& path) {
  if (path == "-") return false;
  struct stat st {};
  return ::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode);
}

// The bytes of `path` ("-": standard input) in an unnamed scratch file.
Result<output::TempFile> copy_to_scratch(const std::string& path) {
  auto input = reader::Input::open(path);
  if (!input) return input.error();
  auto t = output::TempFile::create();
  if (!t) return t.error();
  auto w = output::FileWriter::open(t->path());
  if (!w) return w.error();
  std::string buf(1 << 20, '\0');
  for (;;) {
    auto n = input->read(buf.data(), buf.size());
    if (!n) return n.error();
    if (*n == 0) break;
    w->write(std::string_view(buf.data(), *n));
  }
  if (auto err = w->finish()) return *err;
  return std::move(t).value();
}

// What one file's fix came to, for the exit code and the total line.
struct FileOutcome {
  int exit = 0;  // 0 nothing left, 1 changed or findings left, 2 failed
  bool changed = false;
  std::uint64_t fixes = 0;
  std::uint64_t left = 0;
};

// A file's outcome with its messages. With several jobs the messages wait in unnamed temporary
// files (memory does not grow with --show-fixes or --diff output) until the file's turn.
struct ParkedFile {
  // Closes a temporary file; leaves stdout and stderr alone.
  struct CloseIfParked {
    bool parked = false;
    void operator()(std::FILE* f) const {
      if (parked && f != nullptr) std::fclose(f);
    }
  };
  using Stream = std::unique_ptr<std::FILE, CloseIfParked>;

  explicit ParkedFile(bool park)
      : out(park ? std::tmpfile() : stdout, CloseIfParked{park}),
        err(park ? std::tmpfile() : stderr, CloseIfParked{park}) {
    if (!out || !err) throw std::runtime_error("cannot create a temporary file");
  }
  void copy_out() {
    if (!out.get_deleter().parked) return;
    copy(out.get(), stdout);
    copy(err.get(), stderr);
  }
  static void copy(std::FILE* from, std::FILE* to) {
    std::rewind(from);
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, from)) > 0;) std::fwrite(buf, 1, n, to);
    std::fflush(to);
  }
  FileOutcome outcome;
  Stream out;
  Stream err;
};

}  // namespace

int run_fix(const FixArgs& given) {
  FixArgs args = given;
  args.files = expand_inputs(given.files);
  if (args.files.empty()) return usage_error("no CSV files found in the given folders");
  const int modes = (args.output.empty() ? 0 : 1) + args.in_place + args.to_stdout + args.diff;
  if (modes > 1) return usage_error("choose one of -o, --in-place, --stdout and --diff");
  const bool in_place = modes == 0 || args.in_place;
  if (!args.output.empty() && args.files.size() != 1) {
    return usage_error("-o takes exactly one input file; use --in-place for several");
  }
  if (args.to_stdout && args.files.size() != 1) return usage_error("--stdout takes one input file");
  if (args.eol != "" && args.eol != "crlf" && args.eol != "lf" && args.eol != "keep") {
    return usage_error("--eol must be crlf, lf or keep");
  }
  for (const std::string& f : args.files) {
    if (f == "-" && in_place) return usage_error("standard input cannot be fixed in place; use --stdout or -o");
    // The repaired sheet is a CSV file: writing it over the workbook would destroy the workbook.
    if (xlsx::is_workbook_path(f) && in_place) {
      return usage_error(f + ": a workbook cannot be fixed in place: the repaired file is a CSV. "
                         "Use -o " + f.substr(0, f.size() - 5) + ".csv (or --stdout, --diff)");
    }
  }
  auto command_line = fix_command_line(args);
  if (!command_line) return usage_error(command_line.error().message);
  SettingsCache settings_cache(args.common, std::move(command_line).value());
  if (auto err = settings_cache.prepare(args.files)) return usage_error(err->message);

  std::optional<fix::Reference> reference;
  if (!args.reference.empty()) {
    // A workbook reference is read as its sheet converted to CSV, with every digit of its ids.
    auto ref_file = open_input(args.reference, args.sheet);
    if (!ref_file) return usage_error(args.reference + ": " + ref_file.error().message);
    auto loaded = fix::Reference::load(ref_file->csv_path);
    if (!loaded) {
      return usage_error(args.reference + ": " + loaded.error().message);
    }
    reference.emplace(std::move(loaded).value());
  }
  // The checks before and after fixing read on a second core when --jobs leaves one per file
  // (--stdout and -o take one file, so their one worker is what effective_jobs counts).
  const bool reading_thread = spare_core_per_file(args.jobs, args.files.size());

  // One file, start to end. Runs on --jobs worker threads: it reads only shared settings, and
  // writes its messages to `out` and `err` (the terminal with one job, otherwise temporary
  // files copied out in argument order).
  const auto fix_one = [&](const std::string& path, std::FILE* out, std::FILE* err) {
    FileOutcome r;
    // Each file's own settings and fix policy: the cerslint.toml files above it, the options.
    const RunSettings& settings = settings_cache.prepared(path);
    const fix::FixOptions options = fix_options(settings, reference ? &*reference : nullptr);
    // Standard input, pipes and devices are copied to a private scratch file: the fixer reads
    // its input twice, and a pipe gives its bytes only once (a second open would wait forever).
    std::optional<output::TempFile> stream_copy;
    std::string source = path;
    // A workbook: its sheet, converted to a private CSV, is what gets fixed.
    auto workbook = open_input(path, args.sheet);
    if (!workbook) {
      fmt::print(err, "cerslint: {}: {}\n", path, workbook.error().message);
      r.exit = 2;
      return r;
    }
    std::optional<xlsx::CellLocator> cells;
    if (workbook->sheet) {
      print_notes(err, path, *workbook->sheet);
      source = workbook->csv_path;
      cells.emplace(*workbook->sheet);
    }
    const bool stream = !workbook->sheet && !is_regular_file(path);
    if (stream && path != "-" && in_place) {
      fmt::print(err,
                 "cerslint: {}: not a regular file (a pipe or a device), so it cannot be replaced "
                 "in place; use --stdout or -o FILE\n",
                 path);
      r.exit = 2;
      return r;
    }
    if (stream) {
      auto copy = copy_to_scratch(path);
      if (!copy) {
        fmt::print(err, "cerslint: {}: {}\n", path, copy.error().message);
        r.exit = 2;
        return r;
      }
      source = copy->path();
      stream_copy.emplace(std::move(copy).value());
    }
    std::optional<output::FileIdentity> identity;
    if (!stream && !workbook->sheet) {
      auto id = output::identify(path);
      if (!id) {
        fmt::print(err, "cerslint: {}: {}\n", path, id.error().message);
        r.exit = 2;
        return r;
      }
      identity = id.value();
    }
    // Check first: a file with no finding the fixer could act on is left as it is, without
    // the repair pipeline and the check of its output (see fix/precheck.hpp).
    fix::FindingTally before;
    engine::FileReport before_report = check_file(source, settings, before, reading_thread);
    if (before_report.error) before_report.error->path = path;
    const bool asked_for = std::ranges::any_of(before.by_rule(), [&](const auto& entry) {
      return fix::unsafe_fix_asked_by_name(options, entry.first);
    });
    const bool skip_fixer = !before.fixable(options.unsafe) && !asked_for &&
                            !before_report.error &&
                            options.reference == nullptr && options.eol.empty();
    // With --stdout the repaired file is standard output: the list of repairs goes to stderr.
    PrintingLog log(path, args.show_fixes, args.to_stdout ? err : out, cells ? &*cells : nullptr);
    auto outcome = skip_fixer ? Result<fix::FixOutcome>(fix::FixOutcome{})
                              : fix::fix_file(source, options, log);
    if (!outcome) {
      fmt::print(err, "cerslint: {}: {}; the file was not changed\n", path,
                 outcome.error().message);
      r.exit = 2;
      return r;
    }
    const std::string& result = outcome->changed ? outcome->fixed->path() : source;

    // Write where asked. A file that needs no change is never rewritten.
    std::optional<Error> write_error;
    if (args.diff) {
      auto old_text = slurp(source);
      auto after = slurp(result);
      if (!old_text || !after) {
        write_error = !old_text ? old_text.error() : after.error();
      } else {
        fmt::print(out, "{}", fix::unified_diff(old_text.value(), after.value(), path + " (before)",
                                           path + " (fixed)"));
      }
    } else if (args.to_stdout) {
      std::fflush(stdout);
      write_error = output::copy_file_to_fd(result, STDOUT_FILENO, "<stdout>");
    } else if (!args.output.empty()) {
      if (is_regular_or_missing(args.output)) {
        write_error = atomic_copy(result, args.output, std::nullopt, "");
      } else {  // a device or pipe (e.g. /dev/stdout): no rename possible, write straight
        auto writer = output::FileWriter::open(args.output);
        write_error = writer ? copy_into(result, writer.value()) : std::optional<Error>(writer.error());
      }
    } else if (in_place && outcome->changed) {
      write_error = atomic_copy(result, path, identity, settings.backup ? path + ".bak" : "");
    }
    if (write_error) {
      fmt::print(err, "cerslint: {}: {}\n", write_error->path.empty() ? path : write_error->path,
                 write_error->message);
      r.exit = 2;
      return r;
    }

    // What is left for a person: a check of the repaired text.
    fix::FindingTally left;
    engine::FileReport after_report;
    if (outcome->changed) {
      after_report = check_file(result, settings, left, reading_thread);
    } else {
      left = std::move(before);
      after_report = std::move(before_report);
    }
    std::uint64_t fixes = 0;
    std::string fixed_list;
    for (const auto& [meta, n] : outcome->applied) {
      fixes += n;
      fixed_list += fmt::format("{}{} {}", fixed_list.empty() ? "" : ", ", meta->code, n);
    }
    std::uint64_t left_count = 0, unsafe_left = 0;
    std::string left_list;
    for (const auto& [code, n] : left.by_rule()) {
      left_count += n;
      const engine::RuleEntry* rule = engine::find_rule(code);
      if (!options.unsafe && rule && rule->make && rule->meta->fix == engine::FixSafety::kUnsafe) {
        unsafe_left += n;
      }
      left_list += fmt::format("{}{} {}", left_list.empty() ? "" : ", ", code, n);
    }
    // Counted by the engine with the severities this file's configuration gives.
    std::uint64_t failing = 0;
    for (int s = static_cast<int>(settings.fail_on); s < 3; ++s) failing += after_report.counts[s];
    const bool rejected = after_report.verdict.status != cers::Status::kAccepted;
    if (!args.to_stdout) {
      std::string verb = args.diff ? "would fix" : in_place || !args.output.empty() ? "fixed" : "fixed";
      fmt::print(out, "{}: {}; {}\n", path,
                 fixes == 0 ? std::string("nothing to fix")
                            : fmt::format("{} {} ({})", verb, fixes, fixed_list),
                 left_count == 0
                     ? std::string("nothing left")
                     : fmt::format("{} left for a person ({}; see cerslint check){}", left_count,
                                   left_list,
                                   unsafe_left == 0
                                       ? std::string()
                                       : fmt::format("; {} of them may go with --unsafe-fixes",
                                                     unsafe_left)));
    } else {
      fmt::print(err, "{}: {}; {} left for a person\n", path,
                 fixes == 0 ? std::string("nothing to fix") : fmt::format("fixed {} ({})", fixes, fixed_list),
                 left_count);
    }
    r.changed = outcome->changed;
    r.fixes = fixes;
    r.left = left_count;
    if ((outcome->changed && !args.exit_zero_on_fix) || failing > 0 || rejected) r.exit = 1;
    return r;
  };

  const unsigned jobs = args.to_stdout || !args.output.empty()
                            ? 1
                            : effective_jobs(args.jobs, args.files.size());
  int exit_code = 0;
  std::uint64_t files_changed = 0, total_fixes = 0, total_left = 0;
  run_in_order<ParkedFile>(
      args.files.size(), jobs,
      [&](std::size_t i) {
        ParkedFile parked(jobs > 1);
        parked.outcome = fix_one(args.files[i], parked.out.get(), parked.err.get());
        return parked;
      },
      [&](std::size_t, ParkedFile& parked) {
        parked.copy_out();
        const FileOutcome& r = parked.outcome;
        files_changed += r.changed;
        total_fixes += r.fixes;
        total_left += r.left;
        if (r.exit == 2) exit_code = 2;
        if (r.exit == 1 && exit_code == 0) exit_code = 1;
      });
  if (args.files.size() > 1 && !args.to_stdout) {
    fmt::print("total: {} files, {} changed; {} fixes; {} findings left for a person\n",
               args.files.size(), files_changed, total_fixes, total_left);
  }
  std::fflush(stdout);
  return exit_code;
}

}  // namespace cerslint::cli
