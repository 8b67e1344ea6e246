# fish completion for cerslint: subcommands, options, option values, rule codes (asked from the
# installed cerslint, so they match its version) and files.
function __cerslint_rules
    cerslint rules 2>/dev/null | string match -r '^[A-Z][0-9]{3}\s+\S+\s+\S+' | while read -l code name severity
        echo $code\t$name
    end
end

set -l subcommands check fix config rules explain template
complete -c cerslint -f
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -a check -d "Check files and report what CERS would say"
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -a fix -d "Repair files (safe fixes; --unsafe-fixes for judgement calls)"
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -a config -d "Show the settings that apply and where each comes from"
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -a rules -d "List every rule"
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -a explain -d "Show a rule's documentation"
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -a template -d "Print the CERS header, or write a template workbook"
complete -c cerslint -n "__fish_seen_subcommand_from template" -l xlsx -r -F -d "Write a workbook whose columns are formatted as Text"
complete -c cerslint -n "__fish_seen_subcommand_from template" -l force -d "Replace an existing file"
complete -c cerslint -n "__fish_seen_subcommand_from check fix" -l sheet -x -d "The sheet of .xlsx workbooks (default: the first)"
complete -c cerslint -n "not __fish_seen_subcommand_from $subcommands" -l version -d "Print the version"
complete -c cerslint -s h -l help -d "Print help"

# check, fix and config: files (CSV files and folders) and the options they share.
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -F
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l schools -r -F -d "Permitted schools: CDS codes or a CDE directory file"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l years -x -d "School years CERS accepts, e.g. 2016-2025"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l subjects -x -d "Subject codes besides ALL"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l select -x -a "(__fish_append , (__cerslint_rules))" -d "Report only these rules"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l ignore -x -a "(__fish_append , (__cerslint_rules))" -d "Do not report these rules"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l extend-select -x -a "(__fish_append , (__cerslint_rules))" -d "Add to the rules selected in cerslint.toml"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l extend-ignore -x -a "(__fish_append , (__cerslint_rules))" -d "Add to the rules ignored in cerslint.toml"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l fail-on -x -a "error warning info" -d "Lowest severity that fails"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l config -r -F -d "Use only this configuration file"
complete -c cerslint -n "__fish_seen_subcommand_from check fix config" -l isolated -d "Ignore every configuration file"
complete -c cerslint -n "__fish_seen_subcommand_from config" -l show -d "Print the effective configuration"

complete -c cerslint -n "__fish_seen_subcommand_from check" -l format -x -a "text cers json json-lines sarif github" -d "Output format"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l output-file -r -F -d "Also write a report to this file"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l output-format -x -a "text cers json json-lines sarif github" -d "Format of --output-file"
complete -c cerslint -n "__fish_seen_subcommand_from check fix" -s j -l jobs -x -d "Files at once (0: one per core)"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l redact -d "Mask SSIDs and e-mail names"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l baseline -r -F -d "Suppress the findings this baseline lists"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l no-baseline -d "Use no baseline file"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l write-baseline -r -F -d "Record every current finding in a baseline"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l color -x -a "auto always never" -d "Colour"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l no-hints -d "No hint under each finding"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l max-per-rule -x -d "Findings listed per rule and file (0: all)"
complete -c cerslint -n "__fish_seen_subcommand_from check" -l no-progress -d "No progress line for big files"

complete -c cerslint -n "__fish_seen_subcommand_from fix" -s o -l output -r -F -d "Write the repaired file here"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l in-place -d "Replace each file, keeping FILE.bak"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l no-backup -d "With --in-place: no FILE.bak"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l stdout -d "Print the repaired file"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l diff -d "Show what would change; write nothing"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l unsafe-fixes -d "Also apply judgement calls"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l neutralize-formulas -d "Apostrophe before group names read as formulas"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l eol -x -a "crlf lf keep" -d "Line endings"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l exit-zero-on-fix -d "Exit 0 when everything was fixed"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l show-fixes -d "One line per repair"
complete -c cerslint -n "__fish_seen_subcommand_from fix" -l reference -r -F -d "An earlier good copy to restore ids from"

complete -c cerslint -n "__fish_seen_subcommand_from rules" -l format -x -a "text markdown" -d "Output format"
complete -c cerslint -n "__fish_seen_subcommand_from explain" -x -a "(__cerslint_rules)"
