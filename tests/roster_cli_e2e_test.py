#!/usr/bin/python3
"""End-to-end test of a night shift change with the real CLI
($FRONTDESK_CLI) against a real frontdeskd, on SQLite and on MariaDB: two
receptionists and a supervisor, from the roster to the countersigned
handover, as the README's "Roster" section shows it.

The day is Monday 2026-11-23 at site hx (Asia/Shanghai). So that the lines
work on any day, the server runs with FRONTDESK_CLOCK_OFFSET putting its
clock at each moment of the evening, restarted between them (clock in and
out use the server's clock, never the client's).

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \\
      PYTHONPATH=clients/python:tests \\
      tests/with_mariadb.sh /usr/bin/python3 tests/roster_cli_e2e_test.py
"""

import datetime
import unittest
import zoneinfo

import harness
from cli_support import Cli, assert_help, create_site_hx, create_staff

ZONE = zoneinfo.ZoneInfo("Asia/Shanghai")


def offset_to(local_time):
    """FRONTDESK_CLOCK_OFFSET that puts the server's clock at `local_time`
    (naive, Asia/Shanghai)."""
    target = local_time.replace(tzinfo=ZONE)
    now = datetime.datetime.now(datetime.timezone.utc)
    return "%ds" % int((target - now).total_seconds())


def at(hour, minute, day=23):
    return datetime.datetime(2026, 11, day, hour, minute)


class RosterCliHelpTest(unittest.TestCase):

    def test_help_of_every_roster_command(self):
        assert_help(self, [["roster"], ["roster", "policy"], ["roster", "show"],
                           ["roster", "gaps"], ["roster", "assign"],
                           ["roster", "unassign"], ["calendar"],
                           ["calendar", "set"], ["calendar", "show"]])


class NightShiftChangeTest(unittest.TestCase):

    def test_night_shift_change(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), harness.Server(
                    db_url=url, name="frontdeskd-roster-" + backend,
                    extra_env={"FRONTDESK_CLOCK_OFFSET":
                               offset_to(at(10, 0, day=20))}) as server:
                self.scenario(Cli(self, server), server)

    def scenario(self, cli, server):
        def moment(local_time):
            server.extra_env["FRONTDESK_CLOCK_OFFSET"] = offset_to(local_time)
            server.restart()

        create_site_hx(cli)
        create_staff(cli, ("wang.li", "王丽", "receptionist"),
                     ("chen.jing", "陈静", "receptionist"),
                     ("li.zhuguan", "李主管", "supervisor,manager"))
        wang = {"FRONTDESK_TOKEN": cli.new_token("wang.li")}
        chen = {"FRONTDESK_TOKEN": cli.new_token("chen.jing")}
        boss = {"FRONTDESK_TOKEN": cli.new_token("li.zhuguan")}

        # --- Friday: the manager's checklist and the supervisor's roster ---
        policy = cli.run("roster", "policy", "--site", "hx",
                         "--inventory", "radio=对讲机:4",
                         "--inventory", "keys=钥匙柜:1", env=boss)
        self.assertIn("对讲机", policy.stdout)
        cli.run("roster", "assign", "20261123-day", "wang.li", "--site", "hx",
                env=boss)
        cli.run("roster", "assign", "20261123-night", "chen.jing", "--site",
                "hx", env=boss)
        # The same receptionist on both would be back-to-back (连班).
        twice = cli.run("roster", "assign", "20261123-night", "wang.li",
                        "--site", "hx", env=boss, expect=1)
        self.assertIn("BACK_TO_BACK_SHIFTS", twice.stderr)
        shown = cli.run("roster", "show", "--site", "hx", "--from",
                        "2026-11-23", env=wang)
        self.assertIn("20261123-night", shown.stdout)
        self.assertIn("chen.jing", shown.stdout)
        gaps = cli.run("roster", "gaps", "--site", "hx", "--from",
                       "2026-11-23", "--to", "2026-11-24", env=boss)
        self.assertIn("20261124-day", gaps.stdout)
        self.assertNotIn("20261123-night", gaps.stdout)

        # --- 07:50 Monday: the day receptionist clocks in ---
        moment(at(7, 50))
        cli.run("clock", "in", "--site", "hx", env=wang)

        # --- 19:40: the handover is written and submitted ---
        moment(at(19, 40))
        cli.run("handover", "open", "--site", "hx", "--shift", "20261123-day",
                "--log", "白班平稳;3号对讲机电量低已充电",
                "--significant-item", "3栋电梯困人已报维保,等待回复", env=wang)
        cli.run("handover", "submit", "20261123-day", "--site", "hx", env=wang)

        # --- 19:50: the relief arrives; the day receptionist may not leave ---
        moment(at(19, 50))
        cli.run("clock", "in", "--site", "hx", env=chen)
        early = cli.run("clock", "out", "--site", "hx", env=wang, expect=1)
        self.assertIn("RELIEF_NOT_ON_DUTY", early.stderr)

        accept = ["handover", "accept", "20261123-day", "--site", "hx",
                  "--ack-all", "--count", "radio=4", "--count", "keys=1"]
        blocked = cli.run(*accept, env=chen, expect=1)
        self.assertIn("SIGNIFICANT_ITEM_NOT_CONSENTED", blocked.stderr)
        handover = cli.json("handover", "show", "20261123-day", "--site", "hx",
                            "-o", "json", env=boss)
        significant = [i for i in handover["items"] if i.get("significant")]
        self.assertEqual(len(significant), 1)
        cli.run("handover", "consent", "20261123-day", "--site", "hx",
                "--item", str(significant[0]["id"]), "--comment", "同意交下一班跟进",
                env=boss)
        accepted = cli.json(*accept, "-o", "json", env=chen)
        self.assertEqual(accepted["status"], "ACCEPTED")
        self.assertEqual(accepted["acceptedBy"], "staff/chen.jing")
        self.assertTrue(accepted["incomingArrivedEarly"])
        self.assertFalse(accepted.get("inventoryDiscrepancy", False))

        # --- 20:05: relieved, the day receptionist clocks out ---
        moment(at(20, 5))
        cli.run("clock", "out", "--site", "hx", env=wang)
        records = cli.json("attendance", "list", "--staff", "wang.li",
                           "--site", "hx", "-o", "json", env=boss)
        record = records["attendanceRecords"][0]
        self.assertIn("clockInTime", record)
        self.assertIn("clockOutTime", record)
        self.assertNotIn("LATE", record.get("irregularities", []))
        self.assertEqual(record.get("overtimeMinutes", 0), 5)

        # --- the supervisor countersigns the day's record (阅签) ---
        waiting = cli.run("handover", "list", "--site", "hx",
                          "--awaiting-countersign", env=boss)
        self.assertIn("20261123-day", waiting.stdout)
        cli.run("handover", "countersign", "20261123-day", "--site", "hx",
                env=boss)
        waiting = cli.run("handover", "list", "--site", "hx",
                          "--awaiting-countersign", env=boss)
        self.assertNotIn("20261123-day", waiting.stdout)


if __name__ == "__main__":
    unittest.main()
