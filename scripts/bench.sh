#!/usr/bin/env bash
# Whole-process benchmarks of stmtlint, on the same files in one run (README "Benchmarks"; the
# numbers of a run go into tests/Linter.Benchmarks/RESULTS.md):
#   1. floor   check (all built-in rules) against `wc -w` on the same files, and their ratio;
#   2. prh     one substitution dictionary (../shared/bench/substitutions.tsv) as a stmtlint YAML
#              `substitution` rule against textlint with textlint-rule-prh: time ratio and matches;
#   3. startup one small file: wall time and peak memory, of the published native build and of the
#              tool that `dotnet tool install` installs from scripts/pack.sh's packages;
#   4. scale   the corpus replicated 1x, 10x and 100x: time and peak memory at each size;
#   5. cache   a warm run with the result cache on an unchanged tree, against a cold one;
#   6. csharp  what a C# custom rule adds: compiling it on a first run, and a cached second run.
# Times are medians of several runs (one run at 100x); peak memory is the largest resident set
# (GNU time's %M). The machine is whatever runs this: say what else was running when you quote it.
#
# Usage: scripts/bench.sh [--quick] [SECTION...]     SECTION: floor prh startup scale cache csharp
#   (none = all; "floor" and "scale" share their runs). --quick: 1x and 10x only, fewer runs.
#
# Needs: dotnet (the SDK), GNU time (apt-get install -y time). Uses when present, and says so when
# not: hyperfine (apt-get install -y hyperfine) for start-up times, node and npm for textlint.
# Publishes stmtlint with scripts/publish.sh into artifacts/bench/stmtlint and measures its native
# build (which hands runs with C# rules to the managed build beside it); installs textlint into
# artifacts/bench/node (both git-ignored). The replicated corpora are written to $STMTLINT_BENCH_WORK
# (default /tmp/stmtlint-bench), outside the work tree, because stmtlint does not look at files that
# git ignores; 100x takes about 1.9 GB of hard links.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${STMTLINT_BENCH_CORPUS:-$root/../shared/corpus}" && pwd)"
dictionary="$root/../shared/bench/substitutions.tsv"
artifacts="$root/artifacts/bench"
work="${STMTLINT_BENCH_WORK:-${TMPDIR:-/tmp}/stmtlint-bench}"
stmtlint="$artifacts/stmtlint/stmtlint"
sample="$root/samples/spokesperson-remarks-2022-04-29.txt"

