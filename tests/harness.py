"""Test support for the frontdesk end-to-end tests (stdlib + grpcio only).

    with Server() as server:                      # fresh SQLite database
        stubs = server.stubs()
        stubs.tickets.CreateTicket(req, metadata=server.metadata,
                                   timeout=DEADLINE)

- Server starts the real frontdeskd (path in $FRONTDESKD) on a free
  127.0.0.1 port, with FRONTDESK_TOKEN_FILE in its own temporary directory,
  and waits (bounded) until the health service says SERVING. stop() sends
  SIGTERM and asserts exit code 0 within 30 s.
- fresh_mysql_url() / drop_mysql_database() create and drop a database of
  their own on the MariaDB named by $FRONTDESK_TEST_MYSQL (an admin URL, see
  tests/with_mariadb.sh), with the `mariadb` client.
- backends() yields ("sqlite", url) and ("mariadb", url), each a fresh empty
  database. MariaDB is used whenever $FRONTDESK_TEST_MYSQL is set; when
  $FRONTDESK_REQUIRE_MYSQL=1 and it is not set, that is a test failure, not a
  skip.
- rpc_error_details() decodes `grpc-status-details-bin` into the
  google.rpc.Status and its ErrorInfo / BadRequest details.

Every helper that talks gRPC passes a deadline; tests should use DEADLINE.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

_HERE = os.path.dirname(os.path.abspath(__file__))
_ROOT = os.path.dirname(_HERE)
_STUBS = os.path.join(_ROOT, "clients", "python")
if _STUBS not in sys.path:
    sys.path.insert(0, _STUBS)

import grpc  # noqa: E402

from frontdesk.v1 import common_pb2  # noqa: E402,F401
from frontdesk.v1 import directory_service_pb2 as directory_pb2  # noqa: E402
from frontdesk.v1 import directory_service_pb2_grpc as directory_grpc  # noqa: E402
from frontdesk.v1 import ticket_service_pb2 as ticket_pb2  # noqa: E402
from frontdesk.v1 import ticket_service_pb2_grpc as ticket_grpc  # noqa: E402
from google.rpc import error_details_pb2  # noqa: E402
from google.rpc import status_pb2  # noqa: E402

# The deadline of every ordinary test call, in seconds.
DEADLINE = 10
# How long a server may take from exec to SERVING (migrations included).
START_TIMEOUT = 60
# How long SIGTERM → exit may take.
STOP_TIMEOUT = 30

SERVICES = ("frontdesk.v1.TicketService", "frontdesk.v1.DirectoryService")

# gRPC channel options: reconnect quickly after a server restart or outage
# instead of sitting in exponential backoff.
CHANNEL_OPTIONS = (
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
    ("grpc.enable_retries", 0),
)


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


# --- health checking without grpc_health: two tiny messages by hand --------

HEALTH_UNKNOWN, HEALTH_SERVING, HEALTH_NOT_SERVING, HEALTH_SERVICE_UNKNOWN = 0, 1, 2, 3


def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _read_varint(data, i):
    shift = result = 0
    while True:
        if i >= len(data):
            raise ValueError("truncated varint")
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def encode_health_request(service):
    """grpc.health.v1.HealthCheckRequest{service = 1: string}."""
    raw = service.encode("utf-8")
    return (b"\x0a" + _varint(len(raw)) + raw) if raw else b""


def decode_health_response(data):
    """grpc.health.v1.HealthCheckResponse → its status (field 1, enum)."""
    i, status = 0, HEALTH_UNKNOWN
    while i < len(data):
        key, i = _read_varint(data, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _read_varint(data, i)
            if field == 1:
                status = value
        elif wire == 2:
            length, i = _read_varint(data, i)
            i += length
        elif wire == 1:
            i += 8
        elif wire == 5:
            i += 4
        else:
            raise ValueError("unexpected wire type %d" % wire)
    return status


def health_check(channel, service="", timeout=DEADLINE, metadata=None):
    """Calls grpc.health.v1.Health/Check; returns the status number."""
    check = channel.unary_unary(
        "/grpc.health.v1.Health/Check",
        request_serializer=encode_health_request,
        response_deserializer=decode_health_response)
    return check(service, timeout=timeout, metadata=metadata)


# --- error details ----------------------------------------------------------

class ErrorDetails:
    """The google.rpc.Status of a failed call, unpacked."""

    def __init__(self, status):
        self.status = status
        self.error_info = None
        self.bad_request = None
        for any_msg in status.details:
            info = error_details_pb2.ErrorInfo()
            bad = error_details_pb2.BadRequest()
            if any_msg.Is(info.DESCRIPTOR):
                any_msg.Unpack(info)
                self.error_info = info
            elif any_msg.Is(bad.DESCRIPTOR):
                any_msg.Unpack(bad)
                self.bad_request = bad

    @property
    def reason(self):
        return self.error_info.reason if self.error_info else ""

    @property
    def violation_fields(self):
        if not self.bad_request:
            return []
        return [v.field for v in self.bad_request.field_violations]


def rpc_error_details(error):
    """Parses `grpc-status-details-bin` of a grpc.RpcError; None if absent."""
    for key, value in (error.trailing_metadata() or ()):
        if key == "grpc-status-details-bin":
            status = status_pb2.Status()
            status.ParseFromString(value)
            return ErrorDetails(status)
    return None


# --- stubs ------------------------------------------------------------------

class Stubs:
    def __init__(self, channel):
        self.directory = directory_grpc.DirectoryServiceStub(channel)
        self.tickets = ticket_grpc.TicketServiceStub(channel)


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


def make_channel(address):
    return grpc.insecure_channel(address, options=CHANNEL_OPTIONS)


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
                  "FRONTDESK_DATA_KEY_FILE"):
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
                                   getattr(e, "code", lambda: e)())
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


# --- MariaDB ----------------------------------------------------------------

def _require_mysql_flag():
    return os.environ.get("FRONTDESK_REQUIRE_MYSQL", "") == "1"


def mysql_admin_url():
    """$FRONTDESK_TEST_MYSQL, or None when MariaDB tests may be skipped.

    Raises AssertionError when FRONTDESK_REQUIRE_MYSQL=1 and it is unset.
    """
    url = os.environ.get("FRONTDESK_TEST_MYSQL", "")
    if url:
        return url
    if _require_mysql_flag():
        raise AssertionError(
            "FRONTDESK_REQUIRE_MYSQL=1 but FRONTDESK_TEST_MYSQL is not set: "
            "run the tests under tests/with_mariadb.sh")
    return None


def _parse_mysql_url(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "mysql" or not parts.hostname:
        raise AssertionError("not a mysql:// URL: %r" % url)
    return {
        "user": urllib.parse.unquote(parts.username or ""),
        "password": urllib.parse.unquote(parts.password or ""),
        "host": parts.hostname,
        "port": parts.port or 3306,
        "database": parts.path.lstrip("/"),
    }


def _mariadb(admin_url, sql):
    p = _parse_mysql_url(admin_url)
    args = ["mariadb", "--no-defaults", "-h", p["host"], "-P", str(p["port"]),
            "-u", p["user"], "--connect-timeout=10", "-e", sql]
    env = dict(os.environ)
    env["MYSQL_PWD"] = p["password"]  # not on the command line
    result = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True,
                            env=env, timeout=60)
    if result.returncode != 0:
        raise AssertionError("mariadb %r failed (%d): %s" %
                             (sql, result.returncode,
                              result.stderr.decode("utf-8", "replace")))
    return result.stdout.decode("utf-8", "replace")


def mysql_url_with(url, host=None, port=None, database=None):
    """`url` with its host, port or database replaced."""
    p = _parse_mysql_url(url)
    userinfo = urllib.parse.quote(p["user"], safe="")
    if p["password"]:
        userinfo += ":" + urllib.parse.quote(p["password"], safe="")
    return "mysql://%s@%s:%d/%s" % (userinfo, host or p["host"],
                                    port or p["port"],
                                    database or p["database"])


def fresh_mysql_url(admin_url=None):
    """Creates an empty database on the test MariaDB; returns its URL."""
    admin_url = admin_url or mysql_admin_url()
    if not admin_url:
        raise AssertionError("FRONTDESK_TEST_MYSQL is not set")
    name = "fdtest_" + uuid.uuid4().hex[:16]
    _mariadb(admin_url, "CREATE DATABASE `%s` CHARACTER SET utf8mb4 "
                        "COLLATE utf8mb4_unicode_ci" % name)
    return mysql_url_with(admin_url, database=name)


def drop_mysql_database(url, admin_url=None):
    admin_url = admin_url or os.environ.get("FRONTDESK_TEST_MYSQL", "")
    name = _parse_mysql_url(url)["database"]
    if not name.startswith("fdtest_"):
        raise AssertionError("refusing to drop %r: not a test database" % name)
    _mariadb(admin_url, "DROP DATABASE IF EXISTS `%s`" % name)


def fresh_sqlite_url():
    """A fresh SQLite file URL and the function that removes it."""
    d = tempfile.mkdtemp(prefix="frontdesk-sqlite-")
    return "sqlite:" + os.path.join(d, "frontdesk.db"), (
        lambda: shutil.rmtree(d, ignore_errors=True))


def fresh_database(backend):
    """(url, cleanup) of an empty database of `backend` ("sqlite"/"mariadb")."""
    if backend == "sqlite":
        return fresh_sqlite_url()
    if backend == "mariadb":
        admin = mysql_admin_url()
        if not admin:
            return None, None
        url = fresh_mysql_url(admin)
        return url, (lambda: drop_mysql_database(url, admin))
    raise ValueError(backend)


def backend_names():
    """The backends to test: sqlite always, mariadb when configured.

    Raises (fails the test) when MariaDB is required but not configured.
    """
    return ["sqlite", "mariadb"] if mysql_admin_url() else ["sqlite"]


def backends():
    """Yields (name, url) of a fresh database for each backend under test;
    each is removed when the loop moves on."""
    names = backend_names()
    if names == ["sqlite"]:
        sys.stderr.write("note: FRONTDESK_TEST_MYSQL is not set; "
                         "MariaDB not tested\n")
    for name in names:
        url, cleanup = fresh_database(name)
        try:
            yield name, url
        finally:
            cleanup()


@contextlib.contextmanager
def database(backend):
    url, cleanup = fresh_database(backend)
    try:
        yield url
    finally:
        if cleanup:
            cleanup()


# --- request builders -------------------------------------------------------

def expect_rpc_error(test, code, call, *args, field=None, reason=None,
                     **kwargs):
    """Runs call(*args, **kwargs) expecting a gRPC error `code` with status
    details; checks the BadRequest violation on `field` and the ErrorInfo
    reason when given. Returns the details."""
    kwargs.setdefault("timeout", DEADLINE)
    with test.assertRaises(grpc.RpcError) as cm:
        call(*args, **kwargs)
    err = cm.exception
    test.assertEqual(err.code(), code, err.details())
    details = rpc_error_details(err)
    test.assertIsNotNone(details, "no status details on %s" % err.details())
    if field is not None:
        test.assertIn(field, details.violation_fields,
                      "BadRequest %s does not name %s" %
                      (details.bad_request, field))
    if reason is not None:
        test.assertEqual(details.reason, reason)
    return details


def create_staff(stubs, metadata, staff_id, sites, roles):
    """Creates staff member `staff_id` (display name 王力) with `roles` at
    `sites` (site ids)."""
    stubs.directory.CreateStaffMember(
        directory_pb2.CreateStaffMemberRequest(
            staff_id=staff_id,
            staff_member=directory_pb2.StaffMember(
                display_name="王力", roles=list(roles),
                sites=["sites/" + s for s in sites])),
        metadata=metadata, timeout=DEADLINE)
    return staff_id


def token_metadata(stubs, metadata, staff_id):
    """A new token of `staff_id`, as call metadata."""
    token = stubs.directory.CreateAccessToken(
        directory_pb2.CreateAccessTokenRequest(parent="staff/" + staff_id),
        metadata=metadata, timeout=DEADLINE)
    return (("authorization", "Bearer " + token.secret),)


def site_request(site_id, display_name=None, time_zone="Asia/Shanghai",
                 request_id=""):
    return directory_pb2.CreateSiteRequest(
        site_id=site_id, request_id=request_id,
        site=directory_pb2.Site(display_name=display_name or site_id.upper(),
                                time_zone=time_zone))


def ticket_request(site_id, subject="厨房水管漏水", request_id="", **fields):
    """A valid CreateTicketRequest; keyword arguments override ticket fields
    (reporter_* go into the reporter)."""
    reporter = common_pb2.Contact(
        name=fields.pop("reporter_name", "王芳"),
        phone=fields.pop("reporter_phone", "13800138000"),
        unit=fields.pop("reporter_unit", ""),
        location=fields.pop("reporter_location", "3-2-501"))
    ticket = ticket_pb2.Ticket(
        channel=fields.pop("channel", ticket_pb2.Ticket.PHONE),
        kind=fields.pop("kind", ticket_pb2.Ticket.REPAIR),
        reporter=reporter, subject=subject, **fields)
    return ticket_pb2.CreateTicketRequest(parent="sites/" + site_id,
                                          ticket=ticket, request_id=request_id)


def list_all_tickets(stubs, metadata, parent="sites/-", filter="",
                     page_size=1000):
    """Every ticket of a list call, following page tokens."""
    out, token = [], ""
    for _ in range(1000):
        resp = stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent=parent, page_size=page_size,
                                          page_token=token, filter=filter),
            metadata=metadata, timeout=DEADLINE)
        out.extend(resp.tickets)
        token = resp.next_page_token
        if not token:
            return out
    raise AssertionError("ListTickets did not end after 1000 pages")
