#!/usr/bin/env bash
# GraphQL conformance: the graphql-js differential cases, the introspection round trip and the graphql-http audits,
# run against the conformance host (the fixture served through MapGraphQL).
#   SHARED=<shared folder> OUT=<output folder> bash .ci/checks/graphql-conformance.sh
# Ends with run.mjs's own last line, "conformance: N passed, M failed"; exits non-zero when anything failed.
check_name=graphql-conformance; result_name=conformance
source "$(dirname "$0")/lib/check.sh"

copy_fixture graphql-conformance "$work"

project=tests/Timeline.GraphQL.ConformanceHost
dotnet build "$project" -c Release --nologo -v quiet >"$out/graphql-conformance-build.log" 2>&1 \
  || { tail -n 40 "$out/graphql-conformance-build.log" >&2; fail "the conformance host does not build"; }
host_dll="$project/bin/Release/net10.0/Timeline.GraphQL.ConformanceHost.dll"

port=$(free_port)
url="http://127.0.0.1:$port/graphql"
start_host "$out/graphql-conformance-host.log" dotnet "$host_dll" --urls "http://127.0.0.1:$port" --schema "$work/schema.graphql"
wait_for "$url?sdl" "$out/graphql-conformance-host.log"

(cd "$work" && node run.mjs --url "$url" --introspection --audits) >"$out/graphql-conformance.log" 2>&1
rc=$?
grep -v '^ok ' "$out/graphql-conformance.log" | sed '$d'
last=$(tail -n 1 "$out/graphql-conformance.log")
[[ "$last" =~ ^conformance:\ [0-9]+\ passed,\ [0-9]+\ failed$ ]] || { cat "$out/graphql-conformance.log" >&2; fail "run.mjs ended without its result line"; }
echo "$last"
exit "$rc"
