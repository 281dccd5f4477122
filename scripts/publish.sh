#!/usr/bin/env bash
# Publishes stmtlint as a release folder with two builds of the same code:
#   DIR/stmtlint           the native build (Native AOT): starts in tens of milliseconds, checks with
#                          the built-in and YAML rules, and hands any run that needs C# rules to
#   DIR/managed/stmtlint   the managed build (framework-dependent, ReadyToRun), which compiles C#
#                          rules with Roslyn. It needs the .NET 10 runtime; the native build does not.
# Put DIR on the PATH (or link DIR/stmtlint into it); keep the two together.
#
# Usage: scripts/publish.sh [--rid RID] [--output DIR]
#   RID defaults to this machine's (linux-x64 here); DIR to artifacts/publish/RID.
# Needs: the .NET 10 SDK, and for the native build clang (or gcc) and zlib (apt-get install -y clang zlib1g-dev).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=release-arguments.sh
. "$root/scripts/release-arguments.sh" 'artifacts/publish/{rid}' '2,11' "$@"

# Each build gets obj and bin folders of its own, so neither picks up the other's (or a developer
# build's) intermediate files: a ReadyToRun or native image left in a shared obj folder makes a
# binary that aborts at start.
build="$(mktemp -d "${TMPDIR:-/tmp}/stmtlint-publish.XXXXXX")"
trap 'rm -rf "$build"' EXIT
staging="$build/out"

publish() {
  local name=$1; shift
  if ! dotnet publish "$root/src/Linter.Cli" -c Release -r "$rid" --nologo -v quiet \
      -p:UseArtifactsOutput=true -p:ArtifactsPath="$build/$name" \
      -p:PublishDocumentationFiles=false -p:DebugType=none -p:SatelliteResourceLanguages=en "$@" >"$build/$name.log" 2>&1; then
    echo "publish: the $name build failed:" >&2
    cat "$build/$name.log" >&2
    exit 1
  fi
}

publish managed --self-contained false -p:PublishReadyToRun=true -o "$staging/managed"
publish native -p:PublishAot=true -o "$build/native"

# Replaced whole, so a failed publish never leaves a folder with one new build and one old.
cp "$build/native/stmtlint" "$staging/stmtlint"
rm -rf "$output.previous"
[ -e "$output" ] && mv "$output" "$output.previous"
mv "$staging" "$output"
rm -rf "$output.previous"

"$output/stmtlint" --version >/dev/null || { echo "publish: the native build does not start" >&2; exit 1; }
"$output/managed/stmtlint" --version >/dev/null || { echo "publish: the managed build does not start (is the .NET 10 runtime installed?)" >&2; exit 1; }
echo "published stmtlint $("$output/stmtlint" --version) for $rid to $output"