quick=0
sections=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    floor|prh|startup|scale|cache|csharp) sections+=("$arg") ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#sections[@]} -eq 0 ] && sections=(floor prh startup scale cache csharp)
wants() { local s; for s in "${sections[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  echo "bench: GNU time is needed for peak memory: apt-get install -y time" >&2
  exit 2
fi
command -v dotnet >/dev/null || { echo "bench: dotnet (the .NET 10 SDK) is needed" >&2; exit 2; }
have_hyperfine=0
command -v hyperfine >/dev/null && have_hyperfine=1

# ---------------------------------------------------------------------------------------------
# Measuring: run a command N times under GNU time; print the median wall time in seconds and the
# median peak resident set in MB. Exit codes 0 and 1 are both a completed run (1 = errors found).

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure RUNS COMMAND... -> sets $wall (s) and $rss (MB); each run's figures go to $artifacts/runs.log
measure() {
  local runs=$1; shift
  local walls=() rsss=() i status line
  for ((i = 0; i < runs; i++)); do
    [ -n "${before_each:-}" ] && eval "$before_each"
    status=0
    /usr/bin/time -f '%e %M' -o "$artifacts/time.txt" "$@" >/dev/null 2>"$artifacts/stderr.txt" || status=$?
    if [ "$status" -gt 1 ]; then
      echo "bench: '$*' failed with exit code $status:" >&2
      cat "$artifacts/stderr.txt" >&2
      exit 1
    fi
    line="$(tail -n 1 "$artifacts/time.txt")"
    walls+=("${line% *}")
    rsss+=("${line#* }")
    echo "$(date -u +%H:%M:%S) ${line% *} s ${line#* } KB :: $*" >>"$artifacts/runs.log"
  done
  wall="$(printf '%s\n' "${walls[@]}" | median)"
  rss="$(printf '%s\n' "${rsss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "nan" }'; }

# ---------------------------------------------------------------------------------------------
mkdir -p "$artifacts" "$work"
: >"$artifacts/runs.log"

echo "== machine"
echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:      $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores"
echo "memory:   $(free -g | awk '/^Mem:/ { print $2 " GB" }')"
echo "os:       $(uname -sr)"
echo "dotnet:   $(dotnet --version) SDK"
echo "load:     $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min) before the runs"
echo "commit:   $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with local changes)')"

echo "== build"
# The release folder that scripts/publish.sh makes: the native build, which is what is measured, and
# beside it the managed build, to which the native one hands runs that need C# rules.
"$root/scripts/publish.sh" --output "$artifacts/stmtlint" >"$artifacts/build.log" 2>&1 \
  || { cat "$artifacts/build.log" >&2; exit 1; }
echo "stmtlint: $("$stmtlint" --version) (Release, native; C# rules in its managed build) at ${stmtlint#"$root"/}"

# ---------------------------------------------------------------------------------------------
# Corpora: x1 is a copy of the corpus; x10 and x100 hold 10 and 100 copies of it as hard links
# (the same bytes under other paths: cheap to make, and every file is still read and checked).

documents() { find "$1" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' \) -print0; }

prepare() {
  local n=$1 dir="$work/x$1"
  [ -f "$dir/.complete" ] && return
  rm -rf "$dir"
  if [ "$n" -eq 1 ]; then
    mkdir -p "$dir"
    cp -r "$corpus/." "$dir/"
  else
    local part=$((n / 10)) i
    prepare "$part"
    mkdir -p "$dir"
    for ((i = 0; i < 10; i++)); do cp -al "$work/x$part" "$dir/copy$i"; done
    find "$dir" -name .complete -delete
  fi
  documents "$dir" >"$work/x$n.files"
  touch "$dir/.complete"
}

# A folder holding only the small sample document, for start-up and the C# rule's costs.
prepare_one() {
  mkdir -p "$work/one"
  cp "$sample" "$work/one/"
  echo "$work/one/$(basename "$sample")"
}

sizes=(1 10 100)
[ "$quick" -eq 1 ] && sizes=(1 10)
runs_for() { case "$1" in 1) echo $((quick ? 3 : 5)) ;; 10) echo 3 ;; *) echo 1 ;; esac; }

# ---------------------------------------------------------------------------------------------
if wants floor || wants scale; then
  echo "== floor and scale: check --no-cache (all built-in rules) against wc -w on the same files"
  printf '%-5s %8s %10s %8s %10s %8s %7s %10s\n' size files words "wc s" "wc MB" "check s" ratio "check MB"
  for n in "${sizes[@]}"; do
    prepare "$n"
    files=$(tr -cd '\0' <"$work/x$n.files" | wc -c)
    words=$(xargs -0 cat <"$work/x$n.files" | wc -w)
    runs=$(runs_for "$n")
    measure "$runs" sh -c "xargs -0 wc -w <'$work/x$n.files'"
    wc_wall=$wall wc_rss=$rss
    # Runs from the folder so that paths are short, as in a repository.
    measure "$runs" sh -c "cd '$work/x$n' && exec '$stmtlint' check --no-cache ."
    checked=$(sed -n 's/^stmtlint: \([0-9]*\) files\{0,1\} checked.*/\1/p' "$artifacts/stderr.txt")
    [ "$checked" = "$files" ] || echo "bench: warning: stmtlint checked ${checked:-?} files, wc read $files" >&2
    printf '%-5s %8s %10s %8s %10s %8s %7s %10s\n' "${n}x" "$files" "$words" "$wc_wall" "$wc_rss" "$wall" "$(ratio "$wall" "$wc_wall")" "$rss"
    eval "check_wall_$n=$wall check_rss_$n=$rss"
  done
  last=${sizes[-1]}
  echo "memory growth: ${last}x peak / 1x peak = $(ratio "$(eval echo "\$check_rss_$last")" "$check_rss_1")"
  echo "time growth:   ${last}x time / 1x time = $(ratio "$(eval echo "\$check_wall_$last")" "$check_wall_1") (linear is $last)"
fi

