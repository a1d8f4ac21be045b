#!/usr/bin/python3
"""End-to-end test of `frontdesk report` with the real CLI ($FRONTDESK_CLI):
the files --out writes (names, one per site, atomic: no temporary or
half-written file left), the exit codes a scheduler relies on (1 when the
call or a write failed, after writing what it could; 2 for a usage
error), against a real frontdeskd ($FRONTDESKD) and an unreachable
address. The report's figures and pages are report_html_test.py's and
clients/cli/cli_report_test.cc's.

The failing calls are ones that fail whatever the server implements: a
period ending after the site's today (INVALID_ARGUMENT), a site that does
not exist, or ReportService not served yet (UNIMPLEMENTED).

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \\
      PYTHONPATH=clients/python:tests /usr/bin/python3 tests/report_cli_e2e_test.py
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

import harness
from cli_support import CLI_TIMEOUT, Cli, assert_help, clean_env, cli_path

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures", "reports")
REPORTS = ["daily", "weekly", "monthly", "complaints", "quality", "staff",
           "open-items"]


def run(*args, env=None):
    """`frontdesk args...` with no server, token or FRONTDESK_ setting of the
    caller's."""
    full = clean_env()
    full.update({"HOME": tempfile.gettempdir(), "TZ": "Asia/Shanghai",
                 "LANG": "C.UTF-8"})
    full.update(env or {})
    return subprocess.run([cli_path()] + list(args), env=full,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=CLI_TIMEOUT)


class ReportCliTest(unittest.TestCase):

    def setUp(self):
        self.out = tempfile.mkdtemp(prefix="frontdesk-report-out-")
        self.addCleanup(shutil.rmtree, self.out, True)

    def files(self):
        return sorted(os.listdir(self.out))

    def assert_exit(self, result, code):
        self.assertEqual(result.returncode, code,
                         "exit %d\nstdout:\n%s\nstderr:\n%s" %
                         (result.returncode, result.stdout, result.stderr))

    def test_help_of_every_report_command(self):
        assert_help(self, [["report"]] + [["report", r] for r in REPORTS] +
                    [["report", "render"], ["report", "settings"],
                     ["report", "settings", "show"],
                     ["report", "settings", "set"]])

    def test_out_writes_one_file_per_site_atomically_and_prints_paths(self):
        for fmt, ext in (("html", "html"), ("csv", "csv"), ("json", "json"),
                         ("table", "txt")):
            with self.subTest(format=fmt):
                r = run("report", "render", "--kind", "monthly", "--input",
                        os.path.join(FIXTURES, "monthly_all.json"), "-o", fmt,
                        "--out", self.out)
                self.assert_exit(r, 0)
                names = ["all_monthly_2026-11." + ext,
                         "hx_monthly_2026-11." + ext,
                         "yy_monthly_2026-11." + ext]
                self.assertEqual(r.stdout.split(),
                                 [os.path.join(self.out, n) for n in names])
                for name in names:
                    self.assertGreater(
                        os.path.getsize(os.path.join(self.out, name)), 100)
        # Nothing else: no temporary file left behind.
        self.assertEqual(len(self.files()), 12, self.files())
        self.assertFalse([n for n in self.files() if n.startswith(".")])
        # The CSV opens in Excel: UTF-8 with a byte-order mark, CRLF.
        with open(os.path.join(self.out, "hx_monthly_2026-11.csv"), "rb") as f:
            csv = f.read()
        self.assertTrue(csv.startswith(b"\xef\xbb\xbf"))
        self.assertIn("月度统计 · 华馨苑 (hx)\r\n".encode(), csv)
        # The JSON of a site is that site's report, re-renderable.
        with open(os.path.join(self.out, "yy_monthly_2026-11.json")) as f:
            yy = json.load(f)
        self.assertEqual(yy["scope"]["site"], "sites/yy")
        again = run("report", "render", "--kind", "monthly", "--input",
                    os.path.join(self.out, "yy_monthly_2026-11.json"),
                    "--lang", "en")
        self.assert_exit(again, 0)
        self.assertIn("Monthly statistics · 御园 (yy)", again.stdout)

    def test_a_failed_write_exits_1_after_writing_the_others(self):
        # yy's file name is taken by a directory: that rename fails.
        os.mkdir(os.path.join(self.out, "yy_daily_2026-12-06.html"))
        r = run("report", "render", "--kind", "daily", "--input",
                os.path.join(FIXTURES, "daily_all.json"), "-o", "html",
                "--out", self.out)
        self.assert_exit(r, 1)
        self.assertIn("yy_daily_2026-12-06.html", r.stderr)
        self.assertEqual(self.files(), ["all_daily_2026-12-06.html",
                                        "hx_daily_2026-12-06.html",
                                        "yy_daily_2026-12-06.html"])
        self.assertTrue(os.path.isdir(
            os.path.join(self.out, "yy_daily_2026-12-06.html")))
        self.assertEqual(len(r.stdout.split()), 2)

    def test_out_that_is_a_file_exits_1_and_writes_nothing(self):
        blocker = os.path.join(self.out, "not-a-dir")
        with open(blocker, "w") as f:
            f.write("x")
        r = run("report", "render", "--kind", "quality", "--input",
                os.path.join(FIXTURES, "quality_hx.json"), "--out", blocker)
        self.assert_exit(r, 1)
        self.assertIn("not-a-dir", r.stderr)
        self.assertEqual(self.files(), ["not-a-dir"])

    def test_render_needs_no_token_and_refuses_a_wrong_file(self):
        r = run("report", "render", "--kind", "open-items", "--input",
                os.path.join(FIXTURES, "open_items_hx.json"))
        self.assert_exit(r, 0)
        self.assertIn("未结事项汇总 · 华馨苑 (hx)", r.stdout)
        broken = os.path.join(self.out, "broken.json")
        with open(broken, "w") as f:
            f.write('{"scope": ')
        r = run("report", "render", "--kind", "daily", "--input", broken,
                "--out", self.out)
        self.assert_exit(r, 1)
        self.assertIn("broken.json", r.stderr)
        self.assertEqual(self.files(), ["broken.json"])

    def test_usage_errors_exit_2(self):
        for args in (["report", "daily", "--date", "6.12.2026"],
                     ["report", "monthly", "--month", "2026-13-01"],
                     ["report", "quality", "--from", "2026-11-01"],
                     ["report", "open-items", "--checkpoint", "12:00"],
                     ["report", "daily", "--lang", "fr"],
                     ["report", "render", "--kind", "yearly", "--input", "x"],
                     ["report", "settings", "set", "--site", "hx",
                      "--satisfaction-target", "1.5"],
                     ["report", "settings", "set", "--site", "hx",
                      "--effective-complaint-basis", "households"],
                     ["site", "list", "-o", "csv"],
                     ["ticket", "list", "-o", "html"]):
            with self.subTest(args=" ".join(args)):
                r = run(*args, env={"FRONTDESK_TOKEN": "t"})
                self.assert_exit(r, 2)
        # No change given: refused before any call (an empty mask would
        # mean every field to the server).
        r = run("report", "settings", "set", "--site", "hx",
                env={"FRONTDESK_TOKEN": "t",
                     "FRONTDESK_SERVER": "127.0.0.1:1"})
        self.assert_exit(r, 2)
        self.assertIn("--complaint-deadline", r.stderr)

    def test_the_readmes_report_lines_are_command_lines_the_cli_takes(self):
        """Each `frontdesk report` line of the README's Reports section,
        against an address where nothing listens: the call (or the file
        read) fails, exit 1; never a usage error, exit 2."""
        with open(os.path.join(HERE, "..", "README.md"), encoding="utf-8") as f:
            readme = f.read()
        section = readme[readme.index("### Reports"):]
        section = section[:section.index("\n## ")]
        lines = re.findall(r"^frontdesk report .*$", section, re.M)
        self.assertGreaterEqual(len(lines), 10)
        for line in lines:
            with self.subTest(line=line):
                words = shlex.split(line.split(" #")[0].split(" > ")[0])
                words = [self.out if w == "/var/lib/frontdesk/reports" else w
                         for w in words]
                r = run(*words[1:], env={"FRONTDESK_TOKEN": "t",
                                         "FRONTDESK_SERVER": "127.0.0.1:1"})
                self.assert_exit(r, 1)
                self.assertEqual(self.files(), [])

    def test_unreachable_server_exits_1_and_writes_nothing(self):
        port = harness.free_port()  # nothing listens there
        r = run("report", "daily", "--site", "hx", "-o", "html", "--out",
                self.out, "--timeout", "5",
                env={"FRONTDESK_TOKEN": "t",
                     "FRONTDESK_SERVER": "127.0.0.1:%d" % port})
        self.assert_exit(r, 1)
        self.assertIn("UNAVAILABLE", r.stderr)
        self.assertIn("nothing written", r.stderr)
        self.assertEqual(self.files(), [])


