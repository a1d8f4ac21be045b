#!/usr/bin/env bash
# The report benchmark (issue 14, point 3) on a throwaway MariaDB: loads the
# generator's tickets with their handling (frontdesk_generate, default
# 1,000,000 tickets over 50 sites and 12 months), starts frontdeskd on them
# and runs tests/bench/report_latency.py: p50/p99 of every report for one
# site-month and company-wide for a year, and the server's memory. The
# MariaDB gets a 4 GiB buffer pool (FRONTDESK_TEST_MARIADB_BUFFER_POOL), as a
# production report database would; everything is removed afterwards.
#
#   tests/bench/run_report_bench.sh [BUILD_DIR] [--tickets N] [--sites N]
#       [--months N] [--runs N] [--year-runs N]
#   tests/bench/run_report_bench.sh build --tickets 100000 --sites 10
#
# A million tickets take about half an hour to load on two cores.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=build
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then BUILD=$1; shift; fi
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac

TICKETS=1000000 SITES=50 MONTHS=12 RUNS=60 YEAR_RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --tickets) TICKETS=$2; shift 2 ;;
    --sites) SITES=$2; shift 2 ;;
    --months) MONTHS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --year-runs) YEAR_RUNS=$2; shift 2 ;;
    *) echo "run_report_bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "${FRONTDESK_TEST_MYSQL:-}" ]; then
  export FRONTDESK_TEST_MARIADB_BUFFER_POOL=${FRONTDESK_TEST_MARIADB_BUFFER_POOL:-4G}
  exec "$ROOT/tests/with_mariadb.sh" "$0" "$BUILD" --tickets "$TICKETS" \
    --sites "$SITES" --months "$MONTHS" --runs "$RUNS" --year-runs "$YEAR_RUNS"
fi

. "$ROOT/tests/scratch_dir.sh"
. "$HERE/bench_lib.sh"
FRONTDESKD=$(find_binary frontdeskd "$BUILD/server" "$BUILD")
GENERATE=$(find_binary frontdesk_generate "$BUILD/tests/bench" "$BUILD")

create_bench_database frontdesk_reports_$$
scratch_dir frontdesk-report-bench
/usr/bin/python3 -c 'import os; print(os.urandom(32).hex())' > "$WORK/data.key"
export FRONTDESK_DATA_KEY_FILE=$WORK/data.key
"$GENERATE" --db "$DB_URL" --tickets "$TICKETS" --sites "$SITES" \
  --months "$MONTHS" --site_prefix gen --query_runs 3
# Index statistics as a live database keeps them (a bulk load outruns
# InnoDB's own recalculation).
bench_mariadb "$DB_NAME" -e "ANALYZE TABLE tickets, ticket_events,
  ticket_states, work_orders, ticket_callbacks, ticket_escalations,
  ticket_pauses, units" >/dev/null
bench_mariadb -e "
  SELECT table_name, table_rows,
         ROUND((data_length + index_length) / 1048576) AS mib
  FROM information_schema.tables WHERE table_schema = '${DB_NAME}'
  AND table_name IN ('tickets', 'ticket_events', 'ticket_states',
                     'work_orders', 'ticket_callbacks', 'ticket_escalations',
                     'ticket_pauses') ORDER BY table_name"
start_frontdeskd 8

# The last whole month of the data (it ends now, UTC).
LAST_MONTH=$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%Y-%m)
echo "run_report_bench.sh: $TICKETS tickets, $SITES sites, last whole month $LAST_MONTH"
/usr/bin/python3 "$HERE/report_latency.py" "127.0.0.1:$PORT" \
  "$(cat "$FRONTDESK_TOKEN_FILE")" "$SCRATCH_PID" gen "$SITES" "$LAST_MONTH" \
  --runs "$RUNS" --year-runs "$YEAR_RUNS"