# ---------------------------------------------------------------------------------------------
if wants startup; then
  echo "== startup: one small file (${sample#"$root"/})"
  one="$(prepare_one)"
  if [ "$have_hyperfine" -eq 1 ]; then
    hyperfine -N --warmup 3 --runs 30 -i --export-json "$artifacts/startup.json" \
      "$stmtlint check --no-cache $one" "$stmtlint --version" >/dev/null 2>&1
    hf_median() { awk -v i="$1" 'BEGIN{RS="\"median\": *"} NR == i + 1 { split($0, a, ","); printf "%.0f", a[1] * 1000 }' "$artifacts/startup.json"; }
    echo "check one file:      median $(hf_median 1) ms wall (hyperfine, 30 runs)"
    echo "stmtlint --version:  median $(hf_median 2) ms wall (the runtime and argument parsing alone)"
  else
    echo "(hyperfine is not installed: apt-get install -y hyperfine; wall times below are GNU time's, to 10 ms)"
  fi
  measure 10 "$stmtlint" check --no-cache "$one"
  echo "check one file:      median $wall s wall, peak memory $rss MB (GNU time, 10 runs)"

  # What `dotnet tool install` gives: the packages of scripts/pack.sh installed into a tool path
  # from that folder alone, and the command the tool path holds, timed the same way.
  "$root/scripts/pack.sh" --output "$artifacts/pack" >"$artifacts/pack.log" 2>&1 || { cat "$artifacts/pack.log" >&2; exit 1; }
  rm -rf "$artifacts/tool"
  mkdir -p "$artifacts/tool"
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="packed" value="%s" /></packageSources></configuration>\n' "$artifacts/pack" >"$artifacts/tool/nuget.config"
  dotnet tool install stmtlint --tool-path "$artifacts/tool/bin" --configfile "$artifacts/tool/nuget.config" >"$artifacts/install.log" 2>&1 \
    || { cat "$artifacts/install.log" >&2; exit 1; }
  tool="$artifacts/tool/bin/stmtlint"
  echo "installed tool:      $(sed -n 's/.*(version \(.*\)).*/\1/p' "$artifacts/install.log" | head -n 1) from ${artifacts#"$root"/}/pack into ${tool#"$root"/}"
  if [ "$have_hyperfine" -eq 1 ]; then
    hyperfine -N --warmup 3 --runs 30 -i --export-json "$artifacts/startup.json" "$tool check --no-cache $one" >/dev/null 2>&1
    echo "installed tool, check one file: median $(hf_median 1) ms wall (hyperfine, 30 runs)"
  fi
  measure 10 "$tool" check --no-cache "$one"
  echo "installed tool, check one file: median $wall s wall, peak memory $rss MB (GNU time, 10 runs)"
fi

# ---------------------------------------------------------------------------------------------
if wants cache; then
  echo "== cache: a warm run on an unchanged tree against a cold one (1x corpus)"
  prepare 1
  cache="$work/cache"
  before_each="rm -rf '$cache'"
  measure "$(runs_for 1)" sh -c "cd '$work/x1' && exec '$stmtlint' check --cache-location '$cache' ."
  cold=$wall cold_rss=$rss
  before_each=""
  measure "$(runs_for 1)" sh -c "cd '$work/x1' && exec '$stmtlint' check --cache-location '$cache' ."
  warm=$wall warm_rss=$rss
  parsed=$(cd "$work/x1" && "$stmtlint" check --verbose --cache-location "$cache" . 2>&1 >/dev/null | grep -o 'parsed [0-9]* of [0-9]* files' || true)
  echo "cold (empty cache):  $cold s, $cold_rss MB"
  echo "warm (same tree):    $warm s, $warm_rss MB; ${parsed:-parsed ? files}"
  echo "warm / cold:         $(awk -v w="$warm" -v c="$cold" 'BEGIN { printf "%.0f%%", 100 * w / c }')"
fi

# ---------------------------------------------------------------------------------------------
if wants prh; then
  echo "== prh: $(grep -vc '^#' "$dictionary") substitutions (whole word, case-sensitive) as a stmtlint rule and as textlint + prh (1x corpus)"
  prepare 1
  # Three runs: textlint takes about a minute a run.
  "$root/scripts/bench-substitutions.sh" "$stmtlint" "$dictionary" "$work/x1" "$artifacts" 3
fi

# ---------------------------------------------------------------------------------------------
if wants csharp; then
  # On one small file, so that the compiler's share is not lost in the noise of a corpus run.
  echo "== csharp: what a C# custom rule costs (one small file)"
  prepare_one >/dev/null
  "$root/scripts/bench-csharp-rule.sh" "$stmtlint" "$work/one" "$artifacts" 5
fi

echo "== done: every run's figures are in ${artifacts#"$root"/}/runs.log"
