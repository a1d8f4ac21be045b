#!/usr/bin/python3
"""Runs example.py and visitor_pass_example.py (both on frontdesk_client.py)
against a real frontdeskd started by tests/harness.py.

    FRONTDESKD=build/server/frontdeskd /usr/bin/python3 clients/python/test_client.py

harness.py is found through $FRONTDESK_TESTS_DIR, PYTHONPATH, or the
repository layout (../../tests).
"""

import os
import subprocess

import grpc
import sys
import unittest

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
for _d in (os.environ.get("FRONTDESK_TESTS_DIR", ""),
           os.path.join(_HERE, "..", "..", "tests")):
    if _d and os.path.isfile(os.path.join(_d, "harness.py")):
        sys.path.append(os.path.abspath(_d))
        break

import harness  # noqa: E402

import example  # noqa: E402
import frontdesk_client  # noqa: E402
import visitor_pass_example  # noqa: E402
from frontdesk.v1 import directory_service_pb2 as directory_pb2  # noqa: E402
from frontdesk.v1 import visitor_service_pb2 as visitor_pb2  # noqa: E402
from frontdesk.v1 import ticket_service_pb2 as ticket_pb2  # noqa: E402


class ExampleTest(unittest.TestCase):

    def test_example_functions_round_trip(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), harness.Server(db_url=url) as server:
                with frontdesk_client.connect(server.address, server.token) as client:
                    site = example.ensure_site(client, "hx", "华馨苑")
                    self.assertEqual(site.name, "sites/hx")
                    self.assertEqual(site.display_name, "华馨苑")
                    # A second call finds the site instead of failing.
                    again = example.ensure_site(client, "hx", "华馨苑")
                    self.assertEqual(again.etag, site.etag)

                    created = example.create_ticket(
                        client, "hx", subject="厨房水管漏水",
                        reporter_name="王芳", reporter_phone="13800138000",
                        location="3-2-501", description="水从柜子下面流出")
                    self.assertRegex(created.number, r"^HX-\d{8}-0001$")
                    got = example.get_ticket(client, "hx", created.number)

                    self.assertEqual(got, created)
                    self.assertEqual(got.site, "sites/hx")
                    self.assertEqual(got.subject, "厨房水管漏水")
                    self.assertEqual(got.description, "水从柜子下面流出")
                    self.assertEqual(got.reporter.name, "王芳")
                    self.assertEqual(got.reporter.phone, "13800138000")
                    self.assertEqual(got.reporter.location, "3-2-501")
                    self.assertEqual(got.channel, ticket_pb2.Ticket.PHONE)
                    self.assertEqual(got.kind, ticket_pb2.Ticket.REPAIR)
                    self.assertEqual(got.status, ticket_pb2.Ticket.NEW)
                    self.assertEqual(got.priority, ticket_pb2.Ticket.NORMAL)
                    self.assertEqual(got.created_by, "staff/admin")
                    self.assertTrue(got.etag)
                    self.assertGreater(got.create_time.seconds, 0)

                    # The same request_id is the same ticket.
                    first = example.create_ticket(
                        client, "hx", subject="门禁卡失效", reporter_name="李雷",
                        reporter_phone="021-5555-1234", request_id="example-1")
                    retry = example.create_ticket(
                        client, "hx", subject="门禁卡失效", reporter_name="李雷",
                        reporter_phone="021-5555-1234", request_id="example-1")
                    self.assertEqual(first, retry)

    def test_example_main(self):
        with harness.Server() as server:
            env = dict(os.environ)
            env.pop("FRONTDESK_TOKEN", None)
            env["FRONTDESK_SERVER"] = server.address
            env["FRONTDESK_TOKEN_FILE"] = server.token_file
            env["PYTHONPATH"] = os.pathsep.join(
                [_HERE] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
            run = lambda: subprocess.run(  # noqa: E731
                [sys.executable, os.path.join(_HERE, "example.py")], env=env,
                capture_output=True, text=True, timeout=60)
            first = run()
            self.assertEqual(first.returncode, 0, first.stderr)
            self.assertRegex(first.stdout.strip(), r"^HX-\d{8}-0001$")
            second = run()  # the site exists now
            self.assertEqual(second.returncode, 0, second.stderr)
            self.assertRegex(second.stdout.strip(), r"^HX-\d{8}-\d{4}$")
            date1, date2 = first.stdout[3:11], second.stdout[3:11]
            # The next number of the day (or 0001 if the site's day changed).
            self.assertEqual(second.stdout.strip()[-4:],
                             "0002" if date1 == date2 else "0001")

            env["FRONTDESK_TOKEN"] = "fd_not-a-token"
            bad = run()
            self.assertEqual(bad.returncode, 1)
            self.assertIn("UNAUTHENTICATED", bad.stderr)
            self.assertIn("[UNAUTHENTICATED]", bad.stderr)  # the ErrorInfo reason


class VisitorPassExampleTest(unittest.TestCase):

    def test_resident_app_pass_is_used_once_at_the_desk(self):
        with harness.Server() as server, \
                frontdesk_client.connect(server.address, server.token) as client:
            example.ensure_site(client, "hx", "华馨苑")
            client.directory.CreateUnit(directory_pb2.CreateUnitRequest(
                parent="sites/hx", unit=directory_pb2.Unit(
                    building="3", entrance="2", room="501")))
            # The resident app's own service account.
            client.directory.CreateStaffMember(directory_pb2.CreateStaffMemberRequest(
                staff_id="resident.app",
                staff_member=directory_pb2.StaffMember(
                    display_name="业主App",
                    roles=[directory_pb2.StaffMember.RESIDENT_APP],
                    sites=["sites/hx"])))
            app_token = client.directory.CreateAccessToken(
                directory_pb2.CreateAccessTokenRequest(
                    parent="staff/resident.app")).secret

            with frontdesk_client.connect(server.address, app_token) as app:
                created = visitor_pass_example.create_pass(
                    app, "hx", "3-2-501", "张三", phone="13900001111")
            self.assertRegex(created.code, r"^[2-9A-HJKMNP-Z]{8}$")
            self.assertEqual(created.created_by, "staff/resident.app")
            self.assertEqual(created.visitor.phone, "139****1111")
            self.assertEqual(created.state, visitor_pb2.VisitorPass.ACTIVE)

            # At the desk (the admin here): the code fills in the visit.
            request = visitor_pb2.CheckInVisitorRequest(
                parent="sites/hx", pass_code=created.code.lower())
            request.visit.visitor.document.type = (
                visitor_pb2.IdentityDocument.ID_CARD)
            request.visit.visitor.document.number = "110101199003071233"
            visit = client.visitors.CheckInVisitor(request)
            self.assertEqual(visit.visitor.display_name, "张三")
            self.assertEqual(visit.host.unit, "sites/hx/units/3-2-501")
            self.assertEqual(visit.visitor_pass, created.name)
            with self.assertRaises(frontdesk_client.FrontdeskError) as used:
                client.visitors.CheckInVisitor(request)
            self.assertEqual(used.exception.code(),
                             grpc.StatusCode.FAILED_PRECONDITION)
            self.assertIn("used up", used.exception.details())
            self.assertTrue(used.exception.reason)

    def test_visitor_pass_example_main(self):
        with harness.Server() as server, \
                frontdesk_client.connect(server.address, server.token) as client:
            example.ensure_site(client, "hx", "华馨苑")
            client.directory.CreateUnit(directory_pb2.CreateUnitRequest(
                parent="sites/hx", unit=directory_pb2.Unit(
                    building="3", entrance="2", room="501")))
            env = dict(os.environ)
            env.pop("FRONTDESK_TOKEN_FILE", None)
            env["FRONTDESK_SERVER"] = server.address
            env["FRONTDESK_TOKEN"] = server.token
            env["PYTHONPATH"] = os.pathsep.join(
                [_HERE] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
            run = lambda *args: subprocess.run(  # noqa: E731
                [sys.executable, os.path.join(_HERE, "visitor_pass_example.py"),
                 *args], env=env, capture_output=True, text=True, timeout=60)
            ok = run("hx", "3-2-501", "张三")
            self.assertEqual(ok.returncode, 0, ok.stderr)
            self.assertRegex(ok.stdout, r"^[2-9A-HJKMNP-Z]{8}  valid until \d{4}-")
            # An unknown unit: the reason and the field, from the details.
            bad = run("hx", "9-9-999", "张三")
            self.assertEqual(bad.returncode, 1)
            self.assertIn("NOT_FOUND", bad.stderr)
            self.assertIn("[UNIT_NOT_FOUND]", bad.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
