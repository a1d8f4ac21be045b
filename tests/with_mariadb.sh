#!/usr/bin/env bash
# Runs a command with a throwaway MariaDB server of its own: its own data
# directory, port and socket, stopped and removed afterwards — also when the
# command fails or the script is interrupted.
#
#   tests/with_mariadb.sh ctest --test-dir build --output-on-failure
#
# The command sees FRONTDESK_TEST_MYSQL=mysql://frontdesk:frontdesk@127.0.0.1:PORT/mysql,
# an administrative URL from which tests create (and drop) databases of their own.
# FRONTDESK_TEST_MARIADB_BUFFER_POOL sets the InnoDB buffer pool (default 512M;
# the report benchmark holds a million tickets in memory with 4G).
set -euo pipefail

MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
INSTALL_DB=$(command -v mariadb-install-db || echo /usr/bin/mariadb-install-db)
[ -x "$MARIADBD" ] || { echo "with_mariadb.sh: mariadbd not found (apt-get install mariadb-server)" >&2; exit 2; }

. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/scratch_dir.sh"
scratch_dir frontdesk-mariadb
DATADIR=$WORK/data
SOCKET=$WORK/mysqld.sock
LOG=$WORK/mysqld.log
SCRATCH_LOG=$LOG SCRATCH_LOG_NAME="the MariaDB log ($LOG)"
USER_NAME=$(id -un)
PORT=${FRONTDESK_TEST_MYSQL_PORT:-$(free_port)}

"$INSTALL_DB" --no-defaults --datadir="$DATADIR" --user="$USER_NAME" \
  --auth-root-authentication-method=normal --skip-test-db >"$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log" >&2; exit 1; }

"$MARIADBD" --no-defaults --datadir="$DATADIR" --user="$USER_NAME" \
  --port="$PORT" --bind-address=127.0.0.1 --socket="$SOCKET" \
  --pid-file="$WORK/mysqld.pid" --log-error="$LOG" --skip-log-bin \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --default-time-zone=+00:00 \
  --innodb-buffer-pool-size="${FRONTDESK_TEST_MARIADB_BUFFER_POOL:-512M}" \
  --innodb-flush-log-at-trx-commit=2 --max-connections=1000 &
SCRATCH_PID=$!

for i in $(seq 1 300); do
  if mariadb --no-defaults --socket="$SOCKET" -uroot -e 'SELECT 1' >/dev/null 2>&1; then break; fi
  kill -0 "$SCRATCH_PID" 2>/dev/null || { echo "with_mariadb.sh: mariadbd exited" >&2; exit 1; }
  sleep 0.1
done
mariadb --no-defaults --socket="$SOCKET" -uroot <<'SQL'
CREATE USER 'frontdesk'@'%' IDENTIFIED BY 'frontdesk';
CREATE USER 'frontdesk'@'localhost' IDENTIFIED BY 'frontdesk';
GRANT ALL PRIVILEGES ON *.* TO 'frontdesk'@'%' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'frontdesk'@'localhost' WITH GRANT OPTION;
SQL

export FRONTDESK_TEST_MYSQL="mysql://frontdesk:frontdesk@127.0.0.1:${PORT}/mysql"
echo "with_mariadb.sh: MariaDB $("$MARIADBD" --version | awk '{print $3}') on 127.0.0.1:${PORT}"
"$@"
