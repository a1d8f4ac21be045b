#!/usr/bin/env bash
# The systemd units of deploy/systemd/ as systemd reads them:
#   tests/systemd_units_check.sh SOURCE_DIR FRONTDESK_CLI FRONTDESKD
# 1. `systemd-analyze verify` of every .service and .timer, with the
#    installed binaries' paths (/usr/local/bin/frontdesk, frontdeskd) pointed
#    at the built ones, must pass and print nothing (an unknown key, a bad
#    value, a timer without its service or a missing binary all print).
# 2. Every timer's OnCalendar= parses (`systemd-analyze calendar`).
# (That the report units' ExecStart= lines are ones the CLI accepts, and
# match the Kubernetes CronJobs, is tests/report_jobs_check.py.)
# Needs no running systemd (the verification loads the units offline).
set -euo pipefail

src="$1/deploy/systemd"
cli="$(realpath "$2")"
server="$(realpath "$3")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for unit in "$src"/*.service "$src"/*.timer; do
  sed -e "s|/usr/local/bin/frontdeskd|$server|g" \
      -e "s|/usr/local/bin/frontdesk |$cli |g" \
      "$unit" >"$work/$(basename "$unit")"
done
units=("$work"/*.service "$work"/*.timer)
echo "verifying: ${units[*]##*/}"
if ! out="$(cd "$work" && systemd-analyze verify --man=no "${units[@]}" 2>&1)"; then
  echo "$out"
  echo "FAIL: systemd-analyze verify"
  exit 1
fi
if [ -n "$out" ]; then
  echo "$out"
  echo "FAIL: systemd-analyze verify printed the above"
  exit 1
fi

while IFS= read -r spec; do
  systemd-analyze calendar "$spec" | sed -n '1,2p'
done < <(grep -h '^OnCalendar=' "$src"/*.timer | cut -d= -f2-)

echo "ok: units verified"
