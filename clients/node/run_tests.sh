#!/usr/bin/env bash
# The ctest test node.client: node's test runner over clients/node/test/*.test.js
# (the client module, error decoding, the generated types and the example,
# against a real frontdeskd on SQLite that each test file starts).
#   FRONTDESKD=build/server/frontdeskd clients/node/run_tests.sh
# Fails (does not skip) when node, npm's install of this package
# (node_modules, from `npm ci` in clients/node, done by
# deploy/install-deps.sh --test) or FRONTDESKD is missing.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

command -v node >/dev/null 2>&1 ||
  fail "node not found. Run deploy/install-deps.sh --test (installs nodejs and npm)."
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 18 ] || fail "node $(node --version) is too old: the client needs node 18 or later."
[ -f "$here/node_modules/.package-lock.json" ] && [ -d "$here/node_modules/@grpc/grpc-js" ] ||
  fail "$here/node_modules is missing. Run deploy/install-deps.sh --test (it runs npm ci in clients/node)."
# Every package of the lock, at its version, in what npm ci installed
# (node_modules/.package-lock.json); by content, not time, so that a
# checkout that rewrites an unchanged lock is not taken for a new one.
stale="$(node -e '
  const lock = require(process.argv[1]).packages;
  const installed = require(process.argv[2]).packages;
  const stale = Object.keys(lock).filter((k) => k && !lock[k].optional &&
    (!installed[k] || installed[k].version !== lock[k].version));
  console.log(stale.join(" "));
' "$here/package-lock.json" "$here/node_modules/.package-lock.json")" ||
  fail "cannot compare $here/package-lock.json with node_modules."
[ -z "$stale" ] ||
  fail "$here/node_modules does not match package-lock.json ($stale). Run deploy/install-deps.sh --test (npm ci in clients/node)."
[ -n "${FRONTDESKD:-}" ] || fail "FRONTDESKD is not set: point it at the frontdeskd binary (ctest sets it)."
[ -x "$FRONTDESKD" ] || fail "FRONTDESKD=$FRONTDESKD is not an executable file."

cd "$here" || exit 1
exec node --test --test-reporter=spec test/*.test.js
