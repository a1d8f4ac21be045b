#!/usr/bin/env bash
# Runs frontdesk_bench end to end on a throwaway MariaDB and prints its
# figures: starts the MariaDB of tests/with_mariadb.sh, creates a database,
# starts frontdeskd on it (--threads 16, first-start admin token in a
# temporary file), runs frontdesk_bench against it with the raw-SQL baseline
# (--mysql), then stops the server. Everything is removed afterwards, also on
# failure or interruption.
#
#   tests/bench/run_bench.sh [BUILD_DIR] [frontdesk_bench flags...]
#   tests/bench/run_bench.sh build --seconds 5 --clients 8
#
# BUILD_DIR defaults to build; the binaries are looked up in BUILD_DIR/server
# and BUILD_DIR/tests/bench (or BUILD_DIR itself).
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
BENCH=$(find_binary frontdesk_bench "$BUILD/tests/bench" "$BUILD")

create_bench_database frontdesk_bench_$$
scratch_dir frontdesk-bench
start_frontdeskd 16

"$BENCH" --server "127.0.0.1:$PORT" --token_file "$FRONTDESK_TOKEN_FILE" \
  --mysql "$DB_URL" "$@"
