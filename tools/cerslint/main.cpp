// The cerslint command line: check, fix, config, rules, explain. Parsing only; each command lives
// in its own file. Library exceptions stop here and become exit code 2.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <exception>

#include "engine/rule.hpp"
#include "report/rule_list.hpp"
#include "tools/cerslint/check_command.hpp"
#include "tools/cerslint/config_command.hpp"
#include "tools/cerslint/fix_command.hpp"
#include "tools/cerslint/template_command.hpp"

namespace {

int list_rules(const std::string& format) {
  if (format == "markdown") {
    fmt::print("{}", cerslint::report::rules_markdown());
  } else if (format == "text") {
    fmt::print("{}", cerslint::report::rules_table());
  } else {
    fmt::print(stderr, "cerslint: --format must be text or markdown, not \"{}\"\n", format);
    return 2;
  }
  return 0;
}

int explain(const std::string& code) {
  using namespace cerslint::engine;
  const RuleEntry* e = find_rule(code);
  if (e == nullptr) {
    fmt::print(stderr, "cerslint: no rule \"{}\" (see `cerslint rules`)\n", code);
    return 2;
  }
  fmt::print("{}", rule_doc(e->meta->code));
  return 0;
}

// Options `check`, `fix` and `config` share: CERS's configuration, rule selection and which
// cerslint.toml files apply. Each wins over the configuration files.
void add_common_options(CLI::App& cmd, cerslint::cli::CommonArgs& args) {
  cmd.add_option("--schools", args.schools_file,
                        "Permitted schools: one CDS code per line, or a CDE directory TSV "
                        "(default: active public schools in the embedded CDE directory)");
  cmd.add_option("--years", args.years,
                        "School (end) years CERS accepts, e.g. 2016-2025 or 2024,2025 "
                        "(default: 2015 to the current school year)");
  cmd.add_option("--subjects", args.subjects,
                        "Subject codes CERS accepts besides ALL (default: Math,ELA,ELPAC)");
  cmd.add_option("--select", args.select,
                        "Report only these rules: codes, names or prefixes (S, C1, group-), "
                        "comma-separated")
      ->delimiter(',');
  cmd.add_option("--ignore", args.ignore,
                        "Do not report these rules (codes, names or prefixes, comma-separated)")
      ->delimiter(',');
  cmd.add_option("--extend-select", args.extend_select,
                 "Add rules to those selected in cerslint.toml (comma-separated)")
      ->delimiter(',');
  cmd.add_option("--extend-ignore", args.extend_ignore,
                 "Add rules to those ignored in cerslint.toml (comma-separated)")
      ->delimiter(',');
  cmd.add_option("--fail-on", args.fail_on,
                 "Lowest severity that makes the exit code 1: error, warning or info "
                 "(a file CERS would reject always does; default: error)");
  CLI::Option* config_file = cmd.add_option(
      "--config", args.config_file,
      "Use only this configuration file instead of the cerslint.toml files found upward");
  cmd.add_flag("--isolated", args.isolated, "Ignore every configuration file")
      ->excludes(config_file);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"cerslint: check CERS student-group CSV files before you upload them"};
  app.set_version_flag("--version", std::string("cerslint ") + CERSLINT_VERSION);
  app.require_subcommand(1);

  cerslint::cli::CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check files and report what CERS would say");
  check_cmd->add_option("files", check.files,
                        "CSV files or Excel workbooks (.xlsx) to check (- for standard input)")
      ->required();
  check_cmd->add_option("--sheet", check.sheet,
                        "The sheet of .xlsx workbooks to check (default: the first)");
  check_cmd->add_option("--format", check.format,
                        "cers: exactly CERS's message; text: findings with hints; json, "
                        "json-lines, sarif, github: for tools and CI (docs/output-formats.md)")
      ->capture_default_str();
  check_cmd->add_option("--output-file", check.output_file,
                        "Also write a report to this file (replaced atomically)");
  check_cmd->add_option("--output-format", check.output_format,
                        "Format of --output-file (default: from its extension: .sarif, .json, "
                        ".jsonl or .ndjson)");
  check_cmd->add_option("-j,--jobs", check.jobs,
                        "Files checked at once (0: one per processor core); with a core to spare "
                        "per file, each file is also read on a second thread. Output is the same")
      ->capture_default_str();
  add_common_options(*check_cmd, check.common);
  check_cmd->add_option("--color", check.color, "auto, always or never")->capture_default_str();
  check_cmd->add_flag("--no-hints", check.no_hints, "Do not print the hint under each finding");
  check_cmd->add_option("--max-per-rule", check.max_per_rule,
                        "Text format: list each rule's first N findings per file and count the "
                        "rest (0: list every finding)")
      ->capture_default_str();
  check_cmd->add_flag("--redact", check.redact,
                      "Mask SSIDs and e-mail names in every output (to share a report with a help "
                      "desk)");
  cerslint::cli::add_baseline_options(*check_cmd, check.baseline);
  check_cmd->add_flag("--no-progress", check.no_progress,
                      "No progress line on standard error (shown for files over 50 MB when it is "
                      "a terminal)");

