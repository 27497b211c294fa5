#!/usr/bin/env bash
# The GraphQL-over-HTTP audits of graphql-http against /graphql of the real host: builds the host if needed,
# starts it on a free loopback port with a temporary data directory, waits for /readyz, runs
# shared/graphql-conformance's run.mjs with --audits and no cases, and stops the host whatever happens.
# Run by .ci/run with SHARED and OUT set; the last line is run.mjs's "conformance: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
out=${OUT:-$root/.ci/out}
mkdir -p "$out"

give_up() {
  echo "api-audits: $*" >&2
  echo "conformance: 0 passed, 1 failed"
  exit 1
}

dll=$root/src/Timeline.Api/bin/Debug/net10.0/Timeline.Api.dll
if [ ! -f "$dll" ]; then
  dotnet build "$root/src/Timeline.Api" -c Debug >"$out/api-audits-build.log" 2>&1 \
    || give_up "building src/Timeline.Api failed; see $out/api-audits-build.log"
fi
[ -d "$shared/graphql-conformance" ] || give_up "no $shared/graphql-conformance"

work=$(mktemp -d)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null
    # Give the host its graceful shutdown, then make sure it is gone.
    for _ in $(seq 1 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$host_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})") \
  || give_up "could not find a free port"
url="http://127.0.0.1:$port"

# The audits need no data: samples are off so the check measures the HTTP layer alone.
dotnet "$dll" --urls "$url" --Timeline:DataDirectory="$work/data" --Timeline:Ingestion:LoadSamplesOnFirstStart=false \
  >"$out/api-audits-host.log" 2>&1 &
host_pid=$!

ready=""
for _ in $(seq 1 120); do
  if ! kill -0 "$host_pid" 2>/dev/null; then
    tail -n 20 "$out/api-audits-host.log" >&2
    give_up "the host exited during start-up; see $out/api-audits-host.log"
  fi
  if curl -sf -o /dev/null "$url/readyz"; then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || give_up "the host was not ready within 60 s at $url/readyz"
echo "api-audits: host ready at $url"

cp -r "$shared/graphql-conformance" "$work/conformance"
rm -rf "$work/conformance/node_modules"
(cd "$work/conformance" && npm ci --no-audit --no-fund --loglevel=error >"$out/api-audits-npm.log" 2>&1) \
  || give_up "npm ci in graphql-conformance failed; see $out/api-audits-npm.log"

(cd "$work/conformance" && node run.mjs --url "$url/graphql" --audits --cases /dev/null --verbose) >"$out/api-audits.log" 2>&1
rc=$?
grep -vE '^conformance: ' "$out/api-audits.log"
result=$(grep -E '^conformance: [0-9]+ passed, [0-9]+ failed' "$out/api-audits.log" | tail -n 1)
[ -n "$result" ] || give_up "run.mjs printed no result (exit $rc); see $out/api-audits.log"
echo "$result"
exit "$rc"
