#!/usr/bin/python3
"""End-to-end test of `frontdesk clock ...` and `frontdesk attendance ...`
(the real CLI, $FRONTDESK_CLI) against a real frontdeskd, on SQLite and on
MariaDB: a receptionist clocks in on her day shift, may not clock out before
her relief took over, a supervisor clocks her out with a reason; another
files a missed clock-in (补卡) that the supervisor approves; the records and
the month read back in tables and JSON.

The duty assignments are written straight into the database (the duty
assignment RPCs are another step of issue 13), and the server runs with
FRONTDESK_CLOCK_OFFSET putting its clock at 2026-11-24 07:50 in Shanghai,
ten minutes before the day shift.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/attendance_cli_e2e_test.py
"""

import datetime
import sqlite3
import unittest
import zoneinfo

import harness
import harness_db
from cli_support import Cli, assert_help, create_site_hx, create_staff

ZONE = zoneinfo.ZoneInfo("Asia/Shanghai")
MORNING = datetime.datetime(2026, 11, 24, 7, 50)
DAY_START = datetime.datetime(2026, 11, 24, 8, 0, tzinfo=ZONE)


def offset_to(local_time):
    target = local_time.replace(tzinfo=ZONE)
    now = datetime.datetime.now(datetime.timezone.utc)
    return "%ds" % int((target - now).total_seconds())


def micros(t):
    return int(t.timestamp()) * 1000000


def put_on_day_shift(url, *staff_ids):
    """The day shift of 2026-11-24 at hx (08:00-20:00) with `staff_ids` on
    it, as the roster's stores write them."""
    start, end = micros(DAY_START), micros(DAY_START) + 12 * 3600 * 1000000
    statements = [
        "INSERT INTO roster_shifts (site_id, date_key, definition_id,"
        " display_name, kind, start_local_time, duration_s, min_headcount,"
        " start_time_us, end_time_us, create_time_us) VALUES ('hx', 20261124,"
        " 'day', 'day', 1, '08:00', 43200, 1, %d, %d, %d)" % (start, end, start)]
    for staff in staff_ids:
        statements.append(
            "INSERT INTO duty_assignments (site_id, date_key, definition_id,"
            " staff_id, held_by, status, origin, shift_swap_id,"
            " leave_application_id, start_time_us, end_time_us, created_by,"
            " create_time_us, update_time_us, version) VALUES ('hx', 20261124,"
            " 'day', '%s', '%s', 1, 1, 0, 0, %d, %d, 'zhao.min', %d, %d, 1)" %
            (staff, staff, start, end, start, start))
    if url.startswith("sqlite:"):
        with sqlite3.connect(url[len("sqlite:"):]) as db:
            for s in statements:
                db.execute(s)
    else:
        name = harness_db.parse_mysql_url(url)["database"]
        harness_db._mariadb(url, "USE `%s`; %s;" % (name, "; ".join(statements)))


class AttendanceCliHelpTest(unittest.TestCase):

    def test_help_of_every_attendance_command(self):
        assert_help(self, [["clock"], ["clock", "in"], ["clock", "out"],
                           ["attendance"], ["attendance", "list"],
                           ["attendance", "correct"], ["attendance", "approve"],
                           ["attendance", "month"]])


class AttendanceCliEndToEndTest(unittest.TestCase):

    def test_a_day_shift_clocked_corrected_and_summed_up(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), harness.Server(
                    db_url=url, name="frontdeskd-attendance-" + backend,
                    extra_env={"FRONTDESK_CLOCK_OFFSET": offset_to(MORNING)}
            ) as server:
                self.scenario(Cli(self, server), server, url)

    def scenario(self, admin, server, url):
        create_site_hx(admin)
        create_staff(admin, ("wang.li", "王丽", "receptionist"),
                     ("chen.jie", "陈洁", "receptionist"),
                     ("zhao.min", "赵敏", "supervisor"))
        env = {}
        for staff in ("wang.li", "chen.jie", "zhao.min"):
            env[staff] = {"FRONTDESK_TOKEN": admin.new_token(staff),
                          "FRONTDESK_TOKEN_FILE": None}
        # No duty yet: nobody covers a post unofficially (不得擅自代班).
        refused = admin.run("clock", "in", "--site", "hx", env=env["wang.li"],
                            expect=1)
        self.assertIn("NO_DUTY_ASSIGNMENT", refused.stderr)
        put_on_day_shift(url, "wang.li", "chen.jie")

        record = admin.json("clock", "in", "--site", "hx", "-o", "json",
                            env=env["wang.li"])
        self.assertEqual(record["clockInSource"], "SELF")
        self.assertNotIn("irregularities", record)
        self.assertIn("attendanceRecords/", record["name"])
        again = admin.run("clock", "in", "--site", "hx", env=env["wang.li"],
                          expect=1)
        self.assertIn("ALREADY_CLOCKED_IN", again.stderr)
        # 接班人员未上岗,不准下岗.
        early = admin.run("clock", "out", "--site", "hx", env=env["wang.li"],
                          expect=1)
        self.assertIn("RELIEF_NOT_ON_DUTY", early.stderr)
        out = admin.run("clock", "out", "--site", "hx", "--staff", "wang.li",
                        "--override-reason", "突发疾病,送医",
                        env=env["zhao.min"]).stdout
        self.assertIn("突发疾病,送医", out)
        self.assertIn("early-leave", out)
        self.assertIn("(supervisor)", out)

        listed = admin.run("attendance", "list", "--staff", "wang.li",
                           "--site", "hx", env=env["wang.li"]).stdout
        self.assertIn("RECORD", listed)
        self.assertIn(record["name"].rsplit("/", 1)[1], listed)

        # chen.jie never clocked in: she files the missed clock-in (补卡).
        mine = admin.json("attendance", "list", "--staff", "chen.jie",
                          "-o", "json", env=env["chen.jie"])
        chen_record = mine["attendanceRecords"][0]["name"]
        filed = admin.json("attendance", "correct", chen_record, "--kind",
                           "clock-in", "--time", "2026-11-24 07:45",
                           "--reason", "外出处理漏水,未能打卡", "-o", "json",
                           env=env["chen.jie"])
        self.assertEqual(filed["status"], "PENDING")
        pending = admin.run("attendance", "list", "--corrections",
                            "--status", "pending", env=env["zhao.min"]).stdout
        self.assertIn(filed["name"], pending)
        own = admin.run("attendance", "approve", filed["name"],
                        env=env["chen.jie"], expect=1)
        self.assertIn("PERMISSION_DENIED", own.stderr)
        approved = admin.json("attendance", "approve", filed["name"],
                              "--comment", "属实", "-o", "json",
                              env=env["zhao.min"])
        self.assertEqual(approved["status"], "APPROVED")
        corrected = admin.json("attendance", "list", "--staff", "chen.jie",
                               "-o", "json", env=env["chen.jie"])
        self.assertEqual(
            corrected["attendanceRecords"][0]["clockInSource"], "CORRECTION")

        month = admin.json("attendance", "month", "--staff", "wang.li",
                           "--month", "2026-11", "-o", "json",
                           env=env["wang.li"])
        self.assertEqual(month["earlyLeaveCount"], 1)
        self.assertEqual(month["workedShifts"], 1)
        everyone = admin.run("attendance", "month", "--month", "2026-11",
                             "--site", "hx", env=env["zhao.min"]).stdout
        self.assertIn("wang.li", everyone)
        self.assertIn("chen.jie", everyone)


if __name__ == "__main__":
    unittest.main()