  cerslint::cli::FixArgs fix;
  CLI::App* fix_cmd = app.add_subcommand(
      "fix", "Repair files: safe fixes by default, judgement calls with --unsafe-fixes");
  fix_cmd->add_option("files", fix.files,
                      "CSV files to repair (- for standard input); an .xlsx workbook needs -o, "
                      "--stdout or --diff (the repaired file is a CSV)")
      ->required();
  fix_cmd->add_option("--sheet", fix.sheet,
                      "The sheet of .xlsx workbooks and of an .xlsx --reference (default: the "
                      "first)");
  add_common_options(*fix_cmd, fix.common);
  fix_cmd->add_option("-o,--output", fix.output, "Write the repaired file here (one input only)");
  fix_cmd->add_flag("--in-place", fix.in_place,
                    "Replace each file atomically, keeping FILE.bak (the default)");
  fix_cmd->add_flag("--no-backup", fix.no_backup, "With --in-place: keep no FILE.bak");
  fix_cmd->add_flag("--stdout", fix.to_stdout, "Print the repaired file (one input only)");
  fix_cmd->add_flag("--diff", fix.diff, "Print a unified diff of what would change; write nothing");
  fix_cmd->add_flag("--unsafe-fixes", fix.unsafe,
                    "Also apply fixes that are a judgement (group splits, subject synonyms...)");
  fix_cmd->add_flag("--neutralize-formulas", fix.neutralize_formulas,
                    "Put an apostrophe in front of group names that start with = + - @ (G007), "
                    "so spreadsheets show them as text; ids and logins are never touched");
  fix_cmd->add_option("--eol", fix.eol,
                      "Line endings: crlf (the CERS template), lf or keep (the default: the "
                      "file's own)");
  fix_cmd->add_flag("--exit-zero-on-fix", fix.exit_zero_on_fix,
                    "Exit 0 when everything found was fixed");
  fix_cmd->add_flag("--show-fixes", fix.show_fixes, "Print one line per repair");
  fix_cmd->add_option("-j,--jobs", fix.jobs,
                      "Files fixed at once (0: one per processor core); with a core to spare per "
                      "file, each file's checks also read on a second thread. Output is the same")
      ->capture_default_str();
  fix_cmd->add_option("--reference", fix.reference,
                      "An earlier good copy (e.g. the last upload, or the .xlsx workbook the CSV "
                      "was saved from): restore school ids and SSIDs that Excel destroyed, "
                      "matching rows on the other columns");

  cerslint::cli::ConfigArgs config_args;
  CLI::App* config_cmd = app.add_subcommand(
      "config", "Show the settings that apply to a file or folder, and where each comes from");
  config_cmd->add_flag("--show", config_args.show,
                       "Print the effective configuration (cerslint.toml files and options)");
  config_cmd->add_option("path", config_args.path,
                         "A CSV file or a folder (default: the current folder)");
  add_common_options(*config_cmd, config_args.common);

  cerslint::cli::TemplateArgs template_args;
  CLI::App* template_cmd = app.add_subcommand(
      "template", "Print the CERS header line, or write an empty template workbook");
  template_cmd->add_option("--xlsx", template_args.xlsx,
                           "Write an Excel workbook whose columns are formatted as Text, so "
                           "Excel cannot turn ids into numbers or group names into dates");
  template_cmd->add_flag("--force", template_args.force, "Replace an existing file");

  std::string rules_format = "text";
  CLI::App* rules_cmd =
      app.add_subcommand("rules", "List every rule with its code, severity and fix availability");
  rules_cmd->add_option("--format", rules_format, "text or markdown (docs/rules/README.md)")
      ->capture_default_str();
  std::string explain_code;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation");
  explain_cmd->add_option("code", explain_code, "Rule code or name (e.g. C106)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;  // usage errors are exit code 2, not CLI11's default
  }
  try {
    if (*check_cmd) return cerslint::cli::run_check(check);
    if (*fix_cmd) return cerslint::cli::run_fix(fix);
    if (*config_cmd) return cerslint::cli::run_config(config_args);
    if (*rules_cmd) return list_rules(rules_format);
    if (*template_cmd) return cerslint::cli::run_template(template_args);
    if (*explain_cmd) return explain(explain_code);
  } catch (const std::exception& e) {
    fmt::print(stderr, "cerslint: internal error: {}\n", e.what());
    return 2;
  }
  return 2;
}
