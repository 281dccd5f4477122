#!/usr/bin/env bash
# Packs stmtlint as a .NET tool (`dotnet tool install stmtlint`) into DIR:
#   stmtlint.VERSION.nupkg         the package users install: it names one package per RID, and
#                                  `dotnet tool install` picks the machine's;
#   stmtlint.RID.VERSION.nupkg     the native build (Native AOT) for RID, which starts in milliseconds,
#                                  with the managed build in managed/, to which it hands runs that
#                                  need C# rules (the managed build alone can compile them);
#   stmtlint.any.VERSION.nupkg     the framework-dependent build, for every other platform.
# Install from DIR with: dotnet tool install --global stmtlint --add-source DIR
#
# Usage: scripts/pack.sh [--rid RID] [--output DIR]
#   RID defaults to this machine's (linux-x64 here): a native package is built on its own platform;
#   DIR defaults to artifacts/pack.
# Needs: the .NET 10 SDK, and for the native build clang (or gcc) and zlib (apt-get install -y clang zlib1g-dev).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=release-arguments.sh
. "$root/scripts/release-arguments.sh" 'artifacts/pack' '2,15' "$@"
project="$root/src/Linter.Cli/Linter.Cli.csproj"
if ! grep -q "<ToolPackageRuntimeIdentifiers[^>]*>\(.*;\)\{0,1\}$rid[;<]" "$project"; then
  echo "pack: $rid is not in ToolPackageRuntimeIdentifiers of src/Linter.Cli/Linter.Cli.csproj" >&2
  exit 2
fi

# Each step gets obj and bin folders of its own (as in scripts/publish.sh): a native image left in a
# shared obj folder makes a binary that aborts at start.
build="$(mktemp -d "${TMPDIR:-/tmp}/stmtlint-pack.XXXXXX")"
trap 'rm -rf "$build"' EXIT
staging="$build/out"

run() {
  local name=$1; shift
  if ! dotnet "$@" --nologo -v quiet -p:UseArtifactsOutput=true -p:ArtifactsPath="$build/$name" \
      -p:DebugType=none -p:SatelliteResourceLanguages=en >"$build/$name.log" 2>&1; then
    echo "pack: the $name step failed:" >&2
    cat "$build/$name.log" >&2
    exit 1
  fi
}

# The managed build that travels in the native package. No apphost: a package does not keep the
# execute bit of files other than the tool's own command, so ManagedBuildHandoff runs the managed
# build's stmtlint.dll with the dotnet that installed the tool.
run managed publish "$project" -c Release -r "$rid" --self-contained false \
  -p:PublishReadyToRun=true -p:UseAppHost=false -p:PublishDocumentationFiles=false -o "$build/managed"
# The package users install (it lists the RID packages) and the framework-dependent fallback.
run pointer pack "$project" -c Release -p:StmtlintNativeTool=true -o "$staging"
run any pack "$project" -c Release -r any -p:StmtlintNativeTool=true -o "$staging"
# The native package, with the managed build inside.
run native pack "$project" -c Release -r "$rid" -p:StmtlintNativeTool=true -p:StmtlintManagedFolder="$build/managed" -o "$staging"

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)"
for package in "stmtlint.$version" "stmtlint.any.$version" "stmtlint.$rid.$version"; do
  [ -f "$staging/$package.nupkg" ] || { echo "pack: $package.nupkg was not made" >&2; exit 1; }
done
mv "$staging"/*.nupkg "$output/"
echo "packed stmtlint $version for $rid (native) and any (framework-dependent) to $output"
