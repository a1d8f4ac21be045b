#!/usr/bin/python3
"""End-to-end test of `frontdesk handover ...` (the real CLI, $FRONTDESK_CLI)
against a real frontdeskd, on SQLite and on MariaDB: every command parses
and reaches the server, and its refusals come back as the server's reasons.

The whole night shift change (open, submit, consent, accept, countersign)
needs duties on the roster and clock-ins (CreateDutyAssignment, ClockIn),
which other steps of issue 13 serve; tests/handover_test.cc covers it
through the gRPC API with duties seeded in the database.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/handover_cli_e2e_test.py
"""

import unittest

import harness
from cli_support import Cli, assert_help, create_site_hx, create_staff

HANDOVER = "sites/hx/handovers/20261123-day"
DUTY = "sites/hx/shifts/20261123-day/assignments/1"


class HandoverCliHelpTest(unittest.TestCase):

    def test_help_of_every_handover_command(self):
        assert_help(self, [["handover"]] + [
            ["handover", c] for c in (
                "open", "edit", "submit", "consent", "accept", "release",
                "countersign", "show", "list")])


class HandoverCliEndToEndTest(unittest.TestCase):

    def test_commands_reach_the_server(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), harness.Server(
                    db_url=url, name="frontdeskd-handover-" + backend
            ) as server:
                self.scenario(Cli(self, server))

    def scenario(self, cli):
        create_site_hx(cli)
        create_staff(cli, ("chen.jing", "陈静", "receptionist"),
                     ("li.zhuguan", "李主管", "supervisor"))
        desk = {"FRONTDESK_TOKEN": cli.new_token("chen.jing")}
        boss = {"FRONTDESK_TOKEN": cli.new_token("li.zhuguan")}

        # Not on duty: nobody opens the handover of a shift they do not work.
        opened = cli.run("handover", "open", "--site", "hx", "--shift",
                         "20261123-day", "--log", "交接无异常", "--item",
                         "快递柜满", env=desk, expect=1)
        self.assertIn("NOT_ON_DUTY", opened.stderr)
        # A date that does not exist names the field.
        bad = cli.run("handover", "open", "--site", "hx", "--shift",
                      "20261131-day", env=desk, expect=1)
        self.assertIn("outgoing_shift", bad.stderr)

        listed = cli.json("handover", "list", "--site", "hx",
                          "--awaiting-countersign", "-o", "json", env=boss)
        self.assertEqual(listed.get("handovers", []), [])
        empty = cli.run("handover", "list", env=boss)
        self.assertIn("no handovers", empty.stderr)

        shown = cli.run("handover", "show", "20261123-day", "--site", "hx",
                        env=desk, expect=1)
        self.assertIn("HANDOVER_NOT_FOUND", shown.stderr)
        for command in (["submit", HANDOVER], ["countersign", HANDOVER],
                        ["consent", HANDOVER, "--item", "1"]):
            r = cli.run("handover", *command, env=boss, expect=1)
            self.assertIn("HANDOVER_NOT_FOUND", r.stderr)

        # Release is a supervisor's; a receptionist is refused before the
        # duty is looked up.
        refused = cli.run("handover", "release", DUTY, "--reason", "发烧",
                          env=desk, expect=1)
        self.assertIn("PERMISSION_DENIED", refused.stderr)
        missing = cli.run("handover", "release", DUTY, "--reason", "发烧",
                          env=boss, expect=1)
        self.assertIn("DUTY_ASSIGNMENT_NOT_FOUND", missing.stderr)

        # Usage: accept says which items were checked; a count is ITEM=N.
        cli.run("handover", "accept", HANDOVER, env=desk, expect=2)
        cli.run("handover", "accept", HANDOVER, "--ack", "1", "--count",
                "radio", env=desk, expect=2)
        cli.run("handover", "show", "20261123-day", env=desk, expect=2)


if __name__ == "__main__":
    unittest.main()
