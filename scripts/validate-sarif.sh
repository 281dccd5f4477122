#!/usr/bin/env bash
# Checks stmtlint's SARIF output for the corpus with Microsoft's SARIF multitool
# (npm package @microsoft/sarif-multitool, the validator GitHub code scanning's own docs point to).
# Passes only when the multitool reports no error and no warning. The multitool is installed once
# into tools/sarif (gitignored); a fresh machine needs network access to npm the first time.
#
# Usage: scripts/validate-sarif.sh [CORPUS_DIR]   (default: ../shared/corpus beside the repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus}" && pwd)"
tools="$root/tools/sarif"
multitool="$tools/node_modules/.bin/sarif-multitool"

if [ ! -x "$multitool" ]; then
  npm install --no-save --no-audit --no-fund --prefix "$tools" @microsoft/sarif-multitool@5.7.0 >&2
fi
# npm may skip the package's postinstall (which only marks the native binary executable).
find "$tools/node_modules" -name Sarif.Multitool -type f -exec chmod u+x {} +

dotnet build "$root/src/Linter.Cli" --nologo -v quiet >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/stmtlint-sarif.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Run from the corpus's parent so artifact URIs are corpus-relative, as in a repository checkout.
status=0
(cd "$(dirname "$corpus")" && dotnet "$root/src/Linter.Cli/bin/Debug/net10.0/stmtlint.dll" check "$(basename "$corpus")" \
  --format sarif --output "$work/corpus.sarif" 2>/dev/null) || status=$?
if [ "$status" -gt 1 ]; then
  echo "validate-sarif: stmtlint failed with exit code $status" >&2
  exit 1
fi

# The corpus output is tens of megabytes, over the multitool's default 10 MB limit.
"$multitool" validate --max-file-size-in-kb 1000000 --output "$work/validation.sarif" "$work/corpus.sarif"

# The validator's own log lists what it found; a result without a level is a warning (SARIF 3.27.10).
node -e '
const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const found = (log.runs || []).flatMap(r => r.results || []).filter(r => (r.level || "warning") === "error" || (r.level || "warning") === "warning");
for (const r of found) console.error(`${r.level || "warning"} ${r.ruleId}: ${(r.message && (r.message.text || r.message.id)) || ""}`);
if (found.length > 0) { console.error(`validate-sarif: ${found.length} error(s) or warning(s)`); process.exit(1); }
console.log("validate-sarif: no errors, no warnings");
' "$work/validation.sarif"
