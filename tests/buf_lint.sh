#!/usr/bin/env bash
# The ctest test protos.buf_lint: `buf lint` over the protos (config in
# protos/buf.yaml). Fails with buf's output on any violation, and fails (does
# not skip) when buf is not installed.
#   tests/buf_lint.sh [PROTOS_DIR]     default: the protos/ of this checkout
# buf is protos/node_modules/.bin/buf of this checkout (npm ci in protos/,
# done by deploy/install-deps.sh --test); $BUF overrides it.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
protos="${1:-$root/protos}"
buf="${BUF:-$root/protos/node_modules/.bin/buf}"

if [ ! -x "$buf" ]; then
  echo "FAIL: buf not found at $buf." >&2
  echo "Run deploy/install-deps.sh --test (it runs npm ci in protos/)." >&2
  exit 1
fi

cd "$protos" || exit 1
out="$("$buf" lint 2>&1)"
rc=$?
if [ $rc -ne 0 ]; then
  [ -n "$out" ] && printf '%s\n' "$out" >&2
  echo "FAIL: buf lint found violations in $protos (rc=$rc; rules in buf.yaml)." >&2
  exit 1
fi
echo "buf lint: $protos is clean ($("$buf" --version))."
