#!/usr/bin/python3
"""End-to-end test of `frontdesk swap ...` and `frontdesk leave ...` (the
real CLI, $FRONTDESK_CLI) against a real frontdeskd, on SQLite and on
MariaDB: a swap requested, agreed and approved by a supervisor (the duties
change hands), and a leave whose coverage gap `leave list` shows, refused
(COVERAGE_GAP), approved once a relief is on the shift, and withdrawn
before it starts (reporting back is for leave that has started).

Duties are seeded with SQL (CreateDutyAssignment is served separately), two
weeks ahead of the real clock, so the swap has its notice.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/swap_leave_cli_e2e_test.py
"""

import datetime
import json
import sqlite3
import unittest

import harness
import harness_db
from cli_support import Cli, assert_help, create_site_hx, create_staff

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


def run_sql(url, statement):
    """Runs `statement` on the database of `url`; the rows (as text)."""
    if url.startswith("sqlite:"):
        with sqlite3.connect(url[len("sqlite:"):], timeout=30) as db:
            return [[str(v) for v in row] for row in db.execute(statement)]
    name = harness_db.parse_mysql_url(url)["database"]
    out = harness_db._mariadb(url, "USE `%s`; %s" % (name, statement))
    return [line.split("\t") for line in out.splitlines()[1:]]


def seed_duty(url, staff_id, day, origin=1):
    """A SCHEDULED day duty (08:00-20:00 Shanghai) of `staff_id` at hx on
    `day` (origin 1 PLANNED, 3 LEAVE_COVER); its name."""
    start = datetime.datetime(day.year, day.month, day.day, 8, tzinfo=SHANGHAI)
    start_us = int(start.timestamp()) * 1000000
    end_us = start_us + 12 * 3600 * 1000000
    key = day.strftime("%Y%m%d")
    if not run_sql(url, "SELECT 1 FROM roster_shifts WHERE site_id = 'hx'"
                        " AND date_key = %s AND definition_id = 'day'" % key):
        run_sql(url,
                "INSERT INTO roster_shifts (site_id, date_key, definition_id,"
                " display_name, kind, start_local_time, duration_s,"
                " min_headcount, start_time_us, end_time_us, create_time_us)"
                " VALUES ('hx', %s, 'day', '白班', 1, '08:00', 43200, 1, %d,"
                " %d, 0)" % (key, start_us, end_us))
    run_sql(url,
            "INSERT INTO duty_assignments (site_id, date_key, definition_id,"
            " staff_id, held_by, status, origin, start_time_us, end_time_us,"
            " created_by, create_time_us, update_time_us, version) VALUES"
            " ('hx', %s, 'day', '%s', '%s', 1, %d, %d, %d, 'zhao.min', 0, 0,"
            " 1)" % (key, staff_id, staff_id, origin, start_us, end_us))
    rows = run_sql(url, "SELECT id FROM duty_assignments WHERE staff_id = '%s'"
                        " AND date_key = %s" % (staff_id, key))
    return "sites/hx/shifts/%s-day/assignments/%s" % (key, rows[-1][0])


def duty_status(url, name):
    return int(run_sql(url, "SELECT status FROM duty_assignments WHERE id = %s"
                            % name.rsplit("/", 1)[1])[0][0])


class SwapLeaveCliHelpTest(unittest.TestCase):

    def test_help_of_every_swap_and_leave_command(self):
        assert_help(self, [["swap"]] + [["swap", c] for c in (
            "request", "agree", "decline", "approve", "reject", "cancel",
            "list")] + [["leave"]] + [["leave", c] for c in (
                "apply", "approve", "reject", "cancel", "return", "list")])


