#!/usr/bin/env bash
# Every statement the Neo4j store sends (cypher/*.cypher) through Neo4j's own Cypher parser and semantic
# checks ($SHARED/cypher-lint, from npm). A file passes with no error; a warning passes only when the
# file explains it in a comment line starting "// lint warning:" (otherwise it counts as a failure).
# Ends with "cypher-lint: N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
out=${OUT:-$root/.ci/out}
mkdir -p "$out"
fail() { echo "$1"; echo "cypher-lint: 0 passed, 1 failed"; exit 1; }

[ -f "$shared/cypher-lint/lint.mjs" ] || fail "no linter at $shared/cypher-lint/lint.mjs"
lint=$shared/cypher-lint
if [ ! -d "$lint/node_modules/@neo4j-cypher/language-support" ]; then
  # The shared folder is read-only: install into a copy.
  lint=$(mktemp -d)/cypher-lint
  cp -r "$shared/cypher-lint" "$lint"
  (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in $lint"
fi

node "$lint/lint.mjs" "$root/cypher/" > "$out/cypher-lint.log" 2>&1
cat "$out/cypher-lint.log"
grep -q '^cypher-lint: [0-9]* files' "$out/cypher-lint.log" || fail "the linter printed no summary"

passed=0
failed=0
for file in "$root"/cypher/*.cypher; do
  errors=$(grep -c "^$file:[0-9]*:[0-9]* error " "$out/cypher-lint.log")
  warnings=$(grep -c "^$file:[0-9]*:[0-9]* warning " "$out/cypher-lint.log")
  if [ "$errors" -gt 0 ]; then
    echo "FAIL $(basename "$file"): $errors error(s)"
    failed=$((failed + 1))
  elif [ "$warnings" -gt 0 ] && ! grep -q '^// lint warning:' "$file"; then
    echo "FAIL $(basename "$file"): $warnings warning(s) not explained by a '// lint warning:' comment"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "cypher-lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
