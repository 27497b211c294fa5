#!/usr/bin/env bash
# The GraphQL-over-HTTP audits of graphql-http against /graphql of the real host: builds the host if needed,
# starts it on a free loopback port with a temporary data directory, waits for /readyz, runs
# shared/graphql-conformance's run.mjs with --audits and no cases, and stops the host whatever happens.
# Run by .ci/run with SHARED and OUT set; the last line is run.mjs's "conformance: N passed, M failed".
check_name=api-audits; result_name=conformance
source "$(dirname "$0")/lib/check.sh"

dll=$root/src/Timeline.Api/bin/Debug/net10.0/Timeline.Api.dll
if [ ! -f "$dll" ]; then
  dotnet build "$root/src/Timeline.Api" -c Debug >"$out/api-audits-build.log" 2>&1 \
    || fail "building src/Timeline.Api failed; see $out/api-audits-build.log"
fi
copy_fixture graphql-conformance "$work/conformance"

url="http://127.0.0.1:$(free_port)"
# The audits need no data: samples are off so the check measures the HTTP layer alone.
start_host "$out/api-audits-host.log" dotnet "$dll" --urls "$url" --Timeline:DataDirectory="$work/data" \
  --Timeline:Ingestion:LoadSamplesOnFirstStart=false
wait_for "$url/readyz" "$out/api-audits-host.log"
echo "api-audits: host ready at $url"

(cd "$work/conformance" && node run.mjs --url "$url/graphql" --audits --cases /dev/null --verbose) >"$out/api-audits.log" 2>&1
rc=$?
grep -vE '^conformance: ' "$out/api-audits.log"
result=$(grep -E '^conformance: [0-9]+ passed, [0-9]+ failed' "$out/api-audits.log" | tail -n 1)
[ -n "$result" ] || fail "run.mjs printed no result (exit $rc); see $out/api-audits.log"
echo "$result"
exit "$rc"
