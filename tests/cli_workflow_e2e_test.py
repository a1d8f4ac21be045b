#!/usr/bin/python3
"""The README's workflow commands through the real `frontdesk` CLI against a
real frontdeskd, on SQLite and on MariaDB: dispatch to the callback.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/cli_workflow_e2e_test.py
"""

import datetime
import re
import unittest
import zoneinfo

from cli_support import (TicketCommands, due_after_creation, local_time,
                         steps_at_hx)


class CliWorkflowTest(TicketCommands, unittest.TestCase):
    """The workflow verbs of the README, from dispatch to the callback."""

    def test_workflow(self):
        steps_at_hx(self, "frontdeskd-cli-wf-", self.repair_until_satisfied,
                    self.unfounded_complaint, self.errors, self.other_verbs,
                    self.complaint_plan, self.coordination_notice,
                    self.overdue)

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
        self.assertEqual(due_after_creation(ticket, "planDueTime"),
                         datetime.timedelta(days=1))
        self.assertIn("plan due", cli.run("ticket", "get", number).stdout)

        finish, finish_utc = local_time(datetime.timedelta(days=2))
        # The head agrees with their own token [ACL-APPROVAL-BY-APPROVER];
        # the desk records the plan with the code, and naming the head alone
        # is no agreement.
        head = {"FRONTDESK_TOKEN": cli.new_token("wang.li")}
        named = cli.run("ticket", "plan", number, "--department", "security",
                        "--plan", "x", "--agreed-by", "wang.li", expect=1)
        self.assertIn("PERMISSION_DENIED (PLAN_APPROVAL_REQUIRED)",
                      named.stderr)
        code = cli.run("approval", "create", "--site", "hx", "--action",
                       "ticket-plan", "--ticket", number, "--reason",
                       "保安部同意整改", env=head).stdout.strip()
        shown = cli.run("ticket", "plan", number, "--department", "security",
                        "--plan", "当班保安停岗培训,主管上门致歉",
                        "--finish", finish, "--approval", code).stdout
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
        self.assertEqual(due_after_creation(ticket, "promisedTime"),
                         datetime.timedelta(days=3))
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
        # Nothing overdue at hx: the "nothing" line alone, no header.
        out = cli.run("ticket", "overdue", "--site", "hx")
        self.assertEqual((out.stdout, out.stderr), ("", "no overdue tickets\n"))
        everywhere = cli.run("ticket", "overdue")
        if everywhere.stdout:
            self.assertEqual(everywhere.stdout.splitlines()[0].split(),
                             ["NUMBER", "STATUS", "KIND", "ASSIGNEE", "DUE",
                              "OVERDUE", "BY"])
        else:
            self.assertEqual(everywhere.stderr, "no overdue tickets\n")
        cli.json("ticket", "overdue", "--site", "hx", "-o", "json")


if __name__ == "__main__":
    unittest.main(verbosity=2)
