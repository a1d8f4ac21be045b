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

. "$ROOT/tests/scratch_dir.sh"
. "$HERE/bench_lib.sh"
FRONTDESKD=$(find_binary frontdeskd "$BUILD/server" "$BUILD")
GENERATE=$(find_binary frontdesk_generate_roster "$BUILD/tests/bench" "$BUILD")
BENCH=$(find_binary frontdesk_roster_bench "$BUILD/tests/bench" "$BUILD")

create_bench_database frontdesk_roster_bench_$$
# shellcheck disable=SC2086 # ROSTER_GEN_FLAGS is a list of flags.
"$GENERATE" --db "$DB_URL" ${ROSTER_GEN_FLAGS:-}

scratch_dir frontdesk-roster-bench
start_frontdeskd 16

"$BENCH" --server "127.0.0.1:$PORT" --token_file "$FRONTDESK_TOKEN_FILE" "$@"
