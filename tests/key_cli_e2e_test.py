#!/usr/bin/python3
"""End-to-end test of `frontdesk key ...` (the real CLI, $FRONTDESK_CLI)
against a real frontdeskd, on SQLite and on MariaDB: the issue's and the
README's key lines, exactly as written there, must work.

The issue's loan is due "2026-11-23 17:00" (Asia/Shanghai). So that the line
works on any day, the server runs with FRONTDESK_CLOCK_OFFSET putting its
clock at 2026-11-23 09:00 in Shanghai, and is restarted at 18:00 the same
day to see the key overdue.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/key_cli_e2e_test.py
"""

import datetime
import unittest
import zoneinfo

import harness
from cli_support import Cli, assert_help, create_site_hx, create_staff

ZONE = zoneinfo.ZoneInfo("Asia/Shanghai")
DOCUMENT = "110101199003071233"
PHONE = "13900001111"


def offset_to(local_time):
    """FRONTDESK_CLOCK_OFFSET that puts the server's clock at `local_time`
    (naive, Asia/Shanghai)."""
    target = local_time.replace(tzinfo=ZONE)
    now = datetime.datetime.now(datetime.timezone.utc)
    return "%ds" % int((target - now).total_seconds())


MORNING = datetime.datetime(2026, 11, 23, 9, 0)
EVENING = datetime.datetime(2026, 11, 23, 18, 0)


class KeyCliHelpTest(unittest.TestCase):

    def test_help_of_every_key_command(self):
        assert_help(self, [["key"], ["key", "create"], ["key", "get"],
                           ["key", "list"], ["key", "lend"], ["key", "return"],
                           ["key", "history"], ["key", "retire"]])


