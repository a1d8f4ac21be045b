# Sourced (not run) by tests/with_mariadb.sh and tests/bench/run_bench.sh:
# a scratch directory and one background process of the sourcing script,
# both gone when it exits — also when it fails or is interrupted.
#
#   . tests/scratch_dir.sh
#   scratch_dir frontdesk-x                  # WORK=/tmp/frontdesk-x.XXXXXX
#   SCRATCH_LOG=$WORK/x.log SCRATCH_LOG_NAME="the x log"
#   x >"$SCRATCH_LOG" 2>&1 &
#   SCRATCH_PID=$!
#
# On exit: SCRATCH_PID gets SIGTERM (SIGKILL after 10 s); when the script
# fails, the last 20 lines of SCRATCH_LOG go to stderr; WORK is removed; the
# exit code is kept. free_port prints a TCP port on 127.0.0.1 that was free
# a moment ago.

SCRATCH_PID=
SCRATCH_LOG=
SCRATCH_LOG_NAME=

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

scratch_cleanup() {
  local rc=$?
  if [ -n "$SCRATCH_PID" ] && kill -0 "$SCRATCH_PID" 2>/dev/null; then
    kill -TERM "$SCRATCH_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SCRATCH_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SCRATCH_PID" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -n "$SCRATCH_LOG" ] && [ -f "$SCRATCH_LOG" ]; then
    echo "--- last lines of $SCRATCH_LOG_NAME ---" >&2
    tail -n 20 "$SCRATCH_LOG" >&2 || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}

scratch_dir() {
  WORK=$(mktemp -d "/tmp/$1.XXXXXX")
  trap scratch_cleanup EXIT
  trap 'exit 130' INT TERM
}
