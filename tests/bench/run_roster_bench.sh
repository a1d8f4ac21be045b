#!/usr/bin/env bash
# Runs the roster benchmark end to end on a throwaway MariaDB and prints its
# figures: starts the MariaDB of tests/with_mariadb.sh, creates a database,
# loads a year of roster data into it (frontdesk_generate_roster: 50 sites,
# day/night shifts, duty assignments), starts frontdeskd on it (--threads 16,
# first-start admin token in a temporary file), runs frontdesk_roster_bench
# against it, then stops the server. Everything is removed afterwards, also
# on failure or interruption.
#
#   tests/bench/run_roster_bench.sh [BUILD_DIR] [frontdesk_roster_bench flags...]
#   tests/bench/run_roster_bench.sh build --seconds 5 --sites 100
#   ROSTER_GEN_FLAGS="--sites 10 --months 2" tests/bench/run_roster_bench.sh build --gen_sites 10
#
# BUILD_DIR defaults to build; the binaries are looked up in BUILD_DIR/server
# and BUILD_DIR/tests/bench (or BUILD_DIR itself). ROSTER_GEN_FLAGS are
# passed to the generator.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=build
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then BUILD=$1; shift; fi
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac

# Without a MariaDB of our own yet: re-run under with_mariadb.sh.
if [ -z "${FRONTDESK_TEST_MYSQL:-}" ]; then
  exec "$ROOT/tests/with_mariadb.sh" "$0" "$BUILD" "$@"
fi

find_binary() {
  local name=$1; shift
  for dir in "$@"; do
    if [ -x "$dir/$name" ]; then echo "$dir/$name"; return; fi
  done
  echo "run_roster_bench.sh: $name not found under $BUILD (build it first)" >&2
  exit 2
}
FRONTDESKD=$(find_binary frontdeskd "$BUILD/server" "$BUILD")
GENERATE=$(find_binary frontdesk_generate_roster "$BUILD/tests/bench" "$BUILD")
BENCH=$(find_binary frontdesk_roster_bench "$BUILD/tests/bench" "$BUILD")

# FRONTDESK_TEST_MYSQL=mysql://user:pass@host:port/mysql (administrative).
ADMIN_URL=$FRONTDESK_TEST_MYSQL
CREDS_HOST=${ADMIN_URL#mysql://}; CREDS_HOST=${CREDS_HOST%/*}
DB_NAME=frontdesk_roster_bench_$$
DB_URL="mysql://${CREDS_HOST}/${DB_NAME}"
USER_PASS=${CREDS_HOST%@*}; HOST_PORT=${CREDS_HOST#*@}
mariadb --no-defaults -h "${HOST_PORT%:*}" -P "${HOST_PORT#*:}" \
  -u "${USER_PASS%%:*}" -p"${USER_PASS#*:}" -e "CREATE DATABASE ${DB_NAME}"

# shellcheck disable=SC2086 # ROSTER_GEN_FLAGS is a list of flags.
"$GENERATE" --db "$DB_URL" ${ROSTER_GEN_FLAGS:-}

. "$ROOT/tests/scratch_dir.sh"
scratch_dir frontdesk-roster-bench
SCRATCH_LOG=$WORK/server.log SCRATCH_LOG_NAME="the frontdeskd log"

PORT=$(free_port)
export FRONTDESK_TOKEN_FILE=$WORK/token
/usr/bin/python3 -c 'import os; print(os.urandom(32).hex())' > "$WORK/data.key"
export FRONTDESK_DATA_KEY_FILE=$WORK/data.key
"$FRONTDESKD" --listen "127.0.0.1:$PORT" --db "$DB_URL" --threads 16 \
  >"$WORK/server.log" 2>&1 &
SCRATCH_PID=$!

# Ready when the first-start token is written and the port accepts.
for _ in $(seq 1 300); do
  if [ -s "$FRONTDESK_TOKEN_FILE" ] && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    break
  fi
  kill -0 "$SCRATCH_PID" 2>/dev/null || { echo "run_roster_bench.sh: frontdeskd exited" >&2; exit 1; }
  sleep 0.1
done
[ -s "$FRONTDESK_TOKEN_FILE" ] || { echo "run_roster_bench.sh: no token after 30 s" >&2; exit 1; }
echo "run_roster_bench.sh: frontdeskd on 127.0.0.1:$PORT (16 threads), database $DB_NAME"

"$BENCH" --server "127.0.0.1:$PORT" --token_file "$FRONTDESK_TOKEN_FILE" "$@"
