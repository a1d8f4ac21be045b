#!/usr/bin/python3
"""The README's link, escalation, watch and SLA-policy commands through the
real `frontdesk` CLI against a real frontdeskd, on SQLite and on MariaDB.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/cli_links_e2e_test.py
"""

import datetime
import json
import re
import subprocess
import unittest

from cli_support import (CLI_TIMEOUT, LineReader, TicketCommands,
                         due_after_creation, local_time, steps_at_hx)


class CliLinksEscalationsPoliciesTest(unittest.TestCase):
    """ticket link / resolve --with-children / escalate / escalations /
    watch, and sla-policy list / set."""

    def test_links_escalations_policies_and_watch(self):
        steps_at_hx(self, "frontdeskd-cli-x-", self.links, self.escalations,
                    self.policies, self.watch)

    def create(self, cli, subject, *extra, kind="repair"):
        return TicketCommands.create(self, cli, *extra, subject=subject,
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
        self.assertEqual(TicketCommands.status(self, cli, lone), "NEW")

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
        self.assertEqual(due_after_creation(ticket, "resolutionDueTime"),
                         datetime.timedelta(days=7))

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

    def watch(self, cli):
        server = cli.server
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
