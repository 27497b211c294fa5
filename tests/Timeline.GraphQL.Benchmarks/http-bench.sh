#!/usr/bin/env bash
# GraphQL over HTTP, this engine against graphql-js: starts the conformance host (Release) and the fixture's
# reference-server.mjs (graphql-js behind graphql-http on Node's HTTP server), checks both answer the same, then drives
# each in turn with wrk at the same concurrency and duration on the same POST body, and prints requests/s, p99 latency
# and the ratios.
#   bash tests/Timeline.GraphQL.Benchmarks/http-bench.sh [operation ...]    (three-fields fragments introspection)
# Environment: SHARED (default ../shared beside the repository), DURATION (10s), CONNECTIONS (32), THREADS (1),
# WARMUP (3s).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
warmup=${WARMUP:-3s}
operations=("$@")
[ ${#operations[@]} -gt 0 ] || operations=(three-fields fragments introspection)

command -v wrk >/dev/null || { echo "wrk is not installed (Debian package wrk: apt-get install -y wrk)" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The shared folder is read-only: graphql-js and graphql-http are installed into a copy.
conformance="$work/conformance"
mkdir -p "$conformance"
(cd "$shared/graphql-conformance" && tar --exclude=node_modules -cf - .) | (cd "$conformance" && tar -xf -)
chmod -R u+w "$conformance"
(cd "$conformance" && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1) \
  || { cat "$work/npm.log" >&2; echo "npm ci failed in the copy of graphql-conformance" >&2; exit 1; }

project=tests/Timeline.GraphQL.ConformanceHost
dotnet build "$project" -c Release --nologo -v quiet >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; exit 1; }

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_for() {
  for _ in $(seq 1 120); do
    if node -e "fetch('$1', {method:'POST',headers:{'content-type':'application/json'},body:'{\"query\":\"{ __typename }\"}'}).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then return 0; fi
    sleep 0.5
  done
  echo "no answer from $1 within 60 s" >&2
  return 1
}

dotnet_port=$(free_port)
dotnet "$project/bin/Release/net10.0/Timeline.GraphQL.ConformanceHost.dll" --urls "http://127.0.0.1:$dotnet_port" \
  --schema "$conformance/schema.graphql" >"$work/host.log" 2>&1 &
pids+=($!)
node_port=$(free_port)
(cd "$conformance" && exec node reference-server.mjs --port "$node_port") >"$work/reference.log" 2>&1 &
pids+=($!)
dotnet_url="http://127.0.0.1:$dotnet_port/graphql"
node_url="http://127.0.0.1:$node_port/graphql"
wait_for "$dotnet_url"
wait_for "$node_url"

# One POST body per operation, the same bytes for both servers.
(cd "$conformance" && node --input-type=module -e "
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
const operations = {
  'three-fields': '{ event(id: \"e-strike\") { id title date } }',
  'fragments': 'query { events { ...EventCard } }\nfragment EventCard on Event { id title date precision place { ...PlaceLine } actors { ...ActorLine } }\nfragment PlaceLine on Place { name partOf { name } }\nfragment ActorLine on Actor { __typename ... on Named { name } ... on Person { aliases } ... on Organization { founded } }',
  'introspection': getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
    schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
};
for (const [name, query] of Object.entries(operations)) writeFileSync('$work/' + name + '.json', JSON.stringify({ query }));
")

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.body = file:read("*a")
file:close()
LUA

# Both servers should give the same data for the body; a difference is shown, since it may change what is measured.
same_answer() {
  node -e "
const body = require('fs').readFileSync('$1', 'utf8');
const ask = (url) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(r => r.json());
const sorted = (v) => JSON.stringify(v, (k, x) => k === 'types' || k === 'directives' ? [...x].sort((a, b) => a.name < b.name ? -1 : 1) : x);
Promise.all([ask('$dotnet_url'), ask('$node_url')]).then(([a, b]) => {
  if (a.errors || b.errors) { console.error('errors in the answers for $1'); process.exit(1); }
  const x = sorted(a.data), y = sorted(b.data);
  if (x !== y) {
    let i = 0; while (x[i] === y[i]) i++;
    console.error('note: the answers for $1 differ (' + x.length + ' and ' + y.length + ' bytes) from: ' + x.slice(Math.max(0, i - 60), i + 60));
  }
});"
}

# Requests/s and p99 latency in ms from wrk's output; any non-2xx answer makes the run fail.
measure() {
  local url=$1 body=$2 output
  BODY_FILE=$body wrk -t"$threads" -c"$connections" -d"$warmup" -s "$work/post.lua" "$url" >/dev/null
  output=$(BODY_FILE=$body wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/post.lua" "$url")
  if grep -q "Non-2xx" <<<"$output"; then echo "$output" >&2; echo "non-2xx answers from $url" >&2; return 1; fi
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                  p99 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v }
    END { printf "%.0f %.2f\n", rps, p99 }' <<<"$output"
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
echo "wrk -t$threads -c$connections -d$duration (after a $warmup warm-up), POST application/json, same body for both"
printf '%-14s %14s %12s %14s %12s %10s %10s\n' operation "dotnet req/s" "dotnet p99" "graphql-js req/s" "js p99" "req/s x" "p99 x"
for operation in "${operations[@]}"; do
  body="$work/$operation.json"
  [ -f "$body" ] || { echo "unknown operation: $operation" >&2; exit 1; }
  same_answer "$body"
  dotnet_result=$(measure "$dotnet_url" "$body")
  node_result=$(measure "$node_url" "$body")
  read -r dotnet_rps dotnet_p99 <<<"$dotnet_result"
  read -r node_rps node_p99 <<<"$node_result"
  awk -v op="$operation" -v dr="$dotnet_rps" -v dp="$dotnet_p99" -v nr="$node_rps" -v np="$node_p99" 'BEGIN {
    printf "%-14s %14d %10.2fms %14d %10.2fms %9.2fx %9.2fx\n", op, dr, dp, nr, np, (nr > 0 ? dr / nr : 0), (dp > 0 ? np / dp : 0) }'
done
