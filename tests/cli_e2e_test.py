#!/usr/bin/python3
"""End-to-end tests of the real `frontdesk` CLI ($FRONTDESK_CLI) against a
real frontdeskd, on SQLite and on MariaDB: the README's commands, exactly as
written there, must work. Help and usage of every command, and the
directory and ticket intake commands; the workflow and the links,
escalations and policies are in cli_workflow_e2e_test.py and
cli_links_e2e_test.py.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/cli_e2e_test.py
"""

import json
import os
import subprocess
import unittest

import harness
from cli_support import (CLI_TIMEOUT, NUMBER, Cli, assert_help, clean_env,
                         cli_path)


class CliHelpTest(unittest.TestCase):

    def test_help_of_every_command(self):
        commands = [[], ["site"], ["site", "create"], ["site", "get"], ["site", "list"],
                    ["unit"], ["unit", "create"], ["unit", "list"],
                    ["staff"], ["staff", "create"], ["staff", "get"], ["staff", "list"],
                    ["token"], ["token", "create"],
                    ["approval"], ["approval", "create"], ["approval", "get"],
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
        assert_help(self, commands)

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
        # Roles per site [D-GRANTS-PER-SITE]: supervisor at hx, manager at
        # every site; a grant is not mixed with the shorthand.
        cli.run("staff", "create", "zhou.yi", "--display-name", "周怡",
                "--grant", "supervisor@hx", "--grant", "manager@-")
        zhou = cli.json("staff", "get", "zhou.yi", "-o", "json")
        self.assertEqual(zhou["grants"], [
            {"role": "SUPERVISOR", "site": "sites/hx"},
            {"role": "MANAGER", "site": "sites/-"}])
        self.assertIn("supervisor@hx,manager@-",
                      cli.run("staff", "get", "zhou.yi").stdout)
        cli.run("staff", "create", "bad.one", "--display-name", "x",
                "--grant", "supervisor@hx", "--roles", "receptionist", expect=2)
        cli.run("staff", "create", "bad.one", "--display-name", "x",
                "--grant", "janitor@hx", expect=2)

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
        # A vendor's contact, the README's line [D-VENDOR-CONTACT]; otis
        # serves hx only, and a contact names their vendor.
        cli.run("staff", "create", "otis.zhang", "--display-name", "张工",
                "--grant", "vendor-contact@hx", "--vendor", "otis")
        contact = cli.json("staff", "get", "otis.zhang", "-o", "json")
        self.assertEqual(contact["vendor"], "vendors/otis")
        self.assertEqual(contact["grants"],
                         [{"role": "VENDOR_CONTACT", "site": "sites/hx"}])
        self.assertIn("vendors/otis",
                      cli.run("staff", "get", "otis.zhang").stdout)
        listed = cli.run("staff", "list", "--role", "vendor-contact").stdout
        self.assertRegex(listed, r"otis\.zhang .*vendor-contact@hx +otis")
        everywhere = cli.run("staff", "create", "otis.wang", "--display-name",
                             "王工", "--grant", "vendor-contact@-", "--vendor",
                             "otis", expect=1)
        self.assertIn("VENDOR_NOT_SERVING_SITE", everywhere.stderr)
        nameless = cli.run("staff", "create", "otis.wang", "--display-name",
                           "王工", "--grant", "vendor-contact@hx", expect=1)
        self.assertIn("staff_member.vendor", nameless.stderr)
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
        # The README's receptionist records with her own token.
        issued = cli.run("token", "create", "--staff", "li.na")
        lines = [l for l in issued.stdout.splitlines() if l.strip()]
        self.assertEqual(len(lines), 1, issued.stdout)
        secret = lines[0].strip()
        self.assertNotEqual(secret, server.token)
        by_li = cli.run(
            "--token", secret, "ticket", "create", "--site", "hx",
            "--kind", "inquiry", "--channel", "phone", "--reporter-name", "王芳",
            "--reporter-phone", "13800138000", "--subject", "物业费怎么交", "-o", "json")
        self.assertEqual(json.loads(by_li.stdout)["createdBy"], "staff/li.na")
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
        env = clean_env()
        env.update(FRONTDESK_SERVER=server_address, FRONTDESK_TOKEN="fd_x")
        r = subprocess.run([cli_path(), "--timeout", "2", "site", "list"], env=env,
                           capture_output=True, text=True, timeout=CLI_TIMEOUT)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertRegex(r.stderr, "UNAVAILABLE|DEADLINE_EXCEEDED")


if __name__ == "__main__":
    unittest.main(verbosity=2)
