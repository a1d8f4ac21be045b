#!/usr/bin/python3
"""End-to-end test of the visitor register through the real `frontdesk` CLI
($FRONTDESK_CLI) against a real frontdeskd ($FRONTDESKD), on SQLite and on
MariaDB: the README's visitor lines, a receptionist at the desk, a
supervisor who manages the watchlist, waives the document and reads numbers
unmasked, and a manager who reads the access log.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/visitor_cli_e2e_test.py
"""

import datetime
import glob
import os
import re
import shutil
import subprocess
import unittest
import zoneinfo

import harness
import cli_support
from cli_support import (CLI_TIMEOUT, CLI_ZONE, assert_help, clean_env,
                         cli_path, create_site_hx, create_staff, each_backend)

# The README's numbers. The sample 110101199003071234 fails the ID
# card check (its check character is 3): the server refuses it as mistyped.
GOOD_ID = "110101199003071233"
BAD_CHECK_ID = "110101199003071234"
WATCHED_ID = "110101199003079999"
PHONE = "13900001111"


def id_card(first17):
    """first17 + its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights))
    return first17 + "10X98765432"[total % 11]


def local_time(delta):
    """now + delta as the CLI reads a local time ("2026-11-23 16:00")."""
    at = datetime.datetime.now(zoneinfo.ZoneInfo(CLI_ZONE)) + delta
    return at.strftime("%Y-%m-%d %H:%M")


class Cli(cli_support.Cli):
    """cli_support.Cli as one person (the token in `token_file`), whose
    json() asks for `-o json` itself."""

    def json(self, *args, **kwargs):
        return super().json(*(list(args) + ["-o", "json"]), **kwargs)

    def fails(self, *args, code, reason=None):
        """Runs a command that must fail with exit 1; asserts the status
        code (and reason) it prints; returns stderr."""
        result = self.run(*args, expect=1)
        self.test.assertIn("error: %s" % code, result.stderr)
        if reason:
            self.test.assertIn("(%s)" % reason, result.stderr)
        return result.stderr


class VisitorCliHelpTest(unittest.TestCase):

    def test_help_of_every_visitor_command(self):
        commands = [["visitor"], ["visitor", "checkin"], ["visitor", "checkout"],
                    ["visitor", "get"], ["visitor", "list"],
                    ["visitor", "refuse"], ["visitor", "refusals"],
                    ["visitor", "alerts"], ["visitor", "settings"],
                    ["visitor", "access-log"],
                    ["watchlist"], ["watchlist", "add"], ["watchlist", "list"],
                    ["watchlist", "remove"],
                    ["pass"], ["pass", "create"], ["pass", "get"],
                    ["pass", "list"], ["pass", "cancel"]]
        assert_help(self, commands)

    def test_usage_errors_exit_2_before_any_call(self):
        env = clean_env()
        env["FRONTDESK_TOKEN"] = "fd_unused"
        env["FRONTDESK_SERVER"] = "127.0.0.1:1"  # nothing is called
        cases = [
            # A bare visit id needs its site.
            (["visitor", "checkout", "12"], "needs its site"),
            # A number that is no ID card needs its type.
            (["watchlist", "add", "--site", "hx", "--id-number", "E1234567",
              "--reason", "x"], "--id-type"),
            (["watchlist", "add", "--site", "hx", "--reason", "x"],
             "--id-number"),
            (["visitor", "get", "sites/hx/visits/1", "--unmask"], "--reason"),
            (["visitor", "checkin", "--site", "hx", "--name", "x",
              "--no-document"], "--approval"),
            (["visitor", "checkin", "--site", "hx", "--name", "x",
              "--approval", "K7M2QX9RAB34"], "--no-document"),
            (["visitor", "checkin", "--site", "hx", "--name", "x",
              "--until", "tomorrow"], "--until"),
        ]
        for args, text in cases:
            with self.subTest(args=" ".join(args)):
                r = subprocess.run([cli_path()] + args, env=env,
                                   capture_output=True, text=True,
                                   timeout=CLI_TIMEOUT)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(text, r.stderr)


class VisitorCliEndToEndTest(unittest.TestCase):

    def test_visitor_register(self):
        each_backend(self, "frontdeskd-visitor-cli-", self.scenario)

    def token_file(self, admin, staff_id):
        """A new token of `staff_id`, in a file of its own."""
        secret = admin.new_token(staff_id)
        path = os.path.join(admin.home, staff_id + ".token")
        with open(path, "w") as f:
            f.write(secret + "\n")
        return path

    def scenario(self, backend, url, server):
        admin = Cli(self, server, server.token_file)
        create_site_hx(admin, unit=True)
        create_staff(admin, ("zhang.wei", "张伟", "receptionist"),
                     ("li.na", "李娜", "supervisor"),
                     ("zhou.min", "周敏", "manager"))
        desk = Cli(self, server, self.token_file(admin, "zhang.wei"))
        supervisor_token = self.token_file(admin, "li.na")
        supervisor = Cli(self, server, supervisor_token)
        manager = Cli(self, server, self.token_file(admin, "zhou.min"))
        until = local_time(datetime.timedelta(hours=4))

        # --- the check-in line; its sample number fails the check
        # digit and is refused naming the field, nothing is written ---
        def checkin_line(number):
            return ["visitor", "checkin", "--site", "hx", "--name", "李强",
                    "--id-type", "id-card", "--id-number", number,
                    "--phone", PHONE, "--visiting", "3-2-501",
                    "--purpose", "探亲", "--until", until]

        refused = desk.fails(*checkin_line(BAD_CHECK_ID),
                             code="INVALID_ARGUMENT")
        self.assertIn("visit.visitor.document.number", refused)
        self.assertIn("check digit", refused)
        self.assertEqual(desk.json("visitor", "list", "--site", "hx"), {})

        checked_in = desk.run(*checkin_line(GOOD_ID))
        out = checked_in.stdout
        self.assertIn("1101**********1233", out)
        self.assertIn("139****1111", out)
        self.assertNotIn(GOOD_ID, out)
        self.assertNotIn(PHONE, out)
        self.assertRegex(out, r"visiting:\s+3-2-501")
        self.assertRegex(out, r"purpose:\s+visit-resident \(探亲\)")
        self.assertRegex(out, r"status:\s+on-premises")
        visit_name = re.search(r"name:\s+(sites/hx/visits/\d+)", out).group(1)
        visit = desk.json("visitor", "get", visit_name)
        self.assertEqual(visit["visitor"]["document"],
                         {"type": "ID_CARD", "number": "1101**********1233"})
        self.assertEqual(visit["visitor"]["phone"], "139****1111")
        self.assertEqual(visit["host"]["unit"], "sites/hx/units/3-2-501")
        self.assertEqual(visit["purpose"], "VISIT_RESIDENT")
        self.assertEqual(visit["purposeDetail"], "探亲")
        self.assertEqual(visit["registeredBy"], "staff/zhang.wei")
        self.assertTrue(visit["masked"])

        # An unknown unit is NOT_FOUND, not a free-text location.
        desk.fails("visitor", "checkin", "--site", "hx", "--name", "李强",
                   "--id-number", GOOD_ID, "--visiting", "9-9-999",
                   "--purpose", "探亲", code="NOT_FOUND")

        # --- on the premises now; check-out, twice ---
        listed = desk.run("visitor", "list", "--site", "hx", "--on-premises")
        self.assertIn("李强", listed.stdout)
        self.assertIn("1101**********1233", listed.stdout)
        self.assertRegex(listed.stdout,
                         r"(?m)^%s\s+on-premises\s" % visit_name.rsplit("/", 1)[1])
        checked_out = desk.run("visitor", "checkout", visit_name)
        self.assertRegex(checked_out.stdout, r"status:\s+checked-out")
        self.assertRegex(checked_out.stdout, r"checked out by:\s+staff/zhang.wei")
        visit_id = visit_name.rsplit("/", 1)[1]
        desk.fails("visitor", "checkout", visit_id, "--site", "hx",
                   code="FAILED_PRECONDITION", reason="VISIT_ALREADY_CHECKED_OUT")
        gone = desk.run("visitor", "list", "--site", "hx", "--on-premises")
        self.assertNotIn("李强", gone.stdout)
        self.assertIn("no visits", gone.stderr)

        # --- the watchlist: supervisors only ---
        watch_line = ["watchlist", "add", "--site", "hx", "--id-number",
                      WATCHED_ID, "--reason", "多次滋扰"]
        desk.fails(*watch_line, code="PERMISSION_DENIED")
        entry = supervisor.run(*watch_line).stdout
        self.assertRegex(entry, r"action:\s+deny")
        self.assertIn("1101**********9999", entry)
        self.assertNotIn(WATCHED_ID, entry)
        entry_name = re.search(r"name:\s+(sites/hx/watchlistEntries/\d+)",
                               entry).group(1)
        expires = datetime.datetime.strptime(
            re.search(r"expires:\s+(\S+ \S+)", entry).group(1), "%Y-%m-%d %H:%M")
        self.assertGreater(expires, datetime.datetime.now() +
                           datetime.timedelta(days=360))
        entries = supervisor.json("watchlist", "list", "--site", "hx")
        self.assertEqual([e["name"] for e in entries["watchlistEntries"]],
                         [entry_name])

        # A check-in of the watchlisted number is refused, recorded, raised.
        watched = desk.fails("visitor", "checkin", "--site", "hx",
                             "--name", "赵六", "--id-number", WATCHED_ID,
                             "--visiting", "3-2-501", "--purpose", "访友",
                             code="FAILED_PRECONDITION",
                             reason="VISITOR_ON_WATCHLIST")
        self.assertIn("多次滋扰", watched)  # the reason, for the desk
        refusal_name = re.search(r"refusal: (sites/hx/refusals/\d+)",
                                 watched).group(1)
        self.assertIn("watchlist_entry: " + entry_name, watched)
        refusals = desk.run("visitor", "refusals", "--site", "hx")
        self.assertRegex(refusals.stdout,
                         r"(?m)^%s\s.*watchlist\s+赵六\s+1101\*+9999"
                         % refusal_name.rsplit("/", 1)[1])
        desk.fails("visitor", "alerts", "--site", "hx",
                   code="PERMISSION_DENIED")
        alerts = supervisor.json("visitor", "alerts", "--site", "hx")
        self.assertEqual(len(alerts["visitorAlerts"]), 1)
        alert = alerts["visitorAlerts"][0]
        self.assertEqual(alert["kind"], "WATCHLIST_DENIED")
        self.assertEqual(alert["refusal"], refusal_name)
        self.assertEqual(alert["watchlistEntry"], entry_name)
        self.assertEqual(alert["personDisplayName"], "赵六")
        self.assertIn(refusal_name,
                      supervisor.run("visitor", "alerts", "--site", "hx").stdout)

        # --- no document: refused, then admitted on a supervisor's word ---
        no_doc = ["visitor", "checkin", "--site", "hx", "--name", "孙七",
                  "--phone", "13700002222", "--location", "物业办公室",
                  "--purpose", "公务"]
        refused = desk.fails(*no_doc, code="FAILED_PRECONDITION",
                             reason="VISITOR_DOCUMENT_REQUIRED")
        no_doc_refusal = re.search(r"refusal: (sites/hx/refusals/\d+)",
                                   refused).group(1)
        # Naming the supervisor is not their word [ACL-APPROVAL-BY-APPROVER]:
        waiver = ["--no-document", "--authorized-by", "li.na",
                  "--waiver-reason", "供电局抄表,主管核实工作证"]
        desk.fails(*(no_doc + waiver), code="PERMISSION_DENIED",
                   reason="SUPERVISOR_AUTHORIZATION_REQUIRED")
        # the supervisor approves with their own token, and the desk types
        # the code in, once.
        approved = supervisor.run(
            "approval", "create", "--site", "hx", "--action",
            "visitor-document-waiver", "--reason", "供电局抄表,主管核实工作证")
        code = approved.stdout.strip()
        self.assertRegex(code, r"^[2-9A-HJKMNP-Z]{12}$")
        self.assertIn("shown only now", approved.stderr)
        admitted = desk.run(*(no_doc + ["--no-document", "--approval", code]))
        self.assertRegex(admitted.stdout,
                         r"no document:\s+admitted by staff/li.na: 供电局抄表")
        self.assertRegex(admitted.stdout, r"purpose:\s+official \(公务\)")
        desk.fails(*(no_doc + ["--no-document", "--approval", code]),
                   code="FAILED_PRECONDITION", reason="APPROVAL_USED")
        # The supervisor at the desk admits the visitor by their own call.
        by_supervisor = supervisor.json(*(no_doc + waiver))
        self.assertEqual(by_supervisor["documentWaiver"]["authorizedBy"],
                         "staff/li.na")
        reasons = desk.json("visitor", "refusals", "--site", "hx",
                            "--refusal-reason", "no-document")
        self.assertEqual([r["name"] for r in reasons["refusals"]],
                         [no_doc_refusal])

        # --- a pass, used once ---
        created = desk.run("pass", "create", "--site", "hx", "--name", "王五",
                           "--visiting", "3-2-501", "--purpose", "送货",
                           "--expires", local_time(datetime.timedelta(days=1)))
        code = re.search(r"code:\s+([2-9A-HJKMNP-Z]{8})", created.stdout).group(1)
        pass_name = re.search(r"name:\s+(sites/hx/visitorPasses/\d+)",
                              created.stdout).group(1)
        self.assertIn("shown only now", created.stderr)
        pass_id = id_card("44030119851212345")
        by_pass = desk.json("visitor", "checkin", "--site", "hx",
                            "--pass", code.lower(), "--id-number", pass_id)
        self.assertEqual(by_pass["visitor"]["displayName"], "王五")
        self.assertEqual(by_pass["host"]["unit"], "sites/hx/units/3-2-501")
        self.assertEqual(by_pass["purpose"], "DELIVERY")
        self.assertEqual(by_pass["visitorPass"], pass_name)
        self.assertEqual(by_pass["visitor"]["document"]["type"], "ID_CARD")
        used = desk.run("pass", "get", pass_name.rsplit("/", 1)[1],
                        "--site", "hx")
        self.assertRegex(used.stdout, r"state:\s+used-up")
        self.assertRegex(used.stdout, r"uses:\s+1 of 1")
        self.assertNotIn(code, used.stdout)
        desk.fails("visitor", "checkin", "--site", "hx", "--pass", code,
                   "--id-number", pass_id, code="FAILED_PRECONDITION",
                   reason="VISITOR_PASS_USED_UP")
        self.assertRegex(desk.run("pass", "list", "--site", "hx").stdout,
                         r"(?m)^%s\s+used-up\s+王五\s+3-2-501\s+delivery \(送货\)"
                         % pass_name.rsplit("/", 1)[1])
        self.assertEqual(desk.json("pass", "list", "--site", "hx",
                                   "--state", "active"), {})

        # --- unmasked reads: supervisors only, each one logged ---
        desk.fails("visitor", "get", visit_name, "--unmask", "--reason", "核对",
                   code="PERMISSION_DENIED", reason="UNMASK_NOT_PERMITTED")
        clear = supervisor.run("visitor", "get", visit_name, "--unmask",
                               "--reason", "派出所协查")
        self.assertIn(GOOD_ID, clear.stdout)
        self.assertIn(PHONE, clear.stdout)
        self.assertIn("UNMASKED", clear.stdout)
        log = manager.json("visitor", "access-log", "--site", "hx")
        reads = log["sensitiveDataAccesses"]
        self.assertEqual(len(reads), 1, log)
        self.assertEqual(reads[0]["actor"], "staff/li.na")
        self.assertEqual(reads[0]["method"], "GetVisit")
        self.assertEqual(reads[0]["resources"], [visit_name])
        self.assertEqual(reads[0]["reason"], "派出所协查")
        table = manager.run("visitor", "access-log", "--site", "hx").stdout
        self.assertRegex(table, r"li\.na\s+GetVisit\s+%s\s+派出所协查" % visit_name)

        # --- settings (read by default, changed by option) ---
        settings = supervisor.run("visitor", "settings", "--site", "hx").stdout
        self.assertRegex(settings, r"retention:\s+90 days")
        changed = supervisor.json("visitor", "settings", "--site", "hx",
                                  "--retention-days", "30",
                                  "--overstay-grace", "15m")
        self.assertEqual(changed["retentionDays"], 30)
        self.assertEqual(changed["overstayGrace"], "900s")

        # --- removing the watchlist entry lets the person in ---
        supervisor.run("watchlist", "remove", entry_name.rsplit("/", 1)[1],
                       "--site", "hx")
        desk.run("visitor", "checkin", "--site", "hx", "--name", "赵六",
                 "--id-number", WATCHED_ID, "--visiting", "3-2-501",
                 "--purpose", "访友")

        # --- a desk PC in another zone: typed times are the site's ---
        self.assert_times_in_site_zone(desk)

        # --- no clear document or phone number in the database ---
        self.assert_no_clear_numbers(backend, url)

    def assert_times_in_site_zone(self, desk):
        """With TZ=America/New_York, a typed time is read (and a time
        printed) in the site's zone (Asia/Shanghai); FRONTDESK_TZ or --tz
        overrides it; RFC 3339 with an offset means what it says."""
        new_york = {"TZ": "America/New_York"}
        shanghai = zoneinfo.ZoneInfo(CLI_ZONE)
        typed = local_time(datetime.timedelta(hours=4))  # Shanghai wall time
        naive = datetime.datetime.strptime(typed, "%Y-%m-%d %H:%M")

        def utc_of(zone):
            at = naive.replace(tzinfo=zone).astimezone(datetime.timezone.utc)
            return at.strftime("%Y-%m-%dT%H:%M:%SZ")

        def checkin(name, number, until, env):
            return desk.json("visitor", "checkin", "--site", "hx",
                             "--name", name, "--id-number", id_card(number),
                             "--visiting", "3-2-501", "--purpose", "访友",
                             "--until", until, env=env)

        visit = checkin("钱七", "11010119800101001", typed, new_york)
        self.assertEqual(visit["expectedDepartureTime"], utc_of(shanghai))
        # Printed in the site's zone too, also when the command names the
        # site only through the visit's name.
        shown = desk.run("visitor", "get", visit["name"], env=new_york).stdout
        self.assertRegex(shown, r"expected out:\s+%s" % re.escape(typed))
        desk.run("visitor", "checkout", visit["name"], env=new_york)

        # FRONTDESK_TZ (or --tz) wins over the site's zone.
        ny = zoneinfo.ZoneInfo("America/New_York")
        override = dict(new_york, FRONTDESK_TZ="America/New_York")
        visit = checkin("孙八", "11010119800101002", typed, override)
        self.assertEqual(visit["expectedDepartureTime"], utc_of(ny))
        shown = desk.run("visitor", "get", visit["name"],
                         "--tz", CLI_ZONE, env=override).stdout
        self.assertRegex(shown, r"expected out:\s+%s" % re.escape(
            datetime.datetime.strptime(utc_of(ny), "%Y-%m-%dT%H:%M:%SZ")
            .replace(tzinfo=datetime.timezone.utc).astimezone(shanghai)
            .strftime("%Y-%m-%d %H:%M")))
        desk.run("visitor", "checkout", visit["name"], env=new_york)
        desk.run("visitor", "get", visit["name"],
                 env={"FRONTDESK_TZ": "Mars/Olympus"}, expect=2)

        # An RFC 3339 time with an offset ignores every zone.
        rfc = naive.replace(tzinfo=shanghai).isoformat()
        visit = checkin("李九", "11010119800101003", rfc, override)
        self.assertEqual(visit["expectedDepartureTime"], utc_of(shanghai))
        desk.run("visitor", "checkout", visit["name"])

    def assert_no_clear_numbers(self, backend, url):
        secrets = [GOOD_ID, PHONE, WATCHED_ID, "13700002222"]
        if backend == "sqlite":
            path = url[len("sqlite:"):]
            files = [f for f in glob.glob(path + "*")
                     if not f.endswith(".key")]
            self.assertIn(path, files)
            for name in files:
                with open(name, "rb") as f:
                    data = f.read()
                for secret in secrets:
                    self.assertNotIn(secret.encode(), data,
                                     "%s holds %s in clear" % (name, secret))
        else:
            dump = mariadb_dump(url)
            self.assertIn(b"CREATE TABLE", dump)
            for secret in secrets:
                self.assertNotIn(secret.encode(), dump,
                                 "the MariaDB dump holds %s in clear" % secret)


def mariadb_dump(url):
    """The whole database of `url` as mariadb-dump prints it."""
    p = harness.parse_mysql_url(url)
    tool = shutil.which("mariadb-dump") or shutil.which("mysqldump")
    if not tool:
        raise AssertionError("mariadb-dump not found")
    env = dict(os.environ)
    env["MYSQL_PWD"] = p["password"]
    result = subprocess.run(
        [tool, "--no-defaults", "-h", p["host"], "-P", str(p["port"]),
         "-u", p["user"], "--skip-extended-insert", p["database"]],
        stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=120)
    if result.returncode != 0:
        raise AssertionError("mariadb-dump failed: %s" %
                             result.stderr.decode("utf-8", "replace"))
    return result.stdout


if __name__ == "__main__":
    unittest.main()
