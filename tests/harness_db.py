"""The databases of the end-to-end tests: a fresh SQLite file, or a fresh
database of its own on the MariaDB named by $FRONTDESK_TEST_MYSQL (an admin
URL, see tests/with_mariadb.sh), created and dropped with the `mariadb`
client. harness.py re-exports all of it.

- fresh_mysql_url() / drop_mysql_database() create and drop one database.
- backends() yields ("sqlite", url) and ("mariadb", url), each a fresh empty
  database. MariaDB is used whenever $FRONTDESK_TEST_MYSQL is set; when
  $FRONTDESK_REQUIRE_MYSQL=1 and it is not set, that is a test failure, not a
  skip.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import uuid


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


def parse_mysql_url(url):
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
    p = parse_mysql_url(admin_url)
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
    p = parse_mysql_url(url)
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
    name = parse_mysql_url(url)["database"]
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