class ReportCliServerTest(unittest.TestCase):
    """Against a real frontdeskd (SQLite: what is checked here is the CLI's
    handling of the answer, the same on every backend)."""

    def test_refused_reports_exit_1_and_leave_no_file(self):
        with harness.Server(name="frontdeskd-report-cli") as server:
            cli = Cli(self, server)
            cli.run("site", "create", "hx", "--display-name", "华馨苑",
                    "--time-zone", "Asia/Shanghai")
            out = tempfile.mkdtemp(prefix="frontdesk-report-out-")
            self.addCleanup(shutil.rmtree, out, True)
            for args in (
                    ["report", "quality", "--site", "hx", "--from",
                     "2099-01-01", "--to", "2099-01-31"],
                    ["report", "monthly", "--site", "nosuch", "--month",
                     "2026-11"],
                    ["report", "daily", "--site", "-", "--date",
                     "2099-12-31"],
                    ["report", "settings", "show", "--site", "nosuch"]):
                with self.subTest(args=" ".join(args)):
                    extra = [] if args[1] == "settings" else [
                        "-o", "csv", "--out", out]
                    r = cli.run(*(args + extra), expect=1)
                    self.assertRegex(
                        r.stderr, r"error: (UNIMPLEMENTED|INVALID_ARGUMENT|"
                                  r"NOT_FOUND|PERMISSION_DENIED)")
                    self.assertEqual(os.listdir(out), [])


if __name__ == "__main__":
    unittest.main()
