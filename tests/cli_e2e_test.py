#!/usr/bin/python3
"""End-to-end tests of the real `frontdesk` CLI ($FRONTDESK_CLI) against a
real frontdeskd, on SQLite and on MariaDB: the README's commands, exactly as
written there, must work.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/cli_e2e_test.py
"""

import datetime
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import unittest
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


def cli_path():
    path = os.environ.get("FRONTDESK_CLI", "")
    if not path:
        raise AssertionError("FRONTDESK_CLI is not set: point it at the "
                             "frontdesk binary (ctest sets it)")
    if not os.access(path, os.X_OK):
        raise AssertionError("FRONTDESK_CLI=%r is not an executable file" % path)
    return os.path.abspath(path)


class Cli:
    """Runs the CLI with FRONTDESK_SERVER and FRONTDESK_TOKEN_FILE of a
    server, and nothing else of the caller's frontdesk configuration."""

    def __init__(self, test, server):
        self.test = test
        self.binary = cli_path()
        self.home = tempfile.mkdtemp(prefix="frontdesk-cli-home-")
        test.addCleanup(shutil.rmtree, self.home, True)
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith("FRONTDESK_")}
        self.env.update({
            "HOME": self.home,  # no ~/.config/frontdesk/token of the user
            "FRONTDESK_SERVER": server.address,
            "FRONTDESK_TOKEN_FILE": server.token_file,
            "TZ": CLI_ZONE,
            "LANG": "C.UTF-8",
        })

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


class CliHelpTest(unittest.TestCase):

    def test_help_of_every_command(self):
        cli = cli_path()
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        commands = [[], ["site"], ["site", "create"], ["site", "get"], ["site", "list"],
                    ["unit"], ["unit", "create"], ["unit", "list"],
                    ["staff"], ["staff", "create"], ["staff", "get"], ["staff", "list"],
                    ["token"], ["token", "create"],
                    ["ticket"], ["ticket", "create"], ["ticket", "get"],
                    ["ticket", "list"], ["ticket", "update"], ["ticket", "note"],
                    ["ticket", "history"],
                    ["department"], ["department", "create"], ["department", "get"],
                    ["department", "list"], ["department", "update"],
                    ["vendor"], ["vendor", "create"], ["vendor", "get"],
                    ["vendor", "list"], ["vendor", "update"],
                    ["ticket", "dispatch"], ["ticket", "arrive"],
                    ["ticket", "complete"], ["ticket", "work-orders"],
                    ["ticket", "pend"], ["ticket", "resume"],
                    ["ticket", "promise"], ["ticket", "plan"],
                    ["ticket", "notify"], ["ticket", "resolve"],
                    ["ticket", "callback"], ["ticket", "reopen"],
                    ["ticket", "unfounded"], ["ticket", "duplicate"],
                    ["ticket", "cancel"], ["ticket", "callbacks-due"],
                    ["ticket", "overdue"], ["ticket", "link"],
                    ["ticket", "escalate"], ["ticket", "escalations"],
                    ["ticket", "watch"], ["sla-policy"], ["sla-policy", "list"],
                    ["sla-policy", "set"]]
        for command in commands:
            with self.subTest(command=" ".join(command)):
                r = subprocess.run([cli] + command + ["--help"], env=env,
                                   capture_output=True, text=True,
                                   timeout=CLI_TIMEOUT)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn("Usage", r.stdout + r.stderr)

    def test_usage_error_exits_2(self):
        r = subprocess.run([cli_path(), "ticket", "create", "--no-such-option"],
                           capture_output=True, text=True, timeout=CLI_TIMEOUT)
        self.assertEqual(r.returncode, 2, r.stderr)


