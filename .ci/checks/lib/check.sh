# Shared by the checks in .ci/checks: paths, the result line on failure, a scratch folder removed on exit,
# npm fixtures copied out of the read-only shared folder, free ports, and a host process started and stopped.
# Source it after setting check_name; then: root, shared, out and work are set.
#   check_name=api-audits; result_name=conformance; source "$(dirname "$0")/lib/check.sh"
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
out=${OUT:-$root/.ci/out}
mkdir -p "$out"
result_name=${result_name:-$check_name}

# Every check ends with "<name>: N passed, M failed", failures included.
fail() {
  echo "$check_name: $*" >&2
  echo "$result_name: 0 passed, 1 failed"
  exit 1
}

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

# copy_fixture <folder under shared> <destination>: copies without node_modules and runs npm ci there.
copy_fixture() {
  local source_dir="$shared/$1" destination=$2
  [ -d "$source_dir" ] || fail "no $source_dir"
  mkdir -p "$destination"
  (cd "$source_dir" && tar --exclude=node_modules -cf - .) | (cd "$destination" && tar -xf -) || fail "could not copy $source_dir"
  chmod -R u+w "$destination"
  (cd "$destination" && npm ci --no-audit --no-fund --loglevel=error >"$out/$check_name-npm.log" 2>&1) \
    || { tail -n 20 "$out/$check_name-npm.log" >&2; fail "npm ci in $1 failed; see $out/$check_name-npm.log"; }
}

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" \
    || fail "could not find a free port"
}

# start_host <log> <command...>: runs the command in the background as the host to stop on exit.
start_host() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  host_pid=$!
}

# wait_for <url> <log>: waits up to 60 s for the url to answer 2xx while the host lives.
wait_for() {
  local url=$1 log=$2
  for _ in $(seq 1 120); do
    if ! kill -0 "$host_pid" 2>/dev/null; then
      tail -n 20 "$log" >&2
      fail "the host exited during start-up; see $log"
    fi
    if curl -sf -o /dev/null "$url"; then return 0; fi
    sleep 0.5
  done
  tail -n 20 "$log" >&2
  fail "the host did not answer at $url within 60 s"
}
