#!/usr/bin/env bash
# docker-compose.yml and the Dockerfile, checked without a Docker engine: Compose parses and validates the
# file (`config -q`, with Compose v2's `docker compose` and with Debian's Compose v1 `docker-compose`,
# whichever are installed), the services and the pinned Neo4j image are there, and the Dockerfile runs
# as a non-root user. Ends with "compose-config: N passed, M failed".
check_name=compose-config
source "$(dirname "$0")/lib/check.sh"
passed=0
failed=0
verdict() {
  if [ "$1" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $2"; else failed=$((failed + 1)); echo "FAIL $2"; fi
}

composes=()
if docker compose version >/dev/null 2>&1; then composes+=("docker compose"); fi
if command -v docker-compose >/dev/null 2>&1; then composes+=("docker-compose"); fi
[ "${#composes[@]}" -gt 0 ] || fail "neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)"

for compose in "${composes[@]}"; do
  (cd "$root" && $compose -f docker-compose.yml config -q) 2>"$out/$check_name.log"
  verdict $? "$compose config -q accepts docker-compose.yml"
  [ -s "$out/$check_name.log" ] && cat "$out/$check_name.log"
  services=$(cd "$root" && $compose -f docker-compose.yml config --services 2>/dev/null | sort | tr '\n' ' ')
  [ "$services" = "api neo4j worker " ]
  verdict $? "$compose sees the services api, neo4j and worker (saw: $services)"
done

grep -Eq '^\s+image: neo4j:(5\.26\.[0-9]+|2025\.[0-9]+\.[0-9]+)-community$' "$root/docker-compose.yml"
verdict $? "the Neo4j image is a pinned 5.26 LTS or 2025.x community tag"
grep -Eq '^USER \$APP_UID$' "$root/Dockerfile"
verdict $? "the Dockerfile's runtime runs as the image's non-root user"
for pattern in '**/bin/' '**/obj/' '**/node_modules/' 'data/'; do
  grep -qxF "$pattern" "$root/.dockerignore"
  verdict $? ".dockerignore leaves out $pattern"
done

echo "$check_name: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
