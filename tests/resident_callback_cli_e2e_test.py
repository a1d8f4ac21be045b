#!/usr/bin/python3
"""End-to-end test of the periodic resident callbacks (回访计划) in the real
CLI ($FRONTDESK_CLI) against a real frontdeskd ($FRONTDESKD), on each backend
[T-PERIODIC-RESIDENT-VISITS]: the README's lines — the handover date in the
report settings, `unit callback`, `unit callbacks`, `report callback-plan`
as a table and as -o json — and a refused callback's exit code. The plan's
figures are tests/resident_callbacks_api_test.py's.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \\
      PYTHONPATH=clients/python:tests tests/with_mariadb.sh \\
      /usr/bin/python3 tests/resident_callback_cli_e2e_test.py
"""

import datetime
import unittest
import zoneinfo

from cli_support import Cli, assert_help, create_site_hx, each_backend


class ResidentCallbackCliTest(unittest.TestCase):

    def test_help(self):
        assert_help(self, [["unit", "callback"], ["unit", "callbacks"],
                           ["report", "callback-plan"]])

    def test_readme_lines(self):
        each_backend(self, "frontdeskd-visits-cli-", self.scenario)

    def scenario(self, backend, url, server):
        cli = Cli(self, server)
        create_site_hx(cli, unit=True)
        today = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).date()
        handover = (today - datetime.timedelta(days=40)).isoformat()
        shown = cli.run("report", "settings", "set", "--site", "hx",
                        "--resident-handover-date", handover)
        self.assertRegex(shown.stdout, r"resident handover date:\s+" + handover)

        made = cli.json("unit", "callback", "--unit", "sites/hx/units/3-2-501",
                        "--result", "reached", "--rating", "5", "--comment",
                        "家里一切正常", "-o", "json")
        self.assertEqual(made["result"], "REACHED")
        self.assertTrue(made["name"].startswith(
            "sites/hx/units/3-2-501/residentCallbacks/"))
        cli.run("unit", "callback", "--site", "hx", "--unit", "3-2-501",
                "--result", "unreachable")
        # A reached call needs its rating: the server refuses it (exit 1).
        refused = cli.run("unit", "callback", "--site", "hx", "--unit",
                          "3-2-501", "--result", "reached", expect=1)
        self.assertIn("resident_callback.rating", refused.stderr)

        listed = cli.run("unit", "callbacks", "--site", "hx").stdout
        lines = listed.splitlines()
        self.assertIn("UNIT", lines[0])
        self.assertIn("unreachable", lines[1])  # newest first
        self.assertIn("reached", lines[2])
        self.assertIn("家里一切正常", lines[2])

        plan = cli.run("report", "callback-plan", "--site", "hx").stdout
        self.assertIn("cadence:", plan)
        self.assertIn("monthly", plan)
        # The unit was created this month: due from the next one.
        self.assertRegex(plan, r"due:\s+0")
        as_json = cli.json("report", "callback-plan", "--site", "hx",
                           "--month", today.strftime("%Y-%m"), "-o", "json")
        self.assertEqual(as_json["cadence"], "MONTHLY")
        self.assertTrue(as_json["handoverDateSet"])
        zh = cli.run("report", "callback-plan", "--site", "hx", "--lang",
                     "zh").stdout
        self.assertIn("每月", zh)


if __name__ == "__main__":
    unittest.main()