class CliEndToEndTest(unittest.TestCase):

    def test_readme_walkthrough(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), \
                    harness.Server(db_url=url, name="frontdeskd-cli-" + backend) as server:
                self.walkthrough(Cli(self, server), server)

    def walkthrough(self, cli, server):
        # --- the README's quick start, verbatim ---
        cli.run("site", "create", "hx", "--display-name", "华馨苑",
                "--time-zone", "Asia/Shanghai")
        cli.run("staff", "create", "wang.li", "--display-name", "王力",
                "--roles", "maintenance", "--sites", "hx")
        created = cli.run(
            "ticket", "create", "--site", "hx", "--kind", "repair",
            "--channel", "phone", "--reporter-name", "王芳",
            "--reporter-phone", "13800138000", "--location", "3-2-501",
            "--subject", "厨房水管漏水")
        m = NUMBER.search(created.stdout)
        self.assertIsNotNone(m, "no ticket number in:\n" + created.stdout)
        number = m.group(1)
        self.assertRegex(number, r"^HX-\d{8}-0001$")

        listed = cli.json("ticket", "list", "--site", "hx", "-o", "json")
        tickets = listed["tickets"]
        self.assertEqual([t["number"] for t in tickets], [number])
        ticket = tickets[0]
        self.assertEqual(ticket["subject"], "厨房水管漏水")
        self.assertEqual(ticket["kind"], "REPAIR")
        self.assertEqual(ticket["channel"], "PHONE")
        self.assertEqual(ticket["status"], "NEW")
        self.assertEqual(ticket["reporter"],
                         {"name": "王芳", "phone": "13800138000", "location": "3-2-501"})
        self.assertEqual(ticket["site"], "sites/hx")
        self.assertEqual(ticket["createdBy"], "staff/admin")
        name = ticket["name"]

        # --- reading ---
        shown = cli.run("ticket", "get", number)
        self.assertIn(number, shown.stdout)
        self.assertIn("厨房水管漏水", shown.stdout)
        self.assertIn("王芳", shown.stdout)
        self.assertEqual(cli.json("ticket", "get", number, "-o", "json"), ticket)
        self.assertEqual(cli.json("ticket", "get", name, "-o", "json"), ticket)
        table = cli.run("ticket", "list", "--site", "hx")
        self.assertIn(number, table.stdout)

        # --- correcting, notes, history ---
        cli.run("ticket", "update", number, "--priority", "urgent",
                "--subject", "厨房水管漏水,已关总阀")
        after = cli.json("ticket", "get", number, "-o", "json")
        self.assertEqual(after["subject"], "厨房水管漏水,已关总阀")
        self.assertEqual(after["priority"], "URGENT")
        self.assertEqual(after["reporter"], ticket["reporter"])
        self.assertNotEqual(after["etag"], ticket["etag"])
        cli.run("ticket", "note", number, "--text", "住户下午两点后在家")
        history = cli.json("ticket", "history", number, "-o", "json")
        events = history["events"]
        self.assertEqual([e["type"] for e in events],
                         ["CREATED", "UPDATED", "NOTE_ADDED"])
        changes = {c["field"]: (c.get("oldValue", ""), c.get("newValue", ""))
                   for c in events[1]["changes"]}
        self.assertEqual(changes, {
            "subject": ("厨房水管漏水", "厨房水管漏水,已关总阀"),
            "priority": ("NORMAL", "URGENT"),
        })
        self.assertEqual(events[2]["note"], "住户下午两点后在家")
        text = cli.run("ticket", "history", number).stdout
        self.assertIn("住户下午两点后在家", text)
        self.assertIn("厨房水管漏水,已关总阀", text)

        # --- units ---
        cli.run("unit", "create", "--site", "hx", "--building", "3",
                "--entrance", "2", "--room", "501")
        units = cli.json("unit", "list", "--site", "hx", "-o", "json")["units"]
        self.assertEqual([u["name"] for u in units], ["sites/hx/units/3-2-501"])
        self.assertIn("3-2-501", cli.run("unit", "list", "--site", "hx").stdout)
        complaint = cli.run(
            "ticket", "create", "--site", "hx", "--kind", "complaint",
            "--complaint-class", "service", "--channel", "walk-in",
            "--reporter-name", "赵敏", "--reporter-phone", "13912345678",
            "--unit", "3-2-501", "--subject", "保安态度差")
        complaint_number = NUMBER.search(complaint.stdout).group(1)
        c = cli.json("ticket", "get", complaint_number, "-o", "json")
        self.assertEqual(c["reporter"]["unit"], "sites/hx/units/3-2-501")
        self.assertEqual(c["complaintClass"], "SERVICE")
        self.assertEqual(c["channel"], "WALK_IN")

        # --- staff ---
        cli.run("staff", "create", "li.na", "--display-name", "李娜",
                "--roles", "receptionist,supervisor", "--sites", "hx")
        staff = cli.json("staff", "list", "--role", "maintenance", "-o", "json")
        self.assertEqual([s["name"] for s in staff["staffMembers"]], ["staff/wang.li"])
        self.assertEqual(staff["staffMembers"][0]["displayName"], "王力")
        at_hx = cli.json("staff", "list", "--site", "hx", "--role", "maintenance",
                         "-o", "json")
        self.assertEqual([s["name"] for s in at_hx["staffMembers"]], ["staff/wang.li"])
        self.assertIn("王力", cli.run("staff", "list", "--role", "maintenance").stdout)
        li = cli.json("staff", "get", "li.na", "-o", "json")
        self.assertEqual(sorted(li["roles"]), ["RECEPTIONIST", "SUPERVISOR"])
        self.assertEqual(li["sites"], ["sites/hx"])

        # --- departments and vendors (the README's lines) ---
        cli.run("department", "create", "eng", "--site", "hx", "--display-name",
                "工程部", "--kind", "maintenance", "--head", "wang.li")
        eng = cli.json("department", "get", "--site", "hx", "eng", "-o", "json")
        self.assertEqual(eng["name"], "sites/hx/departments/eng")
        self.assertEqual(eng["displayName"], "工程部")
        self.assertEqual(eng["kind"], "MAINTENANCE")
        self.assertEqual(eng["head"], "staff/wang.li")
        self.assertNotIn("phone", eng)
        self.assertEqual(cli.json("department", "get", "sites/hx/departments/eng",
                                  "-o", "json"), eng)
        shown = cli.run("department", "get", "--site", "hx", "eng").stdout
        self.assertIn("工程部", shown)
        self.assertIn("maintenance", shown)
        table = cli.run("department", "list", "--site", "hx").stdout
        self.assertIn("eng", table)
        self.assertIn("wang.li", table)
        cli.run("department", "update", "--site", "hx", "eng", "--phone",
                "0755-88881234")
        eng2 = cli.json("department", "get", "--site", "hx", "eng", "-o", "json")
        self.assertEqual(eng2["phone"], "0755-88881234")
        self.assertEqual(eng2["displayName"], "工程部")
        self.assertNotEqual(eng2["etag"], eng["etag"])
        stale = cli.run("department", "update", "--site", "hx", "eng",
                        "--display-name", "设备管理部", "--etag", eng["etag"],
                        expect=1)
        self.assertIn("ABORTED", stale.stderr)
        renamed = cli.json("department", "update", "--site", "hx", "eng",
                           "--display-name", "设备管理部", "--etag", eng2["etag"],
                           "-o", "json")
        self.assertEqual(renamed["displayName"], "设备管理部")
        listed = cli.json("department", "list", "--site", "hx", "-o", "json")
        self.assertEqual(listed["departments"], [renamed])
        unknown_head = cli.run("department", "create", "sec", "--site", "hx",
                               "--display-name", "保安部", "--kind", "security",
                               "--head", "nobody", expect=1)
        self.assertIn("NOT_FOUND", unknown_head.stderr)
        self.assertIn("department.head", unknown_head.stderr)
        # Usage errors: a short id without its site, nothing to update, a
        # kind that does not exist.
        cli.run("department", "get", "eng", expect=2)
        cli.run("department", "update", "--site", "hx", "eng", expect=2)
        cli.run("department", "create", "sec", "--site", "hx", "--display-name",
                "保安部", "--kind", "guards", "--head", "wang.li", expect=2)

        cli.run("vendor", "create", "otis", "--display-name", "奥的斯电梯",
                "--trade", "elevator", "--contact-name", "张工",
                "--phone", "13900001111", "--response-deadline", "4h",
                "--sites", "hx")
        otis = cli.json("vendor", "get", "otis", "-o", "json")
        self.assertEqual(otis["name"], "vendors/otis")
        self.assertEqual(otis["trade"], "ELEVATOR")
        self.assertEqual(otis["contactName"], "张工")
        self.assertEqual(otis["responseDeadline"], "14400s")
        self.assertEqual(otis["sites"], ["sites/hx"])
        shown = cli.run("vendor", "get", "otis").stdout
        self.assertIn("4h", shown)
        self.assertIn("奥的斯电梯", shown)
        cli.run("vendor", "create", "dev.team", "--display-name", "开发企业项目部",
                "--trade", "developer-project-team", "--contact-name", "李经理",
                "--phone", "0755-12345678", "--response-deadline", "2d")
        lifts = cli.json("vendor", "list", "--site", "hx", "--trade", "elevator",
                         "-o", "json")
        self.assertEqual([v["name"] for v in lifts["vendors"]], ["vendors/otis"])
        at_hx = cli.json("vendor", "list", "--site", "hx", "-o", "json")
        self.assertEqual([v["name"] for v in at_hx["vendors"]],
                         ["vendors/dev.team", "vendors/otis"])
        table = cli.run("vendor", "list").stdout
        self.assertIn("2d", table)
        self.assertIn("developer-project-team", table)
        slow = cli.run("vendor", "create", "slow", "--display-name", "慢",
                       "--trade", "door", "--contact-name", "王工",
                       "--phone", "13900002222", "--response-deadline", "31d",
                       expect=1)
        self.assertIn("INVALID_ARGUMENT", slow.stderr)
        self.assertIn("vendor.response_deadline", slow.stderr)
        cli.run("vendor", "create", "slow", "--display-name", "慢",
                "--trade", "door", "--contact-name", "王工",
                "--phone", "13900002222", "--response-deadline", "4 hours",
                expect=2)
        cli.run("vendor", "update", "otis", "--response-deadline", "2h",
                "--all-sites")
        otis2 = cli.json("vendor", "get", "otis", "-o", "json")
        self.assertEqual(otis2["responseDeadline"], "7200s")
        self.assertNotIn("sites", otis2)
        self.assertEqual(otis2["contactName"], "张工")
        self.assertIn("all", cli.run("vendor", "get", "otis").stdout)
        moved = cli.json("vendor", "update", "otis", "--sites", "hx",
                         "--etag", otis2["etag"], "-o", "json")
        self.assertEqual(moved["sites"], ["sites/hx"])
        cli.run("vendor", "update", "otis", "--sites", "hx", "--all-sites",
                expect=2)
        self.assertEqual(
            len(cli.json("vendor", "list", "-o", "json")["vendors"]), 2)

        # --- tokens ---
        issued = cli.run("token", "create", "--staff", "wang.li")
        lines = [l for l in issued.stdout.splitlines() if l.strip()]
        self.assertEqual(len(lines), 1, issued.stdout)
        secret = lines[0].strip()
        self.assertNotEqual(secret, server.token)
        by_wang = cli.run(
            "--token", secret, "ticket", "create", "--site", "hx",
            "--kind", "inquiry", "--channel", "phone", "--reporter-name", "王芳",
            "--reporter-phone", "13800138000", "--subject", "物业费怎么交", "-o", "json")
        self.assertEqual(json.loads(by_wang.stdout)["createdBy"], "staff/wang.li")
        # FRONTDESK_TOKEN works too, and wins over the token file.
        by_env = cli.json("ticket", "list", "--site", "hx", "-o", "json",
                          env={"FRONTDESK_TOKEN": secret})
        self.assertEqual(len(by_env["tickets"]), 3)

        # --- listing filters of the README ---
        repairs = cli.json("ticket", "list", "--site", "hx", "--status", "new",
                           "--kind", "repair", "--since",
                           "2000-01-01T00:00:00+08:00", "-o", "json")
        self.assertEqual([t["number"] for t in repairs["tickets"]], [number])
        none = cli.json("ticket", "list", "--site", "hx", "--since",
                        "2999-01-01T00:00:00+08:00", "-o", "json")
        self.assertEqual(none.get("tickets", []), [])
        by_phone = cli.json("ticket", "list", "--filter",
                            'reporter_phone = "13800138000"', "--all", "-o", "json")
        self.assertEqual(sorted(t["subject"] for t in by_phone["tickets"]),
                         sorted(["厨房水管漏水,已关总阀", "物业费怎么交"]))

        # --- errors ---
        bad_phone = cli.run(
            "ticket", "create", "--site", "hx", "--kind", "repair",
            "--channel", "phone", "--reporter-name", "王芳",
            "--reporter-phone", "1380013800x", "--subject", "厨房水管漏水",
            expect=None)
        self.assertNotEqual(bad_phone.returncode, 0)
        self.assertEqual(bad_phone.returncode, 1)
        self.assertIn("INVALID_ARGUMENT", bad_phone.stderr)
        self.assertIn("ticket.reporter.phone", bad_phone.stderr)
        self.assertEqual(bad_phone.stdout, "")

        unknown_site = cli.run(
            "ticket", "create", "--site", "nosuch", "--kind", "repair",
            "--channel", "phone", "--reporter-name", "王芳",
            "--reporter-phone", "13800138000", "--subject", "厨房水管漏水",
            expect=1)
        self.assertIn("NOT_FOUND", unknown_site.stderr)
        unknown_unit = cli.run(
            "ticket", "create", "--site", "hx", "--kind", "repair",
            "--channel", "phone", "--reporter-name", "王芳",
            "--reporter-phone", "13800138000", "--unit", "9-9-999",
            "--subject", "厨房水管漏水", expect=1)
        self.assertIn("NOT_FOUND", unknown_unit.stderr)
        missing = cli.run("ticket", "get", "HX-20000101-0001", expect=1)
        self.assertIn("NOT_FOUND", missing.stderr)

        wrong_token = cli.run("ticket", "list", "--site", "hx",
                              env={"FRONTDESK_TOKEN": "fd_wrong"}, expect=1)
        self.assertIn("UNAUTHENTICATED", wrong_token.stderr)
        wrong_flag = cli.run("--token", "fd_wrong", "site", "list", expect=1)
        self.assertIn("UNAUTHENTICATED", wrong_flag.stderr)
        # No token at all: refused before any call (usage error).
        no_token = cli.run(
            "ticket", "list", "--site", "hx",
            env={"FRONTDESK_TOKEN_FILE": os.path.join(cli.home, "absent")},
            expect=2)
        self.assertIn("token", no_token.stderr)

        # Nothing was written by the failures.
        final = cli.json("ticket", "list", "--site", "hx", "-o", "json")
        self.assertEqual(len(final["tickets"]), 3)

    def test_unreachable_server_fails_within_timeout(self):
        server_address = "127.0.0.1:%d" % harness.free_port()  # nobody listens
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        env.update(FRONTDESK_SERVER=server_address, FRONTDESK_TOKEN="fd_x")
        r = subprocess.run([cli_path(), "--timeout", "2", "site", "list"], env=env,
                           capture_output=True, text=True, timeout=CLI_TIMEOUT)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertRegex(r.stderr, "UNAVAILABLE|DEADLINE_EXCEEDED")


