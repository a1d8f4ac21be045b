"""Test support for the frontdesk end-to-end tests (stdlib + grpcio only).

    with Server() as server:                      # fresh SQLite database
        stubs = server.stubs()
        stubs.tickets.CreateTicket(req, metadata=server.metadata,
                                   timeout=DEADLINE)

- Server starts the real frontdeskd (path in $FRONTDESKD) on a free
  127.0.0.1 port, with FRONTDESK_TOKEN_FILE in its own temporary directory,
  and waits (bounded) until the health service says SERVING. stop() sends
  SIGTERM and asserts exit code 0 within 30 s.
- The databases (fresh SQLite files, fresh MariaDB databases, backends())
  are in harness_db.py; channels, stubs, health checks, error details and
  request builders in harness_rpc.py. This module re-exports both, so that
  tests need only `import harness`.

Every helper that talks gRPC passes a deadline; tests should use DEADLINE.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import grpc

from harness_db import (  # noqa: F401 - re-exported
    backend_names, backends, database, drop_mysql_database, fresh_database,
    fresh_mysql_url, fresh_sqlite_url, mysql_admin_url, mysql_url_with,
    parse_mysql_url)
from harness_rpc import (  # noqa: F401 - re-exported
    CHANNEL_OPTIONS, DEADLINE, HEALTH_NOT_SERVING, HEALTH_SERVICE_UNKNOWN,
    HEALTH_SERVING, HEALTH_UNKNOWN, SERVICES, ErrorDetails, Stubs, common_pb2,
    create_staff, decode_health_response, directory_grpc, directory_pb2,
    encode_health_request, expect_rpc_error, health_check, list_all_tickets,
    list_pages, make_channel, roster_grpc, rpc_error_details,
    site_request, ticket_grpc, ticket_pb2, ticket_request, token_metadata)
from frontdesk.v1 import roster_service_pb2 as roster_pb2  # noqa: E402,F401

__all__ = [
    # this module
    "START_TIMEOUT", "STOP_TIMEOUT", "Server", "free_port", "frontdeskd_path",
    "shared_test_data_key_file", "wait_until",
    # harness_db
    "backend_names", "backends", "database", "drop_mysql_database",
    "fresh_database", "fresh_mysql_url", "fresh_sqlite_url", "mysql_admin_url",
    "mysql_url_with", "parse_mysql_url",
    # harness_rpc
    "CHANNEL_OPTIONS", "DEADLINE", "HEALTH_NOT_SERVING",
    "HEALTH_SERVICE_UNKNOWN", "HEALTH_SERVING", "HEALTH_UNKNOWN", "SERVICES",
    "ErrorDetails", "Stubs", "common_pb2", "create_staff",
    "decode_health_response", "directory_grpc", "directory_pb2",
    "encode_health_request", "expect_rpc_error", "health_check",
    "list_all_tickets", "list_pages", "make_channel", "rpc_error_details",
    "roster_grpc", "roster_pb2", "site_request", "ticket_grpc", "ticket_pb2",
    "ticket_request", "token_metadata",
]

# How long a server may take from exec to SERVING (migrations included).
START_TIMEOUT = 60
# How long SIGTERM → exit may take.
STOP_TIMEOUT = 30


def frontdeskd_path():
    path = os.environ.get("FRONTDESKD", "")
    if not path:
        raise AssertionError(
            "FRONTDESKD is not set: point it at the frontdeskd binary "
            "(ctest sets it)")
    if not os.access(path, os.X_OK):
        raise AssertionError("FRONTDESKD=%r is not an executable file" % path)
    return os.path.abspath(path)


def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout, interval=0.05, what="condition"):
    """Polls `predicate` until it returns a true value; returns that value.

    Raises AssertionError after `timeout` seconds. Exceptions from the
    predicate count as "not yet" and the last one is reported.
    """
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception as e:  # noqa: BLE001 - report the last one
            last_error = e
        if time.monotonic() >= end:
            raise AssertionError(
                "timed out after %.1f s waiting for %s%s" %
                (timeout, what,
                 "" if last_error is None else " (last error: %r)" % last_error))
        time.sleep(interval)


_DATA_KEY_FILE = None


def shared_test_data_key_file():
    """A data key file (random key, mode 0600) for this test process."""
    global _DATA_KEY_FILE
    if _DATA_KEY_FILE is None:
        path = os.path.join(tempfile.mkdtemp(prefix="frontdesk-key-"), "data.key")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(os.urandom(32).hex() + "\n")
        _DATA_KEY_FILE = path
    return _DATA_KEY_FILE


# --- the server -------------------------------------------------------------

class Server:
    """A frontdeskd process of its own.

    db_url:     --db (default: sqlite: a fresh file in the server's tempdir).
    token_file: FRONTDESK_TOKEN_FILE (default: "token" in the tempdir). Two
                servers on one database should share one, since only the
                server that bootstraps the database writes it.
    data_key_file: FRONTDESK_DATA_KEY_FILE. Default: on SQLite none (the
                server creates PATH.key beside the database); on MariaDB
                the one test key of this test process, shared by every
                server of the process as production servers share theirs.
    """

    def __init__(self, db_url=None, token_file=None, threads=None, port=None,
                 extra_env=None, name="frontdeskd", data_key_file=None):
        self.binary = frontdeskd_path()
        self.name = name
        self.tmpdir = tempfile.mkdtemp(prefix="frontdesk-test-")
        self.db_url = db_url or "sqlite:" + os.path.join(self.tmpdir, "frontdesk.db")
        self.token_file = token_file or os.path.join(self.tmpdir, "token")
        if data_key_file is None and self.db_url.startswith("mysql:"):
            data_key_file = shared_test_data_key_file()
        self.data_key_file = data_key_file
        self.threads = threads
        self._auto_port = not port  # may move to another port if taken
        self.port = port or free_port()
        self.extra_env = dict(extra_env or {})
        self.log_path = os.path.join(self.tmpdir, "frontdeskd.log")
        self.proc = None
        self._log_offset = 0
        self._token = None
        self._channels = []

    # -- lifecycle --

    @property
    def address(self):
        return "127.0.0.1:%d" % self.port

    def start(self, wait=True):
        """Starts the process; with wait, returns once it is SERVING."""
        if self.proc is not None and self.proc.poll() is None:
            raise AssertionError("%s is already running" % self.name)
        env = dict(os.environ)
        for k in ("FRONTDESK_LISTEN", "FRONTDESK_DB", "FRONTDESK_THREADS",
                  "FRONTDESK_DATA_KEY_FILE", "FRONTDESK_REPORT_DB"):
            env.pop(k, None)
        env["FRONTDESK_TOKEN_FILE"] = self.token_file
        if self.data_key_file:
            env["FRONTDESK_DATA_KEY_FILE"] = self.data_key_file
        env.update(self.extra_env)
        args = [self.binary, "--listen", self.address, "--db", self.db_url]
        if self.threads:
            args += ["--threads", str(self.threads)]
        log = open(self.log_path, "ab")
        try:
            self._log_offset = log.tell()
            log.write(("--- %s: %s\n" % (time.strftime("%H:%M:%S"),
                                         " ".join(args))).encode())
            log.flush()
            self.proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, env=env, cwd=self.tmpdir)
        finally:
            log.close()
        if wait:
            self.wait_serving()
        return self

    def wait_serving(self, timeout=START_TIMEOUT):
        """Polls health until every service is SERVING; fails with the log
        if the process exits or the time runs out."""
        end = time.monotonic() + timeout
        last = "not yet contacted"
        port_retries = 3 if self._auto_port else 0
        while True:
            code = self.proc.poll()
            if code is not None and self._port_taken() and port_retries > 0:
                # free_port() raced with another process: take another.
                port_retries -= 1
                self.port = free_port()
                self.start(wait=False)
                continue
            if code is not None:
                raise AssertionError(
                    "%s exited with code %s before serving; log:\n%s" %
                    (self.name, code, self.log_tail()))
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    "%s not SERVING after %d s (%s); log:\n%s" %
                    (self.name, timeout, last, self.log_tail()))
            try:
                with socket.create_connection(("127.0.0.1", self.port),
                                              timeout=min(1.0, remaining)):
                    pass
                # A fresh channel per attempt: no reconnect backoff to wait out.
                with make_channel(self.address) as ch:
                    statuses = [health_check(ch, s, timeout=min(2.0, remaining))
                                for s in ("",) + SERVICES]
                if all(s == HEALTH_SERVING for s in statuses):
                    return
                last = "health %r" % (statuses,)
            except (OSError, grpc.RpcError) as e:
                last = "%s: %s" % (type(e).__name__,
                                   e.code() if hasattr(e, "code") else e)
            time.sleep(0.05)

    def _port_taken(self):
        try:
            with open(self.log_path, "rb") as f:
                f.seek(self._log_offset)
                return b"could not listen" in f.read()
        except OSError:
            return False

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout=STOP_TIMEOUT):
        """SIGTERM; asserts a clean exit (code 0) within `timeout` seconds."""
        self._close_channels()
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(
                    "%s did not exit within %d s of SIGTERM; log:\n%s" %
                    (self.name, timeout, self.log_tail()))
        code = self.proc.returncode
        if code != 0:
            raise AssertionError("%s exited with code %s; log:\n%s" %
                                 (self.name, code, self.log_tail()))
        return code

    def kill(self):
        """SIGKILL, for cleanup after a failure."""
        self._close_channels()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self):
        """stop() then start() on the same database, port and token file."""
        self.stop()
        return self.start()

    def cleanup(self):
        self.kill()
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def __enter__(self):
        if not self.running():
            try:
                self.start()
            except BaseException:
                self.cleanup()
                raise
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self.stop()
            else:
                sys.stderr.write("\n--- %s log (test failed) ---\n%s\n" %
                                 (self.name, self.log_tail()))
                try:
                    self.stop()
                except AssertionError as e:
                    sys.stderr.write("%s\n" % e)  # keep the original error
        finally:
            self.cleanup()
        return False

    # -- logs --

    def log(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def log_tail(self, lines=40):
        return "\n".join(self.log().splitlines()[-lines:])

    # -- clients --

    @property
    def token(self):
        """The bootstrap admin token (read, with a bounded wait, from the
        token file: another server may be the one that writes it)."""
        if self._token is None:
            def read():
                with open(self.token_file) as f:
                    return f.read().strip()
            self._token = wait_until(read, 30, what="token file %s" % self.token_file)
        return self._token

    @token.setter
    def token(self, value):
        self._token = value

    @property
    def metadata(self):
        return (("authorization", "Bearer " + self.token),)

    def channel(self):
        ch = make_channel(self.address)
        self._channels.append(ch)
        return ch

    def stubs(self, channel=None):
        return Stubs(channel or self.channel())

    def health(self, service="", timeout=DEADLINE):
        with make_channel(self.address) as ch:
            return health_check(ch, service, timeout=timeout)

    def _close_channels(self):
        for ch in self._channels:
            ch.close()
        self._channels = []
