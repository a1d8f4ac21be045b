#!/usr/bin/python3
"""What the end-to-end tests of the real `frontdesk` CLI share: the binary
($FRONTDESK_CLI), a runner with a server's address and token and nothing
else of the caller's configuration, a fresh server per backend, the
README's site and staff, the help check, local times as the CLI reads them,
and a line reader for `ticket watch`."""

import datetime
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import zoneinfo

import harness

NUMBER = re.compile(r"\b([A-Z][A-Z0-9]*-\d{8}-\d{4,})\b")
CLI_TIMEOUT = 60  # seconds a whole CLI process may take
CLI_ZONE = "Asia/Shanghai"  # the CLI's TZ in these tests
WATCH_WAIT = 15  # seconds `ticket watch` may take to print an event


def local_time(delta):
    """now + delta as the CLI reads a local time ("2026-11-23 16:00", TZ
    CLI_ZONE), and that minute in UTC as protobuf JSON prints it."""
    at = (datetime.datetime.now(zoneinfo.ZoneInfo(CLI_ZONE)) + delta).replace(
        second=0, microsecond=0)
    utc = at.astimezone(datetime.timezone.utc)
    return at.strftime("%Y-%m-%d %H:%M"), utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def due_after_creation(ticket, deadline):
    """How long after its createTime the ticket's deadlines[deadline] is
    (`ticket` as `-o json` prints it)."""
    def utc(text):
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return utc(ticket["deadlines"][deadline]) - utc(ticket["createTime"])


def cli_path():
    path = os.environ.get("FRONTDESK_CLI", "")
    if not path:
        raise AssertionError("FRONTDESK_CLI is not set: point it at the "
                             "frontdesk binary (ctest sets it)")
    if not os.access(path, os.X_OK):
        raise AssertionError("FRONTDESK_CLI=%r is not an executable file" % path)
    return os.path.abspath(path)


def clean_env():
    """os.environ without any FRONTDESK_ variable."""
    return {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}


def assert_help(test, commands):
    """`frontdesk COMMAND... --help` exits 0 and prints its usage, for each
    command (a list of words), each in a subTest. In English, whatever the
    locale of the machine: the help follows LANG (messages.h)."""
    env = clean_env()
    env["LANG"] = "C.UTF-8"
    for name in ("LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    for command in commands:
        with test.subTest(command=" ".join(command)):
            r = subprocess.run([cli_path()] + command + ["--help"], env=env,
                               capture_output=True, text=True,
                               timeout=CLI_TIMEOUT)
            test.assertEqual(r.returncode, 0, r.stderr)
            test.assertIn("Usage", r.stdout + r.stderr)


def each_backend(test, name, scenario):
    """scenario(backend, url, server) once per backend of harness.backends(),
    each in a subTest, with a frontdeskd of its own named `name` + backend."""
    for backend, url in harness.backends():
        with test.subTest(backend=backend), \
                harness.Server(db_url=url, name=name + backend) as server:
            scenario(backend, url, server)


def create_site_hx(cli, unit=False):
    """The README's site hx (华馨苑, Asia/Shanghai); with unit, its unit
    3-2-501 too."""
    cli.run("site", "create", "hx", "--display-name", "华馨苑",
            "--time-zone", "Asia/Shanghai")
    if unit:
        cli.run("unit", "create", "--site", "hx", "--building", "3",
                "--entrance", "2", "--room", "501")


def create_staff(cli, *members):
    """`staff create` at site hx of each (staff id, display name, roles)."""
    for staff_id, display_name, roles in members:
        cli.run("staff", "create", staff_id, "--display-name", display_name,
                "--roles", roles, "--sites", "hx")


def steps_at_hx(test, name, *steps):
    """each_backend: the README's site hx and its maintenance man wang.li
    (王力), then each step(cli) in turn, cli the admin's Cli."""
    def scenario(backend, url, server):
        cli = Cli(test, server)
        create_site_hx(cli)
        create_staff(cli, ("wang.li", "王力", "maintenance"))
        for step in steps:
            step(cli)
    each_backend(test, name, scenario)


class Cli:
    """Runs the CLI with FRONTDESK_SERVER of a server and FRONTDESK_TOKEN_FILE
    (default: the server's, the admin's), and nothing else of the caller's
    frontdesk configuration."""

    def __init__(self, test, server, token_file=None):
        self.test = test
        self.server = server
        self.binary = cli_path()
        self.home = tempfile.mkdtemp(prefix="frontdesk-cli-home-")
        test.addCleanup(shutil.rmtree, self.home, True)
        self.env = clean_env()
        self.env.update({
            "HOME": self.home,  # no ~/.config/frontdesk/token of the user
            "FRONTDESK_SERVER": server.address,
            "FRONTDESK_TOKEN_FILE": token_file or server.token_file,
            "TZ": CLI_ZONE,
            "LANG": "C.UTF-8",
        })
        # English unless a test asks for Chinese (--lang zh, LANG=zh_CN...).
        for name in ("LC_ALL", "LC_MESSAGES"):
            self.env.pop(name, None)

    def run(self, *args, env=None, expect=0):
        """Runs `frontdesk args...`; asserts the exit code (None: any)."""
        full_env = dict(self.env)
        for k, v in (env or {}).items():
            if v is None:
                full_env.pop(k, None)
            else:
                full_env[k] = v
        result = subprocess.run([self.binary] + list(args), env=full_env,
                                stdin=subprocess.DEVNULL, capture_output=True,
                                text=True, timeout=CLI_TIMEOUT)
        if expect is not None:
            self.test.assertEqual(
                result.returncode, expect,
                "frontdesk %s\nexit %d\nstdout:\n%s\nstderr:\n%s" %
                (" ".join(args), result.returncode, result.stdout, result.stderr))
        return result

    def json(self, *args, **kwargs):
        result = self.run(*args, **kwargs)
        try:
            return json.loads(result.stdout)
        except ValueError as e:
            raise AssertionError("frontdesk %s: not JSON (%s):\n%s" %
                                 (" ".join(args), e, result.stdout))

    def new_token(self, staff_id):
        """The secret of a new token of `staff_id` (`token create`)."""
        secret = self.run("token", "create", "--staff", staff_id).stdout.strip()
        self.test.assertTrue(secret)
        return secret


class LineReader:
    """The stdout lines of a process, read on a thread of its own so that
    the test waits for each with a bounded wait."""

    def __init__(self, proc):
        self._queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, args=(proc.stdout,),
                                        daemon=True)
        self._thread.start()

    def _run(self, stream):
        for line in stream:
            self._queue.put(line)
        self._queue.put(None)

    def next(self, timeout=WATCH_WAIT):
        try:
            line = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no line within %d s" % timeout) from None
        if line is None:
            self._queue.put(None)
            raise AssertionError("the output ended")
        return line


class TicketCommands:
    """Ticket steps the CLI tests share (a mixin of unittest.TestCase)."""

    def create(self, cli, *extra, subject="厨房水管漏水", kind="repair"):
        out = cli.run("ticket", "create", "--site", "hx", "--kind", kind,
                      "--channel", "phone", "--reporter-name", "王芳",
                      "--reporter-phone", "13800138000", "--location", "3-2-501",
                      "--subject", subject, *extra).stdout
        m = NUMBER.search(out)
        self.assertIsNotNone(m, "no ticket number in:\n" + out)
        return m.group(1)

    def status(self, cli, number):
        return cli.json("ticket", "get", number, "-o", "json")["status"]