class CliWorkflowTest(unittest.TestCase):
    """The workflow verbs of the README, from dispatch to the callback."""

    def test_workflow(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), \
                    harness.Server(db_url=url,
                                   name="frontdeskd-cli-wf-" + backend) as server:
                cli = Cli(self, server)
                cli.run("site", "create", "hx", "--display-name", "华馨苑",
                        "--time-zone", "Asia/Shanghai")
                cli.run("staff", "create", "wang.li", "--display-name", "王力",
                        "--roles", "maintenance", "--sites", "hx")
                self.repair_until_satisfied(cli)
                self.unfounded_complaint(cli)
                self.errors(cli)
                self.other_verbs(cli)
                self.complaint_plan(cli)
                self.coordination_notice(cli)
                self.overdue(cli)

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

    def repair_until_satisfied(self, cli):
        number = self.create(cli)
        promised, promised_utc = local_time(datetime.timedelta(hours=2))

        shown = cli.run("ticket", "dispatch", number, "--route", "own-maintenance",
                        "--assignee", "wang.li", "--promised", promised).stdout
        self.assertIn("dispatched", shown)
        self.assertIn("own-maintenance", shown)
        self.assertIn("staff/wang.li", shown)
        self.assertIn("first response due", shown)
        self.assertIn("resolution due", shown)
        ticket = cli.json("ticket", "get", number, "-o", "json")
        self.assertEqual(ticket["status"], "DISPATCHED")
        self.assertEqual(ticket["route"], "REPAIR_ROUTE_OWN_MAINTENANCE")
        self.assertEqual(ticket["assignee"], "staff/wang.li")
        self.assertIn("resolutionDueTime", ticket["deadlines"])
        orders = cli.json("ticket", "work-orders", number, "-o", "json")["workOrders"]
        self.assertEqual(len(orders), 1)
        self.assertEqual(orders[0]["state"], "OPEN")
        self.assertEqual(orders[0]["assignee"], "staff/wang.li")
        # "2026-11-23 16:00" was read in the CLI's time zone.
        self.assertEqual(orders[0]["promisedTime"], promised_utc)

        arrived = cli.run("ticket", "arrive", number).stdout
        self.assertIn("arrived", arrived)
        self.assertIn(orders[0]["name"], arrived)
        self.assertEqual(self.status(cli, number), "IN_PROGRESS")
        done = cli.json("ticket", "complete", number, "--work-done", "更换阀门",
                        "--labour-hours", "1.5", "--material", "阀门:1:个",
                        "--accepted", "-o", "json")
        self.assertEqual(done["name"], orders[0]["name"])
        self.assertEqual(done["state"], "COMPLETED")
        self.assertEqual(done["workDone"], "更换阀门")
        self.assertEqual(done["labourHours"], 1.5)
        self.assertEqual(done["materials"],
                         [{"name": "阀门", "quantity": 1, "unit": "个"}])
        self.assertTrue(done["acceptedByReporter"])

        resolved = cli.run("ticket", "resolve", number, "--summary", "更换阀门").stdout
        self.assertIn("resolved", resolved)
        self.assertIn("callback due", resolved)
        self.assertIn("更换阀门", resolved)
        due = cli.run("ticket", "callbacks-due", "--site", "hx").stdout
        self.assertIn("OVERDUE BY", due.splitlines()[0])
        self.assertIn(number, due)
        due_json = cli.json("ticket", "callbacks-due", "--site", "hx",
                            "--window", "25h", "-o", "json")
        self.assertEqual([t["number"] for t in due_json["tickets"]], [number])

        called = cli.run("ticket", "callback", number, "--result", "unsatisfied",
                         "--rating", "2", "--comment", "仍漏水").stdout
        self.assertIn("unsatisfied", called)
        self.assertIn("2/5", called)
        self.assertIn("rework order", called)
        self.assertEqual(self.status(cli, number), "REOPENED")
        table = cli.run("ticket", "work-orders", number).stdout.splitlines()
        self.assertEqual(table[0].split(),
                         ["NAME", "STATE", "ASSIGNEE", "PROMISED", "OVERDUE", "REWORK"])
        self.assertEqual(len(table), 3, table)
        self.assertRegex(table[2], r"/workOrders/\d+\s+open\s+wang\.li\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+yes$")
        orders = cli.json("ticket", "work-orders", number, "-o", "json")["workOrders"]
        self.assertEqual([(o["state"], o.get("rework", False)) for o in orders],
                         [("COMPLETED", False), ("OPEN", True)])

        rework = cli.json("ticket", "complete", number, "--work-done",
                          "重新更换阀门并试压", "--accepted", "-o", "json")
        self.assertEqual(rework["name"], orders[1]["name"])
        self.assertTrue(rework["rework"])
        cli.run("ticket", "resolve", number, "--summary", "重新更换阀门")
        satisfied = cli.json("ticket", "callback", number, "--result", "satisfied",
                             "--rating", "5", "-o", "json")
        self.assertEqual(satisfied["result"], "SATISFIED")
        self.assertEqual(satisfied["rating"], 5)
        closed = cli.run("ticket", "get", number).stdout
        self.assertRegex(closed, r"status:\s+closed")
        self.assertEqual(self.status(cli, number), "CLOSED")

        events = cli.json("ticket", "history", number, "-o", "json")["events"]
        self.assertEqual([e["type"] for e in events], [
            "CREATED", "DISPATCHED", "ARRIVAL_CONFIRMED", "WORK_COMPLETED",
            "RESOLVED", "CALLBACK_RECORDED", "WORK_COMPLETED", "RESOLVED",
            "CALLBACK_RECORDED"])
        history = cli.run("ticket", "history", number).stdout
        for word in ("dispatched", "arrival-confirmed", "work-completed",
                     "callback-recorded", "仍漏水", "重新更换阀门"):
            self.assertIn(word, history)

    def unfounded_complaint(self, cli):
        number = self.create(cli, "--complaint-class", "service",
                             kind="complaint", subject="保安态度差")
        finding = "经核实,当班保安按规定查验出入证件,态度并无不当"
        shown = cli.run("ticket", "unfounded", number, "--finding", finding).stdout
        self.assertIn("unfounded", shown)
        ticket = cli.json("ticket", "get", number, "-o", "json")
        self.assertEqual(ticket["status"], "UNFOUNDED")
        self.assertEqual(ticket["resolution"], finding)
        refused = cli.run("ticket", "resolve", number, "--summary", "已处理",
                          expect=None)
        self.assertNotEqual(refused.returncode, 0)
        self.assertEqual(refused.returncode, 1)
        self.assertIn("FAILED_PRECONDITION", refused.stderr)
        self.assertIn("TICKET_ENDED", refused.stderr)

    def errors(self, cli):
        number = self.create(cli, subject="客厅灯不亮")
        not_due = cli.run("ticket", "callback", number, "--result", "satisfied",
                          "--rating", "5", expect=1)
        self.assertIn("CALLBACK_NOT_DUE", not_due.stderr)
        bad_rating = cli.run("ticket", "callback", number, "--result", "satisfied",
                             "--rating", "7", expect=1)
        self.assertIn("INVALID_ARGUMENT", bad_rating.stderr)
        self.assertIn("rating", bad_rating.stderr)
        past, _ = local_time(datetime.timedelta(hours=-2))
        late = cli.run("ticket", "dispatch", number, "--route", "own-maintenance",
                       "--assignee", "wang.li", "--promised", past, expect=1)
        self.assertIn("INVALID_ARGUMENT", late.stderr)
        self.assertIn("promised_time", late.stderr)
        for assignee in ("nobody", "dept:nosuch", "vendor:nosuch"):
            with self.subTest(assignee=assignee):
                unknown = cli.run("ticket", "dispatch", number, "--route",
                                  "own-maintenance", "--assignee", assignee,
                                  expect=1)
                self.assertIn("NOT_FOUND", unknown.stderr)
        no_order = cli.run("ticket", "arrive", number, expect=1)
        self.assertIn("no open work order", no_order.stderr)
        # Usage errors: nothing is sent.
        cli.run("ticket", "dispatch", number, "--route", "plumber",
                "--assignee", "wang.li", expect=2)
        cli.run("ticket", "dispatch", number, "--route", "own-maintenance",
                "--assignee", "wang.li", "--promised", "tomorrow 4pm", expect=2)
        cli.run("ticket", "callback", number, "--result", "happy", expect=2)
        cli.run("ticket", "complete", number, "--work-done", "x",
                "--material", "阀门", expect=2)
        cli.run("ticket", "work-orders", expect=2)
        cli.run("ticket", "callbacks-due", "--site", "hx", "--window", "1 day",
                expect=2)
        self.assertEqual(self.status(cli, number), "NEW")

    def other_verbs(self, cli):
        cli.run("department", "create", "maintenance", "--site", "hx",
                "--display-name", "工程部", "--kind", "maintenance",
                "--head", "wang.li")
        cli.run("vendor", "create", "otis", "--display-name", "奥的斯电梯",
                "--trade", "elevator", "--contact-name", "张工",
                "--phone", "13900001111", "--response-deadline", "4h",
                "--sites", "hx")
        number = self.create(cli, subject="卫生间吊顶渗水")
        ticket = cli.json("ticket", "dispatch", number, "--route",
                          "own-maintenance", "--assignee", "dept:maintenance",
                          "--instructions", "带梯子", "--request-id", "wf-1",
                          "-o", "json")
        self.assertEqual(ticket["assignee"], "sites/hx/departments/maintenance")
        again = cli.json("ticket", "dispatch", number, "--route",
                         "own-maintenance", "--assignee", "dept:maintenance",
                         "--instructions", "带梯子", "--request-id", "wf-1",
                         "-o", "json")
        self.assertEqual(again, ticket)  # the retry changed nothing more
        self.assertEqual(len(cli.json("ticket", "work-orders", number,
                                      "-o", "json")["workOrders"]), 1)
        pended = cli.run("ticket", "pend", number, "--reason", "等业主回家").stdout
        self.assertRegex(pended, r"paused:\s+yes")
        self.assertEqual(self.status(cli, number), "PENDING")
        cli.run("ticket", "resume", number)
        self.assertEqual(self.status(cli, number), "DISPATCHED")
        at, at_utc = local_time(datetime.timedelta(days=2))
        promised = cli.json("ticket", "promise", number, "--at", at,
                            "--reason", "等配件", "-o", "json")
        self.assertEqual(promised["deadlines"]["promisedTime"], at_utc)
        self.assertIn(at, cli.run("ticket", "get", number).stdout)

        lift = self.create(cli, subject="3栋电梯停运")
        by_vendor = cli.json("ticket", "dispatch", lift, "--route",
                             "external-vendor", "--assignee", "vendor:otis",
                             "-o", "json")
        self.assertEqual(by_vendor["assignee"], "vendors/otis")
        site_orders = cli.run("ticket", "work-orders", "--site", "hx").stdout
        self.assertIn("vendor:otis", site_orders)
        self.assertIn("dept:maintenance", site_orders)
        cli.run("ticket", "work-orders", "--site", "hx", "--overdue")

        twin = self.create(cli, subject="3栋电梯停运")
        dup = cli.json("ticket", "duplicate", twin, "--of", lift, "-o", "json")
        self.assertEqual(dup["status"], "DUPLICATE")
        self.assertTrue(dup["duplicateOf"].startswith("sites/hx/tickets/"))
        cancelled = cli.json("ticket", "cancel", lift, "--reason", "业主撤回",
                             "-o", "json")
        self.assertEqual(cancelled["status"], "CANCELLED")
        reopen = cli.run("ticket", "reopen", lift, "--reason", "又坏了", expect=1)
        self.assertIn("TICKET_ENDED", reopen.stderr)

    def complaint_plan(self, cli):
        """A complaint: the department at fault agrees a plan within 1 day."""
        cli.run("department", "create", "security", "--site", "hx",
                "--display-name", "保安部", "--kind", "security",
                "--head", "wang.li")
        number = self.create(cli, "--complaint-class", "service",
                             kind="complaint", subject="保安夜间脱岗")
        ticket = cli.json("ticket", "get", number, "-o", "json")
        created = datetime.datetime.fromisoformat(
            ticket["createTime"].replace("Z", "+00:00"))
        plan_due = datetime.datetime.fromisoformat(
            ticket["deadlines"]["planDueTime"].replace("Z", "+00:00"))
        self.assertEqual(plan_due - created, datetime.timedelta(days=1))
        self.assertIn("plan due", cli.run("ticket", "get", number).stdout)

        finish, finish_utc = local_time(datetime.timedelta(days=2))
        shown = cli.run("ticket", "plan", number, "--department", "security",
                        "--plan", "当班保安停岗培训,主管上门致歉",
                        "--finish", finish).stdout
        self.assertRegex(shown, r"plan:\s+当班保安停岗培训,主管上门致歉")
        self.assertIn("dept:security (staff/wang.li)", shown)
        self.assertRegex(shown, r"promised:\s+%s" % re.escape(finish))
        ticket = cli.json("ticket", "get", number, "-o", "json")
        self.assertEqual(ticket["plan"]["department"], "sites/hx/departments/security")
        self.assertEqual(ticket["plan"]["agreedBy"], "staff/wang.li")
        self.assertEqual(ticket["plan"]["finishTime"], finish_utc)
        self.assertEqual(ticket["deadlines"]["promisedTime"], finish_utc)
        self.assertIn("planMetTime", ticket["deadlines"])
        self.assertNotIn("planBreached", ticket["deadlines"])
        events = cli.json("ticket", "history", number, "-o", "json")["events"]
        self.assertEqual(events[-1]["type"], "PLAN_AGREED")
        self.assertEqual(events[-1]["ticketNumber"], number)
        self.assertIn("plan-agreed", cli.run("ticket", "history", number).stdout)

        repair = self.create(cli, subject="楼道灯不亮")
        refused = cli.run("ticket", "plan", repair, "--department", "security",
                          "--plan", "x", expect=1)
        self.assertIn("FAILED_PRECONDITION (PLAN_ONLY_FOR_COMPLAINTS)",
                      refused.stderr)
        bad = cli.run("ticket", "plan", number, "--department", "security",
                      "--plan", "x" * 1001, expect=1)
        self.assertIn("INVALID_ARGUMENT", bad.stderr)
        self.assertIn("plan:", bad.stderr)
        cli.run("ticket", "plan", number, "--plan", "x", expect=2)  # no department
        cli.run("ticket", "plan", number, "--department", "security", "--plan",
                "x", "--finish", "next week", expect=2)

    def coordination_notice(self, cli):
        """A repair on the coordination route: promised 3 days, and the
        resident is told the same day."""
        zone = zoneinfo.ZoneInfo("Asia/Shanghai")  # the site's zone

        def end_of_day():
            day = datetime.datetime.now(zone).date() + datetime.timedelta(days=1)
            midnight = datetime.datetime.combine(day, datetime.time(), zone)
            return midnight.astimezone(datetime.timezone.utc).strftime(
                "%Y-%m-%dT%H:%M:%SZ")

        number = self.create(cli, subject="楼上渗水需三方协调")
        before = end_of_day()
        shown = cli.run("ticket", "dispatch", number, "--route", "coordination",
                        "--assignee", "dept:maintenance", "--parties",
                        "工程部,601 业主,开发商项目部").stdout
        after = end_of_day()
        self.assertIn("resident notice due", shown)
        ticket = cli.json("ticket", "get", number, "-o", "json")
        self.assertIn(ticket["deadlines"]["residentNoticeDueTime"], {before, after})
        created = datetime.datetime.fromisoformat(
            ticket["createTime"].replace("Z", "+00:00"))
        promised = datetime.datetime.fromisoformat(
            ticket["deadlines"]["promisedTime"].replace("Z", "+00:00"))
        self.assertEqual(promised - created, datetime.timedelta(days=3))
        soon, _ = local_time(datetime.timedelta(hours=5))
        short = cli.run("ticket", "promise", number, "--at", soon, "--reason",
                        "明天修好", expect=1)
        self.assertIn("FAILED_PRECONDITION (COORDINATION_PROMISE_TOO_SHORT)",
                      short.stderr)

        told = cli.run("ticket", "notify", number, "--note",
                       "已电话告知需三方协调,预计三天内处理",
                       "--channel", "phone").stdout
        self.assertIn("resident told", told)
        ticket = cli.json("ticket", "get", number, "-o", "json")
        self.assertIn("residentNoticeMetTime", ticket["deadlines"])
        self.assertNotIn("residentNoticeBreached", ticket["deadlines"])
        events = cli.json("ticket", "history", number, "-o", "json")["events"]
        self.assertEqual([e["type"] for e in events],
                         ["CREATED", "DISPATCHED", "RESIDENT_NOTIFIED"])
        self.assertEqual(events[-1]["note"],
                         "PHONE: 已电话告知需三方协调,预计三天内处理")
        history = cli.run("ticket", "history", number).stdout
        self.assertIn("resident-notified", history)
        self.assertIn("resident_notice_due_time", history)
        cli.run("ticket", "notify", number, "--note", "x", "--channel", "pigeon",
                expect=2)
        cli.run("ticket", "notify", number, expect=2)  # no --note

    def overdue(self, cli):
        out = cli.run("ticket", "overdue", "--site", "hx").stdout
        self.assertEqual(out.splitlines()[0].split(),
                         ["NUMBER", "STATUS", "KIND", "ASSIGNEE", "DUE",
                          "OVERDUE", "BY"])
        everywhere = cli.run("ticket", "overdue").stdout
        self.assertTrue(everywhere.startswith("NUMBER"), everywhere)
        cli.json("ticket", "overdue", "--site", "hx", "-o", "json")


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


