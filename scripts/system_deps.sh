#!/usr/bin/env bash
# Installs the Debian packages the tests use for real (PostgreSQL server, Chromium, HAProxy for
# scripts/cluster.sh and the deploy/haproxy.cfg check) when missing.
# Needs root (CI and the dev machines run as root); elsewhere it says what is missing and goes on,
# and the tests that need them skip with a reason (never in CI: CI=true makes that fatal).
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
{ command -v haproxy || [[ -x /usr/sbin/haproxy ]]; } >/dev/null 2>&1 || need+=(haproxy)
command -v fc-list >/dev/null 2>&1 || true
if ((${#need[@]} == 0)); then exit 0; fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "system_deps: missing ${need[*]} (not root or no apt-get); those tests will be skipped" >&2
  [[ "${CI:-}" == "true" ]] && exit 1
fi
exit 0
