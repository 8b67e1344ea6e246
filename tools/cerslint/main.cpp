// The cerslint command line: check, rules, explain. Parsing only; each command lives in its own
// file. Library exceptions stop here and become exit code 2.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <exception>

#include "engine/rule.hpp"
#include "report/rule_list.hpp"
#include "tools/cerslint/check_command.hpp"

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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"cerslint: check CERS student-group CSV files before you upload them"};
  app.set_version_flag("--version", std::string("cerslint ") + CERSLINT_VERSION);
  app.require_subcommand(1);

  cerslint::cli::CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check files and report what CERS would say");
  check_cmd->add_option("files", check.files, "CSV files to check (- for standard input)")
      ->required();
  check_cmd->add_option("--format", check.format,
                        "cers: exactly CERS's message; text: findings with hints")
      ->capture_default_str();
  check_cmd->add_option("--schools", check.schools_file,
                        "Permitted schools: one CDS code per line, or a CDE directory TSV "
                        "(default: active public schools in the embedded CDE directory)");
  check_cmd->add_option("--years", check.years,
                        "School (end) years CERS accepts, e.g. 2016-2025 or 2024,2025 "
                        "(default: 2015 to the current school year)");
  check_cmd->add_option("--subjects", check.subjects,
                        "Subject codes CERS accepts besides ALL (default: Math,ELA,ELPAC)");
  check_cmd->add_option("--color", check.color, "auto, always or never")->capture_default_str();
  check_cmd->add_flag("--no-hints", check.no_hints, "Do not print the hint under each finding");
  check_cmd->add_option("--select", check.select,
                        "Report only these rules: codes, names or prefixes (S, C1, group-), "
                        "comma-separated")
      ->delimiter(',');
  check_cmd->add_option("--ignore", check.ignore,
                        "Do not report these rules (codes, names or prefixes, comma-separated)")
      ->delimiter(',');
  check_cmd->add_option("--fail-on", check.fail_on,
                        "Lowest severity that makes the exit code 1: error, warning or info "
                        "(a file CERS would reject always does)")
      ->capture_default_str();

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
    if (*rules_cmd) return list_rules(rules_format);
    if (*explain_cmd) return explain(explain_code);
  } catch (const std::exception& e) {
    fmt::print(stderr, "cerslint: internal error: {}\n", e.what());
    return 2;
  }
  return 2;
}
