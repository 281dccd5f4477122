# Sourced by scripts/publish.sh and scripts/pack.sh: reads their common arguments,
#   [--rid RID] [--output DIR]
# into $rid (default: this machine's RID) and $output (default: $root/$1, {rid} replaced; made and absolute), and
# answers --help with the lines of the calling script's header named by $2 (a sed range).
script_name="$(basename "$0" .sh)"
rid="$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)"
output=""
default_output=$1 help_lines=$2
shift 2
while [ $# -gt 0 ]; do
  case "$1" in
    --rid) rid="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    -h|--help) sed -n "${help_lines}p" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$script_name: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$rid" ] || { echo "$script_name: cannot tell this machine's RID; pass --rid" >&2; exit 2; }
output="${output:-$root/${default_output//\{rid\}/$rid}}"
mkdir -p "$output"
output="$(cd "$output" && pwd)"
