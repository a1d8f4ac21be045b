# Steps the bench scripts share (run_bench.sh, run_roster_bench.sh,
# run_report_bench.sh), sourced by them once they run under
# tests/with_mariadb.sh (FRONTDESK_TEST_MYSQL set). Messages name the script.
#
#   find_binary NAME DIR...     the first executable DIR/NAME; exits 2 if none
#   create_bench_database NAME  creates database NAME on the test MariaDB;
#                               sets DB_NAME and DB_URL; bench_mariadb runs
#                               the mariadb client on that server
#   start_frontdeskd THREADS    starts frontdeskd on DB_URL (needs WORK from
#                               scratch_dir.sh): a free port, the first-start
#                               token in $WORK/token (FRONTDESK_TOKEN_FILE),
#                               a data key in $WORK/data.key unless
#                               FRONTDESK_DATA_KEY_FILE is set; waits until
#                               it serves; sets PORT and SCRATCH_PID

BENCH_SCRIPT=$(basename "$0")

find_binary() {
  local name=$1; shift
  for dir in "$@"; do
    if [ -x "$dir/$name" ]; then echo "$dir/$name"; return; fi
  done
  echo "$BENCH_SCRIPT: $name not found under $BUILD (build it first)" >&2
  exit 2
}

# FRONTDESK_TEST_MYSQL=mysql://user:pass@host:port/mysql (administrative).
bench_mariadb() {
  local creds_host=${FRONTDESK_TEST_MYSQL#mysql://}
  creds_host=${creds_host%/*}
  local user_pass=${creds_host%@*} host_port=${creds_host#*@}
  mariadb --no-defaults -h "${host_port%:*}" -P "${host_port#*:}" \
    -u "${user_pass%%:*}" -p"${user_pass#*:}" "$@"
}

create_bench_database() {
  local creds_host=${FRONTDESK_TEST_MYSQL#mysql://}
  DB_NAME=$1
  DB_URL="mysql://${creds_host%/*}/${DB_NAME}"
  bench_mariadb -e "CREATE DATABASE ${DB_NAME}"
}

start_frontdeskd() {
  local threads=$1
  PORT=$(free_port)
  export FRONTDESK_TOKEN_FILE=$WORK/token
  if [ -z "${FRONTDESK_DATA_KEY_FILE:-}" ]; then
    /usr/bin/python3 -c 'import os; print(os.urandom(32).hex())' > "$WORK/data.key"
    export FRONTDESK_DATA_KEY_FILE=$WORK/data.key
  fi
  "$FRONTDESKD" --listen "127.0.0.1:$PORT" --db "$DB_URL" --threads "$threads" \
    >"$WORK/server.log" 2>&1 &
  SCRATCH_PID=$!
  SCRATCH_LOG=$WORK/server.log SCRATCH_LOG_NAME="the frontdeskd log"
  # Ready when the first-start token is written and the port accepts.
  for _ in $(seq 1 600); do
    if [ -s "$FRONTDESK_TOKEN_FILE" ] && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
      break
    fi
    kill -0 "$SCRATCH_PID" 2>/dev/null || { echo "$BENCH_SCRIPT: frontdeskd exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -s "$FRONTDESK_TOKEN_FILE" ] || { echo "$BENCH_SCRIPT: no token after 60 s" >&2; exit 1; }
  echo "$BENCH_SCRIPT: frontdeskd on 127.0.0.1:$PORT ($threads threads), database $DB_NAME"
}
