#!/usr/bin/env bash
# Section "csharp" of scripts/bench.sh: what a C# custom rule costs a run, on a folder of documents.
#   (a) compiling: a first run (empty cache) with a C# rule, against the same run without it;
#   (b) cached:    a second run (the compiled rule and the results cached) with the rule, against
#                  the same second run without it.
# Each configuration also has every built-in rule at its default, so the only difference is the rule.
#
# Usage: scripts/bench-csharp-rule.sh STMTLINT DOCUMENTS_DIR ARTIFACTS_DIR RUNS
set -euo pipefail

stmtlint="$1" documents="$2" artifacts="$3" runs="$4"
# new-rule runs in the rule's folder, so the binary's path must not depend on the current one.
[[ "$stmtlint" == */* ]] && stmtlint="$(realpath "$stmtlint")"
out="$artifacts/csharp"
rm -rf "$out"
mkdir -p "$out/with" "$out/without"

# The rule is the skeleton that 'stmtlint new-rule --csharp' writes (it flags "TODO" and "TK" in
# sentences), registered in a .stmtlint.yaml of its own; copied into stmtlint.yaml for --config.
(cd "$out/with" && "$stmtlint" new-rule BENCH001 --csharp --name no-todo >/dev/null 2>"$out/new-rule.err") || true
if [ ! -f "$out/with/.stmtlint.yaml" ]; then
  echo "skipped: this version of stmtlint cannot write a C# rule:"
  sed 's/^/  /' "$out/new-rule.err" | head -n 5
  exit 0
fi
{ echo 'root: true'; cat "$out/with/.stmtlint.yaml"; } >"$out/with/stmtlint.yaml"
printf 'root: true\n' >"$out/without/stmtlint.yaml"

status=0
"$stmtlint" check --config "$out/with/stmtlint.yaml" --cache-location "$out/cache-probe" "$documents" >/dev/null 2>"$out/probe.err" || status=$?
if [ "$status" -gt 1 ]; then
  echo "skipped: this version of stmtlint cannot run a C# rule:"
  sed 's/^/  /' "$out/probe.err" | head -n 5
  exit 0
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed CONFIG_DIR first|second -> median wall seconds; "first" empties the cache before each run,
# "second" fills it once and then times runs over the unchanged folder.
timed() {
  local config="$out/$1" cache="$out/cache-$1" i walls=()
  rm -rf "$cache"
  [ "$2" = second ] && { "$stmtlint" check --config "$config/stmtlint.yaml" --cache-location "$cache" "$documents" >/dev/null 2>&1 || true; }
  for ((i = 0; i < runs; i++)); do
    [ "$2" = first ] && rm -rf "$cache"
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$stmtlint" check --config "$config/stmtlint.yaml" --cache-location "$cache" "$documents" >/dev/null 2>&1 || true
    walls+=("$(cut -d ' ' -f 1 "$out/time.txt")")
    echo "$(date -u +%H:%M:%S) $(cat "$out/time.txt") :: csharp $1 $2 run" >>"$artifacts/runs.log"
  done
  printf '%s\n' "${walls[@]}" | median
}

first_with=$(timed with first)
first_without=$(timed without first)
second_with=$(timed with second)
second_without=$(timed without second)
diff() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.2f s", a - b }'; }
echo "first run (empty cache):  with the C# rule $first_with s, without $first_without s: compiling adds $(diff "$first_with" "$first_without")"
echo "second run (cached):      with the C# rule $second_with s, without $second_without s: the rule adds $(diff "$second_with" "$second_without")"