class SwapLeaveCliEndToEndTest(unittest.TestCase):

    def test_swap_and_leave_lines(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), harness.Server(
                    db_url=url, name="frontdeskd-swap-cli-" + backend) as server:
                self.scenario(Cli(self, server), url)

    def scenario(self, admin, url):
        create_site_hx(admin)
        create_staff(admin, ("wang.li", "王力", "receptionist"),
                     ("li.na", "李娜", "receptionist"),
                     ("chen.jie", "陈杰", "receptionist"),
                     ("zhao.min", "赵敏", "supervisor"))
        tokens = {s: admin.new_token(s)
                  for s in ("wang.li", "li.na", "chen.jie", "zhao.min")}

        def as_(staff, *args, expect=0):
            return admin.run(*args, expect=expect,
                             env={"FRONTDESK_TOKEN": tokens[staff],
                                  "FRONTDESK_TOKEN_FILE": None})

        first = datetime.datetime.now(SHANGHAI).date() + datetime.timedelta(
            days=14)
        mine = seed_duty(url, "wang.li", first)
        theirs = seed_duty(url, "li.na", first + datetime.timedelta(days=2))

        # The swap: requested, agreed, approved.
        out = as_("wang.li", "-o", "json", "swap", "request", "--site", "hx",
                  "--assignment", mine, "--counterpart", "li.na",
                  "--their-assignment", theirs, "--reason", "家里有事")
        swap = json.loads(out.stdout)
        self.assertEqual(swap["status"], "PROPOSED")
        swap_id = swap["name"].rsplit("/", 1)[1]
        # Only the counterpart agrees.
        refused = as_("wang.li", "swap", "agree", swap_id, "--site", "hx",
                      expect=1)
        self.assertIn("PERMISSION_DENIED", refused.stderr)
        as_("li.na", "swap", "agree", swap["name"])
        listed = as_("zhao.min", "swap", "list", "--site", "hx", "--status",
                     "agreed").stdout
        self.assertIn(swap["name"], listed)
        self.assertIn("agreed", listed)
        approved = as_("zhao.min", "swap", "approve", swap["name"],
                       "--comment", "同意").stdout
        self.assertIn("approved", approved)
        self.assertEqual(duty_status(url, mine), 5)  # SWAPPED_OUT
        self.assertEqual(duty_status(url, theirs), 5)
        taken = run_sql(url, "SELECT staff_id, origin FROM duty_assignments"
                             " WHERE shift_swap_id = %s AND origin = 2"
                             " ORDER BY staff_id" % swap_id)
        self.assertEqual(taken, [["li.na", "2"], ["wang.li", "2"]])

        # The leave: chen.jie alone on a day shift; the gap shows and blocks.
        day = first + datetime.timedelta(days=6)
        duty = seed_duty(url, "chen.jie", day)
        start = "%s 00:00" % day.isoformat()
        end = "%s 00:00" % (day + datetime.timedelta(days=1)).isoformat()
        out = as_("chen.jie", "-o", "json", "leave", "apply", "--staff",
                  "chen.jie", "--site", "hx", "--type", "personal", "--from",
                  start, "--to", end, "--reason", "办事")
        leave = json.loads(out.stdout)
        self.assertEqual(leave["status"], "PENDING")
        self.assertEqual(leave["affectedAssignments"], [duty])
        table = as_("zhao.min", "leave", "list", "--status", "pending").stdout
        self.assertIn(leave["name"], table)
        self.assertIn("%s-day 1→0/1" % day.strftime("%Y%m%d"), table)
        refused = as_("zhao.min", "leave", "approve", leave["name"], expect=1)
        self.assertIn("COVERAGE_GAP", refused.stderr)
        seed_duty(url, "wang.li", day, origin=3)  # the relief, LEAVE_COVER
        approved = as_("zhao.min", "leave", "approve", leave["name"]).stdout
        self.assertIn("approved", approved)
        self.assertEqual(duty_status(url, duty), 6)  # ON_LEAVE
        # Not started yet: reporting back is refused, withdrawing gives the
        # duty back.
        early = as_("chen.jie", "leave", "return", leave["name"], expect=1)
        self.assertIn("LEAVE_WRONG_STATE", early.stderr)
        back = as_("chen.jie", "-o", "json", "leave", "cancel", leave["name"])
        self.assertEqual(json.loads(back.stdout)["status"], "CANCELLED")
        self.assertEqual(duty_status(url, duty), 1)  # SCHEDULED


if __name__ == "__main__":
    unittest.main()