class CliLinksEscalationsPoliciesTest(unittest.TestCase):
    """ticket link / resolve --with-children / escalate / escalations /
    watch, and sla-policy list / set."""

    def test_links_escalations_policies_and_watch(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), \
                    harness.Server(db_url=url,
                                   name="frontdeskd-cli-x-" + backend) as server:
                cli = Cli(self, server)
                cli.run("site", "create", "hx", "--display-name", "华馨苑",
                        "--time-zone", "Asia/Shanghai")
                cli.run("staff", "create", "wang.li", "--display-name", "王力",
                        "--roles", "maintenance", "--sites", "hx")
                self.links(cli)
                self.escalations(cli)
                self.policies(cli)
                self.watch(cli, server)

    def create(self, cli, subject, *extra, kind="repair"):
        return CliWorkflowTest.create(self, cli, *extra, subject=subject,
                                      kind=kind)

    def links(self, cli):
        parent = self.create(cli, "3栋电梯停运")
        children = [self.create(cli, "电梯不动了") for _ in range(2)]
        parent_name = cli.json("ticket", "get", parent, "-o", "json")["name"]
        shown = cli.run("ticket", "link", children[0], "--parent", parent).stdout
        self.assertRegex(shown, r"parent:\s+%s\n" % re.escape(parent_name))
        linked = cli.json("ticket", "link", children[1], "--parent", parent_name,
                          "-o", "json")
        self.assertEqual(linked["parent"], parent_name)
        unlinked = cli.json("ticket", "link", children[1], "--unlink", "-o", "json")
        self.assertNotIn("parent", unlinked)
        cli.run("ticket", "link", children[1], "--parent", parent)
        cycle = cli.run("ticket", "link", parent, "--parent", children[0], expect=1)
        self.assertIn("INVALID_ARGUMENT (LINK_CYCLE)", cycle.stderr)
        self.assertIn("parent:", cycle.stderr)
        cli.run("ticket", "link", children[0], expect=2)  # neither option
        cli.run("ticket", "link", children[0], "--parent", parent, "--unlink",
                expect=2)

        cli.run("ticket", "dispatch", parent, "--route", "own-maintenance",
                "--assignee", "wang.li")
        cli.run("ticket", "arrive", parent)
        cli.run("ticket", "complete", parent, "--work-done", "更换曳引机制动器",
                "--accepted")
        resolved = cli.json("ticket", "resolve", parent, "--summary", "电梯已修复",
                            "--with-children", "-o", "json")
        self.assertEqual(resolved["status"], "RESOLVED")
        for child in children:
            ticket = cli.json("ticket", "get", child, "-o", "json")
            self.assertEqual(ticket["status"], "RESOLVED")
            self.assertIn("callbackDueTime", ticket["deadlines"])
            self.assertIn(parent, ticket["resolution"])
        due = cli.json("ticket", "callbacks-due", "--site", "hx", "--window", "25h",
                       "-o", "json")
        self.assertLessEqual({parent, *children},
                             {t["number"] for t in due["tickets"]})
        # Without the flag, a linked child stays as it was.
        other = self.create(cli, "2栋门禁坏了", kind="help")
        lone = self.create(cli, "门禁刷不开", kind="help")
        cli.run("ticket", "link", lone, "--parent", other)
        cli.run("ticket", "resolve", other, "--summary", "已重启门禁")
        self.assertEqual(CliWorkflowTest.status(self, cli, lone), "NEW")

    def escalations(self, cli):
        number = self.create(cli, "楼上漏水三天无人处理")
        shown = cli.run("ticket", "escalate", number, "--reason", "业主情绪激动").stdout
        self.assertRegex(shown, r"level:\s+supervisor")
        self.assertIn(number, shown)
        self.assertIn("业主情绪激动", shown)
        up = cli.json("ticket", "escalate", number, "--reason", "主管未能协调",
                      "--level", "manager", "-o", "json")
        self.assertEqual(up["level"], "ESCALATION_LEVEL_MANAGER")
        self.assertEqual(up["ticketNumber"], number)
        top = cli.run("ticket", "escalate", number, "--reason", "再次投诉", expect=1)
        self.assertIn("FAILED_PRECONDITION (ESCALATION_AT_TOP)", top.stderr)
        cli.run("ticket", "escalate", number, "--reason", "x", "--level", "boss",
                expect=2)
        self.assertEqual(cli.json("ticket", "get", number, "-o", "json")
                         ["escalationLevel"], "ESCALATION_LEVEL_MANAGER")
        self.assertRegex(cli.run("ticket", "get", number).stdout,
                         r"escalated to:\s+manager")

        table = cli.run("ticket", "escalations", "--site", "hx").stdout.splitlines()
        self.assertEqual(table[0].split(), ["TIME", "TICKET", "LEVEL", "AUTOMATIC",
                                            "ACTOR", "REASON"])
        self.assertEqual(len(table), 3, table)
        self.assertRegex(table[1], r"%s\s+manager\s+admin\s+主管未能协调$" % number)
        self.assertRegex(table[2], r"%s\s+supervisor\s+admin\s+业主情绪激动$" % number)
        managers = cli.json("ticket", "escalations", "--site", "hx", "--level",
                            "manager", "-o", "json")["escalations"]
        self.assertEqual([(e["ticketNumber"], e["level"]) for e in managers],
                         [(number, "ESCALATION_LEVEL_MANAGER")])
        everywhere = cli.json("ticket", "escalations", "-o", "json")["escalations"]
        self.assertEqual(len(everywhere), 2)
        later, _ = local_time(datetime.timedelta(hours=1))
        self.assertEqual(cli.json("ticket", "escalations", "--site", "hx", "--since",
                                  later, "-o", "json"), {})
        earlier, _ = local_time(datetime.timedelta(hours=-1))
        self.assertEqual(len(cli.json("ticket", "escalations", "--site", "hx",
                                      "--since", earlier, "-o", "json")
                             ["escalations"]), 2)
        cli.run("ticket", "escalations", "--since", "yesterday", expect=2)

    def policies(self, cli):
        table = cli.run("sla-policy", "list", "--site", "hx").stdout.splitlines()
        self.assertEqual(table[0], "KIND             PRIORITY   RESPOND  RESOLVE  "
                                   "CALLBACK  PLAN  COORDINATION  "
                                   "SUPERVISOR AFTER  MANAGER AFTER  DEFAULT")
        self.assertEqual(len(table), 1 + 7 * 3)
        rows = {tuple(line.split()[:2]): line.split()[2:] for line in table[1:]}
        self.assertEqual(rows[("complaint", "normal")],
                         ["1d", "3d", "1d", "1d", "3d", "0s", "1d", "yes"])
        self.assertEqual(rows[("complaint", "emergency")][3], "4h")
        self.assertEqual(rows[("repair", "normal")][3:5], ["-", "3d"])
        listed = cli.json("sla-policy", "list", "--site", "hx", "-o", "json")
        self.assertEqual(len(listed["policies"]), 21)

        shown = cli.run("sla-policy", "set", "--site", "hx", "--kind", "complaint",
                        "--priority", "normal", "--resolve", "7d").stdout
        self.assertRegex(shown, r"resolve within:\s+7d")
        self.assertRegex(shown, r"respond within:\s+1d")
        self.assertRegex(shown, r"default:\s+no")
        policy = cli.json("sla-policy", "set", "--site", "hx", "--kind",
                          "special-service", "--priority", "urgent",
                          "--respond", "30m", "--supervisor-after", "1h",
                          "--manager-after", "4h", "-o", "json")
        self.assertEqual(policy["name"], "sites/hx/slaPolicies/special_service.urgent")
        self.assertEqual((policy["firstResponse"], policy["escalateSupervisorAfter"],
                          policy["escalateManagerAfter"]), ("1800s", "3600s", "14400s"))
        self.assertNotIn("isDefault", policy)
        again = cli.json("sla-policy", "set", "--site", "hx", "--kind",
                         "special-service", "--priority", "urgent", "--callback", "2d",
                         "--etag", policy["etag"], "-o", "json")
        self.assertEqual(again["callback"], "172800s")
        self.assertEqual(again["firstResponse"], "1800s")
        stale = cli.run("sla-policy", "set", "--site", "hx", "--kind",
                        "special-service", "--priority", "urgent", "--callback", "3d",
                        "--etag", policy["etag"], expect=1)
        self.assertIn("ABORTED (ETAG_MISMATCH)", stale.stderr)
        bad = cli.run("sla-policy", "set", "--site", "hx", "--kind", "complaint",
                      "--priority", "normal", "--resolve", "31d", expect=1)
        self.assertIn("INVALID_ARGUMENT", bad.stderr)
        self.assertIn("policy.resolution", bad.stderr)
        cli.run("sla-policy", "set", "--site", "hx", "--kind", "complaint",
                "--priority", "normal", expect=2)  # nothing to change
        cli.run("sla-policy", "set", "--site", "hx", "--kind", "complaint",
                "--priority", "normal", "--resolve", "1.5d", expect=2)
        cli.run("sla-policy", "set", "--site", "hx", "--kind", "gossip",
                "--priority", "normal", "--resolve", "1d", expect=2)

        table = cli.run("sla-policy", "list", "--site", "hx").stdout.splitlines()
        rows = {tuple(line.split()[:2]): line.split()[2:] for line in table[1:]}
        self.assertEqual(rows[("complaint", "normal")],
                         ["1d", "7d", "1d", "1d", "3d", "0s", "1d"])
        plan = cli.json("sla-policy", "set", "--site", "hx", "--kind", "complaint",
                        "--priority", "normal", "--plan", "12h",
                        "--coordination", "4d", "-o", "json")
        self.assertEqual((plan["plan"], plan["coordination"]),
                         ("43200s", "345600s"))
        no_plan = cli.run("sla-policy", "set", "--site", "hx", "--kind", "repair",
                          "--priority", "normal", "--plan", "1d", expect=1)
        self.assertIn("policy.plan", no_plan.stderr)
        short = cli.run("sla-policy", "set", "--site", "hx", "--kind", "repair",
                        "--priority", "normal", "--coordination", "1d", expect=1)
        self.assertIn("policy.coordination", short.stderr)
        self.assertEqual(rows[("special-service", "urgent")][0], "30m")
        complaint = self.create(cli, "保安态度差", "--complaint-class", "service",
                                kind="complaint")
        ticket = cli.json("ticket", "get", complaint, "-o", "json")
        created = datetime.datetime.fromisoformat(
            ticket["createTime"].replace("Z", "+00:00"))
        due = datetime.datetime.fromisoformat(
            ticket["deadlines"]["resolutionDueTime"].replace("Z", "+00:00"))
        self.assertEqual(due - created, datetime.timedelta(days=7))

    def start_watch(self, cli, *args):
        proc = subprocess.Popen([cli.binary, "ticket", "watch"] + list(args),
                                env=cli.env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)

        def stop():
            if proc.poll() is None:
                proc.kill()
            proc.wait(CLI_TIMEOUT)
            proc.stdout.close()
            proc.stderr.close()
        self.addCleanup(stop)
        return proc, LineReader(proc)

    def terminate(self, proc):
        proc.terminate()
        try:
            code = proc.wait(timeout=CLI_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError("ticket watch did not stop on SIGTERM")
        stderr = proc.stderr.read()
        self.assertEqual(code, 0, stderr)
        return stderr

    def watch(self, cli, server):
        number = self.create(cli, "1栋地下室积水")
        name = cli.json("ticket", "get", number, "-o", "json")["name"]
        history = cli.json("ticket", "history", number, "-o", "json")["events"]

        proc, lines = self.start_watch(cli, "--site", "hx", "--history", "-o", "json")
        first = [json.loads(lines.next()) for _ in range(3)]
        for event in first:
            self.assertRegex(event["name"], r"^sites/hx/tickets/\d+/events/%s$"
                             % event["eventId"])
            self.assertIn("type", event)
            self.assertIn("createTime", event)
        ids = [int(e["eventId"]) for e in first]
        self.assertEqual(ids, sorted(set(ids)))
        self.assertEqual(first[0]["type"], "CREATED")
        # The whole history comes first, then live events.
        last_id = int(history[-1]["name"].rsplit("/", 1)[1])
        seen = first
        while int(seen[-1]["eventId"]) < last_id:
            seen.append(json.loads(lines.next()))
        self.assertEqual(seen[-1]["name"], history[-1]["name"])
        cli.run("ticket", "note", number, "--text", "抽水泵已到")
        live = json.loads(lines.next())
        self.assertEqual(live["type"], "NOTE_ADDED")
        self.assertEqual(live["note"], "抽水泵已到")
        self.assertEqual(live["ticketNumber"], number)
        self.assertTrue(live["name"].startswith(name + "/events/"))
        self.assertEqual(int(live["eventId"]), last_id + 1)

        # The server restarts: the watch reconnects and resumes by itself.
        server.restart()
        cli.run("ticket", "note", number, "--text", "积水已抽干")
        resumed = json.loads(lines.next(timeout=60))
        self.assertEqual((resumed["note"], int(resumed["eventId"])),
                         ("积水已抽干", last_id + 2))
        self.assertIn("reconnecting", self.terminate(proc))

        # Table mode, after a given event: the ticket's number, the change.
        proc, lines = self.start_watch(cli, "--site", "hx", "--after",
                                       str(last_id))
        line = lines.next()
        self.assertRegex(line, r"^%d  \d{4}-\d\d-\d\d \d\d:\d\d  %s  note-added  "
                         r"admin  抽水泵已到$" % (last_id + 1, number))
        self.assertIn("积水已抽干", lines.next())
        self.terminate(proc)
        cli.run("ticket", "watch", "--site", "hx", "--history", "--after", "3",
                expect=2)
        unknown = cli.run("ticket", "watch", "--site", "nosuch", expect=1)
        self.assertIn("NOT_FOUND", unknown.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
