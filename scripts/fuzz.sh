#!/usr/bin/env bash
# Fuzzes the parsers (and the rules) with afl-fuzz, over assemblies instrumented by SharpFuzz.
#
#   scripts/fuzz.sh [TARGET] [SECONDS]
#
# TARGET is text, markdown or analyze (default); SECONDS bounds the run (default: until Ctrl+C).
# Needs afl-fuzz (Debian: apt-get install afl++); installs the sharpfuzz tool into artifacts/fuzz/tools.
# Work goes to artifacts/fuzz/TARGET (FUZZ_WORK overrides it): bin/ (instrumented build), seeds/, findings/.
# A second run with the same TARGET resumes from findings/. See tests/Linter.Fuzz/README.md.
set -euo pipefail

target=${1:-analyze}
seconds=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-$root/artifacts/fuzz/$target}
bin=$work/bin
tools=$root/artifacts/fuzz/tools
corpus=${STMTLINT_CORPUS:-$root/../shared/corpus}

case $target in
  text | markdown | analyze) ;;
  *) echo "usage: scripts/fuzz.sh [text|markdown|analyze] [SECONDS]" >&2; exit 2 ;;
esac

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0
fi

# Build, then instrument our assemblies and Markdig (so that Markdown structure guides the fuzzer too), not the program itself.
rm -rf "$bin"
dotnet publish "$root/tests/Linter.Fuzz" -c Release -o "$bin" --nologo -v quiet
for dll in Linter.Syntax.dll Linter.Analysis.dll Linter.Rules.dll Markdig.dll; do
  "$tools/sharpfuzz" "$bin/$dll"
done

# Seeds: the canonical example, the samples and a few small real documents. The analyze target reads its first byte as the
# format (even: plain text, odd: Markdown), so its seeds get one.
seeds=$work/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
seed_files=("$root/samples/"*.txt "$root/samples/"*.md)
for relative in \
  fmprc-en-presscon/undated_t1686638.txt \
  mfa-sg-press-statements/2023-02-21_LHLNM210223.txt \
  wh-briefings/speeches-remarks/2022-04/2022-04-14-remarks-by-president-biden-before-air-force-one-departure-14.md \
  wh-briefings/speeches-remarks/2022-04/2022-04-25-remarks-by-president-biden-after-air-force-one-arrival-4.md; do
  [ -f "$corpus/$relative" ] && seed_files+=("$corpus/$relative")
done
for file in "${seed_files[@]}"; do
  name=$(basename "$file")
  if [ "$target" = analyze ]; then
    case $name in *.md) printf '\001' ;; *) printf '\000' ;; esac > "$seeds/$name"
    cat "$file" >> "$seeds/$name"
  else
    cp "$file" "$seeds/$name"
  fi
done

input=$seeds
if [ -d "$work/findings/default/queue" ]; then
  input=-   # resume
fi

# dotnet is not an instrumented binary, which afl-fuzz would refuse; the fork server lives in SharpFuzz's runtime.
export AFL_SKIP_BIN_CHECK=1
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=${AFL_NO_UI:-1}
duration=()
[ -n "$seconds" ] && duration=(-V "$seconds")
exec afl-fuzz -i "$input" -o "$work/findings" -t 10000 -m none -x "$root/tests/Linter.Fuzz/statement.dict" "${duration[@]}" \
  -- dotnet "$bin/Linter.Fuzz.dll" "$target"
