#!/usr/bin/env bash
# The Cypher export of the sample graph, linted by Neo4j's own parser and semantic checks: builds the CLI,
# ingests the samples into a temporary data folder, runs 'timeline export --format cypher', and lints the
# script with shared/cypher-lint (npm ci in a copy, through lib/check.sh), warnings counted as errors since
# a generated script has no one to explain them. Run by .ci/run with SHARED and OUT set; ends with
# "cypher-export-lint: N passed, M failed" (statements without and with a problem).
check_name=cypher-export-lint
source "$(dirname "$0")/lib/check.sh"

dotnet build "$root/src/Timeline.Cli" -v q -nologo >"$out/$check_name-build.log" 2>&1 \
  || { tail -n 40 "$out/$check_name-build.log" >&2; fail "building src/Timeline.Cli failed; see $out/$check_name-build.log"; }
dll=$root/src/Timeline.Cli/bin/Debug/net10.0/timeline.dll
[ -f "$dll" ] || fail "no $dll after the build"

# Only the command line configures the run: no Timeline__* from the environment, no appsettings from the working directory.
run_cli() { (cd "$work" && env $(env | grep -o '^Timeline__[^=]*' | sed 's/^/-u /') dotnet "$dll" "$@"); }

run_cli ingest "$root/src/Timeline.Ingestion/Samples" --data-dir "$work/data" >"$out/$check_name-ingest.log" 2>&1 \
  || { tail -n 20 "$out/$check_name-ingest.log" >&2; fail "ingesting the samples failed; see $out/$check_name-ingest.log"; }
mkdir -p "$work/export"
run_cli export --format cypher --data-dir "$work/data" --output "$work/export/sample-graph.cypher" >"$out/$check_name-export.log" 2>&1 \
  || { tail -n 20 "$out/$check_name-export.log" >&2; fail "the Cypher export failed; see $out/$check_name-export.log"; }
cp "$work/export/sample-graph.cypher" "$out/$check_name-sample-graph.cypher"

copy_fixture cypher-lint "$work/lint"
node "$work/lint/lint.mjs" --warnings-as-errors "$work/export" >"$out/$check_name.log" 2>&1
rc=$?
grep -v '^cypher-lint: ' "$out/$check_name.log"
summary=$(grep -E '^cypher-lint: [0-9]+ files, [0-9]+ statements, [0-9]+ errors, [0-9]+ warnings' "$out/$check_name.log" | tail -n 1)
[ -n "$summary" ] || { cat "$out/$check_name.log" >&2; fail "lint.mjs printed no summary (exit $rc)"; }
echo "$summary"
read -r statements errors < <(echo "$summary" | sed -E 's/.* ([0-9]+) statements, ([0-9]+) errors.*/\1 \2/')
if [ "$errors" -eq 0 ] && [ "$rc" -ne 0 ]; then errors=1; fi
passed=$((statements > errors ? statements - errors : 0))
echo "$check_name: $passed passed, $errors failed"
[ "$errors" -eq 0 ]