class KeyCliEndToEndTest(unittest.TestCase):

    def test_issue_key_lines(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), harness.Server(
                    db_url=url, name="frontdeskd-keys-" + backend,
                    extra_env={"FRONTDESK_CLOCK_OFFSET": offset_to(MORNING)}
            ) as server:
                self.scenario(Cli(self, server), server)

    def scenario(self, cli, server):
        create_site_hx(cli, unit=True)
        create_staff(cli, ("zhang.gong", "维修 张工", "maintenance"),
                     ("chen.jing", "陈静", "receptionist"),
                     ("li.zhuguan", "李主管", "supervisor"))
        desk = {"FRONTDESK_TOKEN": cli.new_token("chen.jing")}
        boss = {"FRONTDESK_TOKEN": cli.new_token("li.zhuguan")}

        # --- the README's lines ---
        cli.run("key", "create", "--site", "hx", "--tag", "KEY-0012",
                "--kind", "vacant-unit", "--unit", "3-2-501", "--slot", "A-03",
                "--authorized", "zhang.gong")
        # The issue's line, verbatim, at the desk (a receptionist).
        lent = cli.run("key", "lend", "--site", "hx", "--key", "KEY-0012",
                       "--borrower", "维修 张工", "--purpose", "空置房检修",
                       "--due", "2026-11-23 17:00", env=desk)
        self.assertIn("on-loan", lent.stdout)
        self.assertIn("zhang.gong", lent.stdout)
        self.assertIn("2026-11-23 17:00", lent.stdout)
        key = cli.json("key", "get", "--site", "hx", "--key", "KEY-0012",
                       "-o", "json", env=desk)
        self.assertEqual(key["state"], "ON_LOAN")
        self.assertEqual(key["currentLoan"]["borrower"],
                         {"staff": "staff/zhang.gong"})
        self.assertEqual(key["currentLoan"]["dueTime"], "2026-11-23T09:00:00Z")
        self.assertEqual(key["currentLoan"]["lentBy"], "staff/chen.jing")

        # Lending a key that is out is refused, naming the rule.
        again = cli.run("key", "lend", "--site", "hx", "--key", "KEY-0012",
                        "--borrower", "维修 张工", "--purpose", "空置房检修",
                        "--due", "2026-11-23 17:00", env=desk, expect=1)
        self.assertIn("KEY_NOT_IN_STORE", again.stderr)

        out = cli.run("key", "list", "--site", "hx", "--out", env=desk)
        self.assertIn("KEY-0012", out.stdout)
        none = cli.run("key", "list", "--site", "hx", "--overdue", env=desk)
        self.assertNotIn("KEY-0012", none.stdout)

        # --- 18:00: the key is overdue ---
        server.extra_env["FRONTDESK_CLOCK_OFFSET"] = offset_to(EVENING)
        server.restart()
        overdue = cli.run("key", "list", "--site", "hx", "--overdue", env=desk)
        self.assertIn("KEY-0012", overdue.stdout)
        self.assertIn("yes", overdue.stdout)

        back = cli.run("key", "return", "--site", "hx", "--key", "KEY-0012",
                       "--note", "门锁完好", env=desk)
        self.assertIn("in-store", back.stdout)
        not_out = cli.run("key", "return", "--site", "hx", "--key", "KEY-0012",
                          env=desk, expect=1)
        self.assertIn("KEY_NOT_ON_LOAN", not_out.stderr)

        history = cli.json("key", "history", "--site", "hx", "--key",
                           "KEY-0012", "-o", "json", env=desk)["events"]
        self.assertEqual([e["type"] for e in history],
                         ["CREATED", "LENT", "RETURNED"])
        self.assertTrue(history[2]["late"])
        self.assertEqual(history[2]["note"], "门锁完好")
        table = cli.run("key", "history", "--site", "hx", "--key", "KEY-0012",
                        env=desk)
        self.assertIn("late", table.stdout)

        # --- a person outside the staff ---
        no_doc = cli.run("key", "lend", "--site", "hx", "--key", "KEY-0012",
                         "--borrower", "装修 刘工", "--borrower-phone", PHONE,
                         "--purpose", "量房", env=desk, expect=1)
        self.assertIn("borrower.person.document", no_doc.stderr)
        person = ["key", "lend", "--site", "hx", "--key", "KEY-0012",
                  "--borrower", "装修 刘工", "--borrower-phone", PHONE,
                  "--borrower-id-type", "id-card",
                  "--borrower-id-number", DOCUMENT, "--purpose", "量房"]
        refused = cli.run(*person, env=desk, expect=1)
        self.assertIn("KEY_BORROWER_NOT_AUTHORIZED", refused.stderr)
        # Naming the supervisor is not their word [ACL-APPROVAL-BY-APPROVER];
        # their approval code is, once.
        named = person + ["--authorized-by", "li.zhuguan",
                          "--authorization-reason", "业主电话同意"]
        unconfirmed = cli.run(*named, env=desk, expect=1)
        self.assertIn("SUPERVISOR_AUTHORIZATION_REQUIRED", unconfirmed.stderr)
        code = cli.run("approval", "create", "--site", "hx", "--action",
                       "off-list-key-loan", "--key", "KEY-0012", "--reason",
                       "业主电话同意", env=boss).stdout.strip()
        authorised = person + ["--authorized-by", "li.zhuguan",
                               "--approval", code]
        lent = cli.json(*(authorised + ["-o", "json"]), env=desk)
        borrower = lent["currentLoan"]["borrower"]["person"]
        self.assertEqual(borrower["phone"], "139****1111")
        self.assertEqual(borrower["document"]["number"], "1101**********1233")
        self.assertTrue(lent["masked"])
        unmasked = cli.json("key", "get", "--site", "hx", "--key", "KEY-0012",
                            "--unmask", "--unmask-reason", "核对借用人",
                            "-o", "json", env=boss)
        self.assertEqual(
            unmasked["currentLoan"]["borrower"]["person"]["document"]["number"],
            DOCUMENT)
        cli.run("key", "get", "--site", "hx", "--key", "KEY-0012", "--unmask",
                "--unmask-reason", "核对", env=desk, expect=1)

        # --- retiring: supervisors, and not while out unless lost ---
        on_loan = cli.run("key", "retire", "--site", "hx", "--key", "KEY-0012",
                          "--reason", "handed-over", "--note", "入伙,交业主",
                          env=boss, expect=1)
        self.assertIn("KEY_ON_LOAN", on_loan.stderr)
        cli.run("key", "return", "--site", "hx", "--key", "KEY-0012", env=desk)
        cli.run("key", "retire", "--site", "hx", "--key", "KEY-0012",
                "--reason", "handed-over", "--note", "入伙,交业主", env=desk,
                expect=1)
        cli.run("key", "retire", "--site", "hx", "--key", "KEY-0012",
                "--reason", "handed-over", "--note", "入伙,交业主", env=boss)
        self.assertNotIn("KEY-0012",
                         cli.run("key", "list", "--site", "hx", env=desk).stdout)
        retired = cli.run("key", "list", "--site", "hx", "--retired", env=desk)
        self.assertIn("KEY-0012", retired.stdout)

        # Bad input is a usage error before any call.
        cli.run("key", "lend", "--site", "hx", "--key", "KEY-0012",
                "--borrower", "维修 张工", "--purpose", "x", "--due",
                "tomorrow", expect=2)


if __name__ == "__main__":
    unittest.main()
