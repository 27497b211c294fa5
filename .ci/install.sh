#!/usr/bin/env bash
# Debian packages the tests and checks need beyond the machine image: Chromium and its driver for the
# browser test of the GraphQL IDE, wrk for load measurements, docker-compose (Compose v1) for the check of
# docker-compose.yml. Idempotent: when everything is installed it only says so, without touching the package lists.
set -euo pipefail

packages=(chromium chromium-driver wrk docker-compose)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install: ${packages[*]} already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install: done"
