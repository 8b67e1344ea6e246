# bash completion for cerslint: subcommands, options, option values, rule codes and names
# (asked from the installed cerslint, so they always match its version), and files.
_cerslint_rules() {
  cerslint rules 2>/dev/null | awk '$1 ~ /^[A-Z][0-9][0-9][0-9]$/ { print $1; print $2 }'
}

_cerslint() {
  local cur prev cmd i
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      check | fix | config | rules | explain | template) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done

  local common="--schools --years --subjects --select --ignore --extend-select --extend-ignore
                --fail-on --config --isolated --help"
  case $prev in
    --schools | --reference | -o | --output | --config | --xlsx)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return ;;
    --years | --subjects | --sheet) return ;;
    --fail-on) mapfile -t COMPREPLY < <(compgen -W "error warning info" -- "$cur"); return ;;
    --color) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
    --eol) mapfile -t COMPREPLY < <(compgen -W "crlf lf keep" -- "$cur"); return ;;
    --format)
      if [[ $cmd == rules ]]; then
        mapfile -t COMPREPLY < <(compgen -W "text markdown" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -W "text cers json json-lines sarif github" -- "$cur")
      fi
      return ;;
    --output-format)
      mapfile -t COMPREPLY < <(compgen -W "text cers json json-lines sarif github" -- "$cur"); return ;;
    --select | --ignore | --extend-select | --extend-ignore)
      # A comma-separated list: complete the part after the last comma.
      local done_part="" last=$cur
      if [[ $cur == *,* ]]; then done_part=${cur%,*},; last=${cur##*,}; fi
      mapfile -t COMPREPLY < <(compgen -P "$done_part" -W "$(_cerslint_rules)" -- "$last")
      compopt -o nospace 2>/dev/null
      return ;;
  esac

  local opts
  case $cmd in
    "") opts="check fix config rules explain template --help --version" ;;
    check) opts="$common --format --output-file --output-format -j --jobs --color --no-hints --max-per-rule --redact
            --baseline --no-baseline --write-baseline --no-progress --sheet" ;;
    fix)
      opts="$common -o --output --in-place --no-backup --stdout --diff --unsafe-fixes
            --neutralize-formulas --eol --exit-zero-on-fix --show-fixes --reference --sheet -j --jobs" ;;
    config) opts="$common --show" ;;
    rules) opts="--format --help" ;;
    template) opts="--xlsx --force --help" ;;
    explain)
      if [[ $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_cerslint_rules)" -- "$cur")
        return
      fi
      opts="--help" ;;
  esac
  if [[ $cur == -* || $cmd == "" || $cmd == rules || $cmd == template ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    return
  fi
  # Files to check or fix: folders, CSV files and Excel workbooks.
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.@(csv|CSV|Csv|xlsx|XLSX|Xlsx|xlsm|XLSM)' -- "$cur")
}
complete -F _cerslint cerslint
