#!/usr/bin/env bash
# GraphQL conformance: the graphql-js differential cases, the introspection round trip and the graphql-http audits,
# run against the conformance host (the fixture served through MapGraphQL).
#   SHARED=<shared folder> OUT=<output folder> bash .ci/checks/graphql-conformance.sh
# Ends with run.mjs's own last line, "conformance: N passed, M failed"; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
out=${OUT:-$root/.ci/out}
mkdir -p "$out"
fail() { echo "$1" >&2; echo "conformance: 0 passed, 1 failed"; exit 1; }

source_dir="$shared/graphql-conformance"
[ -f "$source_dir/run.mjs" ] || fail "no conformance fixture at $source_dir"

# The shared folder is read-only: npm installs into a copy.
work=$(mktemp -d)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null
    wait "$host_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
(cd "$source_dir" && tar --exclude=node_modules -cf - .) | (cd "$work" && tar -xf -) || fail "could not copy $source_dir"
chmod -R u+w "$work"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error >"$out/graphql-conformance-npm.log" 2>&1) \
  || { cat "$out/graphql-conformance-npm.log" >&2; fail "npm ci failed in the conformance folder"; }

project=tests/Timeline.GraphQL.ConformanceHost
dotnet build "$project" -c Release --nologo -v quiet >"$out/graphql-conformance-build.log" 2>&1 \
  || { tail -n 40 "$out/graphql-conformance-build.log" >&2; fail "the conformance host does not build"; }
host_dll="$project/bin/Release/net10.0/Timeline.GraphQL.ConformanceHost.dll"

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
url="http://127.0.0.1:$port/graphql"
dotnet "$host_dll" --urls "http://127.0.0.1:$port" --schema "$work/schema.graphql" >"$out/graphql-conformance-host.log" 2>&1 &
host_pid=$!

ready=0
for _ in $(seq 1 120); do
  kill -0 "$host_pid" 2>/dev/null || break
  if node -e "fetch('$url?sdl').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then ready=1; break; fi
  sleep 0.5
done
[ "$ready" -eq 1 ] || { tail -n 40 "$out/graphql-conformance-host.log" >&2; fail "the conformance host did not answer at $url within 60 s"; }

(cd "$work" && node run.mjs --url "$url" --introspection --audits) >"$out/graphql-conformance.log" 2>&1
rc=$?
grep -v '^ok ' "$out/graphql-conformance.log" | sed '$d'
last=$(tail -n 1 "$out/graphql-conformance.log")
[[ "$last" =~ ^conformance:\ [0-9]+\ passed,\ [0-9]+\ failed$ ]] || { cat "$out/graphql-conformance.log" >&2; fail "run.mjs ended without its result line"; }
echo "$last"
exit "$rc"
