#!/usr/bin/python3
"""gRPC-level tests of frontdeskd, against the real binary, on SQLite and on
MariaDB (each test class runs once per backend; see the bottom of the file).

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/api_test.py
"""

import concurrent.futures
import os
import subprocess
import tempfile
import threading
import time
import unittest
import uuid

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2

from google.protobuf import duration_pb2
from google.protobuf import field_mask_pb2

Ticket = ticket_pb2.Ticket
TicketEvent = ticket_pb2.TicketEvent


def unique_site_id(prefix):
    return (prefix + uuid.uuid4().hex)[:16]


class ApiTestBase:
    """Mixed into one unittest.TestCase per backend."""

    backend = None  # "sqlite" or "mariadb"

    @classmethod
    def setUpClass(cls):
        url, cleanup = harness.fresh_database(cls.backend)  # fails if required
        if url is None:
            raise unittest.SkipTest("FRONTDESK_TEST_MYSQL is not set")
        cls._db_cleanup = cleanup
        cls.server = harness.Server(db_url=url, name="frontdeskd-" + cls.backend)
        try:
            cls.server.start()
        except BaseException:
            cls.server.cleanup()
            cleanup()
            raise
        cls.stubs = cls.server.stubs()
        cls.md = cls.server.metadata

    @classmethod
    def tearDownClass(cls):
        try:
            cls.server.stop()
        finally:
            cls.server.cleanup()
            cls._db_cleanup()

    # -- helpers --

    def new_site(self, prefix="s", stubs=None, md=None):
        site_id = unique_site_id(prefix)
        (stubs or self.stubs).directory.CreateSite(
            harness.site_request(site_id), metadata=md or self.md,
            timeout=DEADLINE)
        return site_id

    def create(self, site_id, stubs=None, md=None, **kwargs):
        return (stubs or self.stubs).tickets.CreateTicket(
            harness.ticket_request(site_id, **kwargs), metadata=md or self.md,
            timeout=DEADLINE)

    def get(self, name):
        return self.stubs.tickets.GetTicket(
            ticket_pb2.GetTicketRequest(name=name), metadata=self.md,
            timeout=DEADLINE)

    def events(self, name, page_size=0):
        out, token = [], ""
        while True:
            resp = self.stubs.tickets.ListTicketEvents(
                ticket_pb2.ListTicketEventsRequest(parent=name, page_size=page_size,
                                                   page_token=token),
                metadata=self.md, timeout=DEADLINE)
            out.extend(resp.events)
            token = resp.next_page_token
            if not token:
                return out

    def count_tickets(self):
        return len(harness.list_all_tickets(self.stubs, self.md))

    def assertRpcError(self, code, call, *args, field=None, reason=None, **kwargs):
        """Runs call(*args, **kwargs) expecting a gRPC error `code`; checks
        the BadRequest violation on `field` and the ErrorInfo reason."""
        kwargs.setdefault("timeout", DEADLINE)
        with self.assertRaises(grpc.RpcError) as cm:
            call(*args, **kwargs)
        err = cm.exception
        self.assertEqual(err.code(), code, err.details())
        details = harness.rpc_error_details(err)
        self.assertIsNotNone(details, "no grpc-status-details-bin on %s" % err.details())
        self.assertEqual(details.status.code, code.value[0])
        self.assertIsNotNone(details.error_info, "no ErrorInfo")
        self.assertEqual(details.error_info.domain, "frontdesk.v1")
        self.assertRegex(details.reason, r"^[A-Z][A-Z0-9_]*$")
        if field is not None:
            self.assertIn(field, details.violation_fields,
                          "BadRequest %s does not name %s" %
                          (details.bad_request, field))
        if reason is not None:
            self.assertEqual(details.reason, reason)
        return details

    def assertServing(self):
        for service in ("",) + harness.SERVICES:
            self.assertEqual(self.server.health(service), harness.HEALTH_SERVING)
        self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/-", page_size=1),
            metadata=self.md, timeout=DEADLINE)

    # -- bad input --

    def test_bad_input_is_rejected_and_writes_nothing(self):
        site = self.new_site("bad")
        self.create(site)  # the site works
        t = self.stubs.tickets
        list_req = lambda **kw: ticket_pb2.ListTicketsRequest(  # noqa: E731
            parent="sites/" + site, **kw)
        cases = [
            ("empty subject", grpc.StatusCode.INVALID_ARGUMENT, "ticket.subject",
             t.CreateTicket, harness.ticket_request(site, subject="")),
            ("201-char subject", grpc.StatusCode.INVALID_ARGUMENT, "ticket.subject",
             t.CreateTicket, harness.ticket_request(site, subject="漏" * 201)),
            ("unknown kind", grpc.StatusCode.INVALID_ARGUMENT, "ticket.kind",
             t.CreateTicket, harness.ticket_request(site, kind=99)),
            ("unknown channel", grpc.StatusCode.INVALID_ARGUMENT, "ticket.channel",
             t.CreateTicket, harness.ticket_request(site, channel=42)),
            ("malformed phone", grpc.StatusCode.INVALID_ARGUMENT,
             "ticket.reporter.phone",
             t.CreateTicket, harness.ticket_request(site, reporter_phone="138-abc-8000")),
            ("mobile too long", grpc.StatusCode.INVALID_ARGUMENT,
             "ticket.reporter.phone",
             t.CreateTicket, harness.ticket_request(site, reporter_phone="138001380001")),
            ("complaint without class", grpc.StatusCode.INVALID_ARGUMENT,
             "ticket.complaint_class",
             t.CreateTicket, harness.ticket_request(site, kind=Ticket.COMPLAINT)),
            ("bad request_id", grpc.StatusCode.INVALID_ARGUMENT, "request_id",
             t.CreateTicket, harness.ticket_request(site, request_id="a b")),
            ("unknown site", grpc.StatusCode.NOT_FOUND, None,
             t.CreateTicket, harness.ticket_request("nosuchsite")),
            ("unknown unit", grpc.StatusCode.NOT_FOUND, None,
             t.CreateTicket,
             harness.ticket_request(site, reporter_unit="sites/%s/units/9-9-999" % site)),
            ("forged page token", grpc.StatusCode.INVALID_ARGUMENT, "page_token",
             t.ListTickets, list_req(page_token="cDIfZm9yZ2VkHzEyMzQ1Njc4OQ")),
            ("filter on unknown field", grpc.StatusCode.INVALID_ARGUMENT, "filter",
             t.ListTickets, list_req(filter="password = \"x\"")),
            ("filter with unknown enum value", grpc.StatusCode.INVALID_ARGUMENT,
             "filter", t.ListTickets, list_req(filter="status = SOLVED")),
            ("filter with OR", grpc.StatusCode.INVALID_ARGUMENT, "filter",
             t.ListTickets, list_req(filter="status = NEW OR kind = REPAIR")),
            ("negative page_size", grpc.StatusCode.INVALID_ARGUMENT, "page_size",
             t.ListTickets, list_req(page_size=-1)),
        ]
        reasons = {"unknown site": "SITE_NOT_FOUND", "unknown unit": "UNIT_NOT_FOUND",
                   "forged page token": "INVALID_PAGE_TOKEN"}
        for label, code, field, call, request in cases:
            with self.subTest(label):
                before = self.count_tickets()
                self.assertRpcError(code, call, request, metadata=self.md,
                                    field=field, reason=reasons.get(label))
                self.assertEqual(self.count_tickets(), before, "something was written")
                self.assertServing()

    def test_page_token_from_another_query_is_rejected(self):
        site = self.new_site("tok")
        for _ in range(3):
            self.create(site)
        first = self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=1),
            metadata=self.md, timeout=DEADLINE)
        token = first.next_page_token
        self.assertTrue(token)
        # Same token, different filter or parent: refused.
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=1,
                                          page_token=token, filter="kind = HELP"),
            metadata=self.md, field="page_token")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/-", page_size=1,
                                          page_token=token),
            metadata=self.md, field="page_token")
        # A tampered byte: refused.
        tampered = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=1,
                                          page_token=tampered),
            metadata=self.md, field="page_token")

    def test_get_by_name_or_number(self):
        site = self.new_site("num")
        t = self.create(site)
        self.assertRegex(t.number, r"^%s-\d{8}-0001$" % site.upper())
        self.assertEqual(t.name.rsplit("/", 1)[0], "sites/%s/tickets" % site)
        for name in (t.name, "sites/%s/tickets/%s" % (site, t.number),
                     "sites/-/tickets/%s" % t.number):
            with self.subTest(name=name):
                self.assertEqual(self.get(name), t)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.stubs.tickets.GetTicket,
                            ticket_pb2.GetTicketRequest(name=t.name + "999"),
                            metadata=self.md, reason="TICKET_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            self.stubs.tickets.GetTicket,
                            ticket_pb2.GetTicketRequest(name="tickets/1"),
                            metadata=self.md, field="name")

    def test_subject_boundaries(self):
        site = self.new_site("len")
        t = self.create(site, subject="漏" * 200)
        self.assertEqual(self.get(t.name).subject, "漏" * 200)

    def test_sql_injection_looking_text_is_stored_verbatim(self):
        site = self.new_site("sql")
        subject = "'; DROP TABLE tickets; --"
        name = "Robert'); DROP TABLE staff_members;--"
        location = "\" OR 1=1 -- \\ %_"
        t = self.create(site, subject=subject, reporter_name=name,
                        reporter_location=location)
        got = self.get(t.name)
        self.assertEqual(got.subject, subject)
        self.assertEqual(got.reporter.name, name)
        self.assertEqual(got.reporter.location, location)
        listed = harness.list_all_tickets(self.stubs, self.md, parent="sites/" + site)
        self.assertEqual([x.name for x in listed], [t.name])
        self.assertEqual(listed[0].subject, subject)
        # Quotes in a filter value are data, not SQL.
        none = harness.list_all_tickets(
            self.stubs, self.md, parent="sites/" + site,
            filter="reporter_phone = \"1' OR '1'='1\"")
        self.assertEqual(none, [])
        self.create(site)  # and writing still works
        self.assertEqual(
            len(harness.list_all_tickets(self.stubs, self.md, parent="sites/" + site)), 2)

    # -- authentication --

    def test_missing_or_wrong_token_is_unauthenticated(self):
        site = self.new_site("auth")
        before = self.count_tickets()
        t = self.stubs.tickets
        for label, md in [
                ("no token", None),
                ("unknown token", (("authorization", "Bearer fd_" + "x" * 43),)),
                ("empty bearer", (("authorization", "Bearer "),)),
                ("not bearer", (("authorization", "Basic " + self.server.token),)),
                ("bare token", (("authorization", self.server.token),))]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, t.CreateTicket,
                                    harness.ticket_request(site), metadata=md,
                                    reason="UNAUTHENTICATED")
                self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, t.ListTickets,
                                    ticket_pb2.ListTicketsRequest(parent="sites/-"),
                                    metadata=md)
                self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED,
                                    self.stubs.directory.ListSites,
                                    directory_pb2.ListSitesRequest(), metadata=md)
        self.assertEqual(self.count_tickets(), before)

    def test_first_start_writes_the_admin_token_owner_only(self):
        mode = os.stat(self.server.token_file).st_mode & 0o777
        self.assertEqual(mode, 0o600, "token file mode %o" % mode)
        self.assertTrue(self.server.token.startswith("fd_"))

    def test_health_needs_no_token(self):
        with harness.make_channel(self.server.address) as ch:
            for service in ("",) + harness.SERVICES:
                self.assertEqual(harness.health_check(ch, service, timeout=DEADLINE),
                                 harness.HEALTH_SERVING)
            with self.assertRaises(grpc.RpcError) as cm:
                harness.health_check(ch, "no.such.Service", timeout=DEADLINE)
            self.assertEqual(cm.exception.code(), grpc.StatusCode.NOT_FOUND)

    def test_issued_token_authenticates_its_staff_member(self):
        site = self.new_site("tk")
        staff_id = unique_site_id("st")
        self.stubs.directory.CreateStaffMember(
            directory_pb2.CreateStaffMemberRequest(
                staff_id=staff_id,
                staff_member=directory_pb2.StaffMember(
                    display_name="王力", roles=[directory_pb2.StaffMember.RECEPTIONIST],
                    sites=["sites/" + site])),
            metadata=self.md, timeout=DEADLINE)
        token = self.stubs.directory.CreateAccessToken(
            directory_pb2.CreateAccessTokenRequest(
                parent="staff/" + staff_id,
                access_token=directory_pb2.AccessToken(display_name="desk PC 1")),
            metadata=self.md, timeout=DEADLINE)
        self.assertTrue(token.secret)
        self.assertTrue(token.name.startswith("staff/%s/tokens/" % staff_id))
        t = self.create(site, md=(("authorization", "Bearer " + token.secret),))
        self.assertEqual(t.created_by, "staff/" + staff_id)

    def test_token_retry_returns_the_token_without_its_secret(self):
        request = directory_pb2.CreateAccessTokenRequest(
            parent="staff/admin", request_id="tok-" + uuid.uuid4().hex,
            access_token=directory_pb2.AccessToken(display_name="desk PC 9"))
        first = self.stubs.directory.CreateAccessToken(
            request, metadata=self.md, timeout=DEADLINE)
        again = self.stubs.directory.CreateAccessToken(
            request, metadata=self.md, timeout=DEADLINE)
        self.assertTrue(first.secret.startswith("fd_"))
        self.assertEqual(again.name, first.name)
        self.assertEqual(again.secret, "")
        site = self.new_site("ts")
        t = self.create(site, md=(("authorization", "Bearer " + first.secret),))
        self.assertEqual(t.created_by, "staff/admin")

    def test_directory_writes_need_an_admin_or_manager(self):
        site = self.new_site("pd")
        staff_id = unique_site_id("rc")
        self.stubs.directory.CreateStaffMember(
            directory_pb2.CreateStaffMemberRequest(
                staff_id=staff_id,
                staff_member=directory_pb2.StaffMember(
                    display_name="李娜", roles=[directory_pb2.StaffMember.RECEPTIONIST],
                    sites=["sites/" + site])),
            metadata=self.md, timeout=DEADLINE)
        own = self.stubs.directory.CreateAccessToken(
            directory_pb2.CreateAccessTokenRequest(parent="staff/" + staff_id),
            metadata=self.md, timeout=DEADLINE)
        desk = (("authorization", "Bearer " + own.secret),)
        # A receptionist may take another token for herself ...
        again = self.stubs.directory.CreateAccessToken(
            directory_pb2.CreateAccessTokenRequest(parent="staff/" + staff_id),
            metadata=desk, timeout=DEADLINE)
        self.assertNotEqual(again.secret, own.secret)
        # ... but not mint one for the admin, nor create sites or staff.
        self.assertRpcError(
            grpc.StatusCode.PERMISSION_DENIED,
            self.stubs.directory.CreateAccessToken,
            directory_pb2.CreateAccessTokenRequest(parent="staff/admin"),
            metadata=desk, timeout=DEADLINE, reason="PERMISSION_DENIED")
        self.assertRpcError(
            grpc.StatusCode.PERMISSION_DENIED,
            self.stubs.directory.CreateSite,
            directory_pb2.CreateSiteRequest(
                site_id=unique_site_id("x"),
                site=directory_pb2.Site(display_name="x", time_zone="UTC")),
            metadata=desk, timeout=DEADLINE, reason="PERMISSION_DENIED")
        self.assertRpcError(
            grpc.StatusCode.PERMISSION_DENIED,
            self.stubs.directory.CreateStaffMember,
            directory_pb2.CreateStaffMemberRequest(
                staff_id=unique_site_id("y"),
                staff_member=directory_pb2.StaffMember(
                    display_name="x", roles=[directory_pb2.StaffMember.ADMIN])),
            metadata=desk, timeout=DEADLINE, reason="PERMISSION_DENIED")

    # -- departments and vendors --

    def new_staff(self, sites, roles=(directory_pb2.StaffMember.MAINTENANCE,),
                  prefix="st"):
        staff_id = unique_site_id(prefix)
        self.stubs.directory.CreateStaffMember(
            directory_pb2.CreateStaffMemberRequest(
                staff_id=staff_id,
                staff_member=directory_pb2.StaffMember(
                    display_name="王力", roles=list(roles),
                    sites=["sites/" + s for s in sites])),
            metadata=self.md, timeout=DEADLINE)
        return staff_id

    def token_of(self, staff_id):
        token = self.stubs.directory.CreateAccessToken(
            directory_pb2.CreateAccessTokenRequest(parent="staff/" + staff_id),
            metadata=self.md, timeout=DEADLINE)
        return (("authorization", "Bearer " + token.secret),)

    def all_departments(self, site, page_size=0):
        out, token = [], ""
        for _ in range(100):
            resp = self.stubs.directory.ListDepartments(
                directory_pb2.ListDepartmentsRequest(
                    parent="sites/" + site, page_size=page_size, page_token=token),
                metadata=self.md, timeout=DEADLINE)
            out.extend(resp.departments)
            token = resp.next_page_token
            if not token:
                return out
        raise AssertionError("ListDepartments did not end")

    def all_vendors(self, filter="", page_size=0, prefix=""):
        """Vendors of a filter, every page; only ids starting with `prefix`
        (other tests' vendors share the database)."""
        out, token = [], ""
        for _ in range(100):
            resp = self.stubs.directory.ListVendors(
                directory_pb2.ListVendorsRequest(
                    filter=filter, page_size=page_size, page_token=token),
                metadata=self.md, timeout=DEADLINE)
            out.extend(resp.vendors)
            token = resp.next_page_token
            if not token:
                return [v for v in out if v.name.startswith("vendors/" + prefix)]
        raise AssertionError("ListVendors did not end")

    def test_departments_create_get_list_update(self):
        d = self.stubs.directory
        Department = directory_pb2.Department
        site, other = self.new_site("dep"), self.new_site("dpo")
        head, colleague = self.new_staff([site]), self.new_staff([site, other])
        stranger = self.new_staff([other])

        def create_req(dep_id, head_id=head, **fields):
            fields.setdefault("display_name", "工程部")
            fields.setdefault("kind", Department.MAINTENANCE)
            return directory_pb2.CreateDepartmentRequest(
                parent="sites/" + site, department_id=dep_id,
                department=Department(head="staff/" + head_id, **fields))

        eng = d.CreateDepartment(create_req("eng", phone="0755-8888 1234"),
                                 metadata=self.md, timeout=DEADLINE)
        self.assertEqual(eng.name, "sites/%s/departments/eng" % site)
        self.assertEqual(eng.display_name, "工程部")
        self.assertEqual(eng.kind, Department.MAINTENANCE)
        self.assertEqual(eng.head, "staff/" + head)
        self.assertEqual(eng.phone, "0755-8888 1234")
        self.assertTrue(eng.etag)
        self.assertGreater(eng.create_time.seconds, 0)
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=self.md, timeout=DEADLINE), eng)

        # A retry with the same request_id returns the first result.
        retry = create_req("sec", display_name="保安部", kind=Department.SECURITY,
                           head_id=colleague)
        retry.request_id = "dep-" + uuid.uuid4().hex
        sec = d.CreateDepartment(retry, metadata=self.md, timeout=DEADLINE)
        self.assertEqual(d.CreateDepartment(retry, metadata=self.md,
                                            timeout=DEADLINE), sec)
        self.assertRpcError(grpc.StatusCode.ALREADY_EXISTS, d.CreateDepartment,
                            create_req("eng"), metadata=self.md,
                            reason="DEPARTMENT_EXISTS")
        d.CreateDepartment(create_req("clean", display_name="保洁绿化",
                                      kind=Department.CLEANING_GROUNDS),
                           metadata=self.md, timeout=DEADLINE)

        # Listing: by id, in pages; the token is bound to its site.
        first = d.ListDepartments(directory_pb2.ListDepartmentsRequest(
            parent="sites/" + site, page_size=2), metadata=self.md, timeout=DEADLINE)
        self.assertEqual([x.name.rsplit("/", 1)[1] for x in first.departments],
                         ["clean", "eng"])
        self.assertTrue(first.next_page_token)
        self.assertEqual([x.name for x in self.all_departments(site, page_size=2)],
                         ["sites/%s/departments/%s" % (site, i)
                          for i in ("clean", "eng", "sec")])
        self.assertEqual(self.all_departments(other), [])
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, d.ListDepartments,
            directory_pb2.ListDepartmentsRequest(
                parent="sites/" + other, page_size=2,
                page_token=first.next_page_token),
            metadata=self.md, field="page_token")
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, d.ListDepartments,
            directory_pb2.ListDepartmentsRequest(parent="sites/nosuchsite"),
            metadata=self.md, reason="SITE_NOT_FOUND")

        # The head must exist and work at the site; nothing is written if not.
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, d.CreateDepartment,
                            create_req("desk", head_id="no.such.person"),
                            metadata=self.md, reason="STAFF_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, d.CreateDepartment,
                            create_req("desk", head_id=stranger),
                            metadata=self.md, reason="HEAD_NOT_AT_SITE")
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, d.CreateDepartment,
            directory_pb2.CreateDepartmentRequest(
                parent="sites/nosuchsite", department_id="eng",
                department=create_req("eng").department),
            metadata=self.md, reason="SITE_NOT_FOUND")
        for label, request, field in [
                ("bad id", create_req("Eng"), "department_id"),
                ("no kind", create_req("desk", kind=Department.KIND_UNSPECIFIED),
                 "department.kind"),
                ("no display name", create_req("desk", display_name=""),
                 "department.display_name"),
                ("bad phone", create_req("desk", phone="138-abc"),
                 "department.phone")]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                                    d.CreateDepartment, request, metadata=self.md,
                                    field=field)
        self.assertEqual(len(self.all_departments(site)), 3)
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, d.GetDepartment,
            directory_pb2.GetDepartmentRequest(
                name="sites/%s/departments/desk" % site),
            metadata=self.md, reason="DEPARTMENT_NOT_FOUND")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, d.GetDepartment,
            directory_pb2.GetDepartmentRequest(name="departments/eng"),
            metadata=self.md, field="name")

        # Update: only the masked fields change; the etag moves on.
        def update(patch, paths, timeout=DEADLINE):
            patch.name = eng.name
            return d.UpdateDepartment(
                directory_pb2.UpdateDepartmentRequest(
                    department=patch,
                    update_mask=field_mask_pb2.FieldMask(paths=paths)),
                metadata=self.md, timeout=timeout)

        updated = update(Department(etag=eng.etag, display_name="设备管理部",
                                    head="staff/" + colleague, phone="",
                                    kind=Department.OTHER),
                         ["display_name", "head", "phone"])
        self.assertEqual(updated.display_name, "设备管理部")
        self.assertEqual(updated.head, "staff/" + colleague)
        self.assertEqual(updated.phone, "")
        self.assertEqual(updated.kind, Department.MAINTENANCE)  # not masked
        self.assertNotEqual(updated.etag, eng.etag)
        self.assertEqual(updated.create_time, eng.create_time)
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=self.md, timeout=DEADLINE), updated)
        self.assertRpcError(grpc.StatusCode.ABORTED, update,
                            Department(etag=eng.etag, display_name="过期的"),
                            ["display_name"], reason="ETAG_MISMATCH")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, update,
                            Department(head="staff/" + stranger), ["head"],
                            reason="HEAD_NOT_AT_SITE")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, update,
                            Department(head="staff/no.such.person"), ["head"],
                            reason="STAFF_NOT_FOUND")
        for label, paths, patch, field in [
                ("empty mask", [], Department(display_name="x"), "update_mask"),
                ("immutable field", ["name"], Department(), "update_mask"),
                ("bad new value", ["kind"], Department(), "department.kind")]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, update,
                                    patch, paths, field=field)
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=self.md, timeout=DEADLINE), updated)

    def test_vendors_create_filter_update(self):
        d = self.stubs.directory
        Vendor = directory_pb2.Vendor
        a, b = self.new_site("vna"), self.new_site("vnb")
        prefix = "v" + uuid.uuid4().hex[:8] + "."

        def vendor(trade, sites=(), seconds=4 * 3600, **fields):
            fields.setdefault("display_name", "奥的斯电梯")
            fields.setdefault("contact_name", "张工")
            fields.setdefault("phone", "13900001111")
            return Vendor(trade=trade, sites=["sites/" + s for s in sites],
                          response_deadline=duration_pb2.Duration(seconds=seconds),
                          **fields)

        def create(vendor_id, v, timeout=DEADLINE):
            return d.CreateVendor(
                directory_pb2.CreateVendorRequest(vendor_id=prefix + vendor_id,
                                                  vendor=v),
                metadata=self.md, timeout=timeout)

        lift = create("lift", vendor(Vendor.ELEVATOR))
        self.assertEqual(lift.name, "vendors/%slift" % prefix)
        self.assertEqual(lift.trade, Vendor.ELEVATOR)
        self.assertEqual(lift.contact_name, "张工")
        self.assertEqual(lift.phone, "13900001111")
        self.assertEqual(lift.response_deadline.seconds, 4 * 3600)
        self.assertEqual(list(lift.sites), [])
        self.assertTrue(lift.etag)
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=lift.name), metadata=self.md, timeout=DEADLINE), lift)
        door = create("door", vendor(Vendor.DOOR, [a], display_name="盼盼防盗门"))
        tel = create("tel", vendor(Vendor.TELECOM, [b], seconds=30 * 60))
        dev = create("dev", vendor(Vendor.DEVELOPER_PROJECT_TEAM, [b, a],
                                   seconds=2 * 86400, display_name="开发企业项目部"))
        self.assertEqual(list(dev.sites), sorted(["sites/" + a, "sites/" + b]))

        def names(filter, page_size=0):
            return sorted(v.name.rsplit(".", 1)[1] for v in
                          self.all_vendors(filter, page_size, prefix))

        cases = [
            ("", ["dev", "door", "lift", "tel"]),
            ('site = "sites/%s"' % a, ["dev", "door", "lift"]),
            ('site = "sites/%s"' % b, ["dev", "lift", "tel"]),
            ("trade = ELEVATOR", ["lift"]),
            ('site = "sites/%s" AND trade = DOOR' % a, ["door"]),
            ('trade = DOOR AND site = "sites/%s"' % b, []),
            ("trade = DEVELOPER_PROJECT_TEAM", ["dev"]),
        ]
        for filter, expected in cases:
            with self.subTest(filter=filter):
                self.assertEqual(names(filter), expected)
                self.assertEqual(names(filter, page_size=1), expected)
        for filter in ("trade = LIFT", "trade != DOOR", 'site = "%s"' % a,
                       "trade = DOOR AND trade = TELECOM", 'name = "x"'):
            with self.subTest(filter=filter):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, d.ListVendors,
                                    directory_pb2.ListVendorsRequest(filter=filter),
                                    metadata=self.md, field="filter")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, d.ListVendors,
                            directory_pb2.ListVendorsRequest(
                                filter='site = "sites/nosuchsite"'),
                            metadata=self.md, reason="SITE_NOT_FOUND")

        # Bad input names the field; nothing is written.
        bad_deadline = "vendor.response_deadline"
        for label, v, field in [
                ("30 s deadline", vendor(Vendor.DOOR, seconds=30), bad_deadline),
                ("31 day deadline", vendor(Vendor.DOOR, seconds=31 * 86400),
                 bad_deadline),
                ("fractional deadline",
                 Vendor(trade=Vendor.DOOR, display_name="x", contact_name="x",
                        phone="13900001111",
                        response_deadline=duration_pb2.Duration(seconds=3600,
                                                                nanos=5)),
                 bad_deadline),
                ("no deadline",
                 Vendor(trade=Vendor.DOOR, display_name="x", contact_name="x",
                        phone="13900001111"), bad_deadline),
                ("no trade", vendor(Vendor.TRADE_UNSPECIFIED), "vendor.trade"),
                ("no phone", vendor(Vendor.DOOR, phone=""), "vendor.phone"),
                ("site twice", vendor(Vendor.DOOR, [a, a]), "vendor.sites[1]")]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, create,
                                    "bad", v, field=field)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, create, "bad",
                            vendor(Vendor.DOOR, [a, "nosuchsite"]),
                            reason="SITE_NOT_FOUND")
        self.assertRpcError(grpc.StatusCode.ALREADY_EXISTS, create, "lift",
                            vendor(Vendor.DOOR), reason="VENDOR_EXISTS")
        self.assertEqual(names(""), ["dev", "door", "lift", "tel"])

        # Update: masked fields only; sites replaced as a whole.
        def update(patch, paths, name=door.name, timeout=DEADLINE):
            patch.name = name
            return d.UpdateVendor(
                directory_pb2.UpdateVendorRequest(
                    vendor=patch, update_mask=field_mask_pb2.FieldMask(paths=paths)),
                metadata=self.md, timeout=timeout)

        moved = update(Vendor(etag=door.etag, sites=["sites/" + b],
                              response_deadline=duration_pb2.Duration(seconds=1800),
                              display_name="不在掩码里"),
                       ["sites", "response_deadline"])
        self.assertEqual(list(moved.sites), ["sites/" + b])
        self.assertEqual(moved.response_deadline.seconds, 1800)
        self.assertEqual(moved.display_name, "盼盼防盗门")
        self.assertNotEqual(moved.etag, door.etag)
        self.assertEqual(names('site = "sites/%s"' % a), ["dev", "lift"])
        self.assertEqual(names('site = "sites/%s" AND trade = DOOR' % b), ["door"])
        self.assertRpcError(grpc.StatusCode.ABORTED, update,
                            Vendor(etag=door.etag, phone="13900002222"), ["phone"],
                            reason="ETAG_MISMATCH")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, update,
                            Vendor(response_deadline=duration_pb2.Duration(seconds=0)),
                            ["response_deadline"], field=bad_deadline)
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, update,
                            Vendor(phone="13900002222"), ["phone"],
                            name="vendors/%snope" % prefix, reason="VENDOR_NOT_FOUND")
        wide = update(Vendor(), ["sites"])  # emptied: every site
        self.assertEqual(list(wide.sites), [])
        self.assertEqual(names('site = "sites/%s"' % a), ["dev", "door", "lift"])
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=door.name), metadata=self.md, timeout=DEADLINE), wide)
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=tel.name), metadata=self.md, timeout=DEADLINE), tel)

    def test_department_and_vendor_writes_need_an_admin_or_manager(self):
        d = self.stubs.directory
        site = self.new_site("dvp")
        desk = self.token_of(self.new_staff(
            [site], roles=(directory_pb2.StaffMember.RECEPTIONIST,), prefix="rc"))
        manager = self.token_of(self.new_staff(
            [site], roles=(directory_pb2.StaffMember.MANAGER,), prefix="mg"))
        head = self.new_staff([site])
        department = directory_pb2.Department(
            display_name="工程部", kind=directory_pb2.Department.MAINTENANCE,
            head="staff/" + head)
        vendor_id = "v" + uuid.uuid4().hex[:12]
        vendor = directory_pb2.Vendor(
            display_name="奥的斯电梯", trade=directory_pb2.Vendor.ELEVATOR,
            contact_name="张工", phone="13900001111",
            response_deadline=duration_pb2.Duration(seconds=3600))
        create_department = directory_pb2.CreateDepartmentRequest(
            parent="sites/" + site, department_id="eng", department=department)
        create_vendor = directory_pb2.CreateVendorRequest(vendor_id=vendor_id,
                                                          vendor=vendor)
        # A receptionist may not write, even what does not exist yet ...
        for label, call, request in [
                ("create department", d.CreateDepartment, create_department),
                ("create vendor", d.CreateVendor, create_vendor),
                ("update department", d.UpdateDepartment,
                 directory_pb2.UpdateDepartmentRequest(
                     department=directory_pb2.Department(
                         name="sites/%s/departments/eng" % site, phone="13800138000"),
                     update_mask=field_mask_pb2.FieldMask(paths=["phone"]))),
                ("update vendor", d.UpdateVendor,
                 directory_pb2.UpdateVendorRequest(
                     vendor=directory_pb2.Vendor(name="vendors/" + vendor_id,
                                                 phone="13800138000"),
                     update_mask=field_mask_pb2.FieldMask(paths=["phone"])))]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, call,
                                    request, metadata=desk,
                                    reason="PERMISSION_DENIED")
        # ... a manager may ...
        eng = d.CreateDepartment(create_department, metadata=manager,
                                 timeout=DEADLINE)
        lift = d.CreateVendor(create_vendor, metadata=manager, timeout=DEADLINE)
        # ... and the receptionist reads them.
        self.assertEqual(d.GetDepartment(directory_pb2.GetDepartmentRequest(
            name=eng.name), metadata=desk, timeout=DEADLINE), eng)
        self.assertEqual(list(d.ListDepartments(
            directory_pb2.ListDepartmentsRequest(parent="sites/" + site),
            metadata=desk, timeout=DEADLINE).departments), [eng])
        self.assertEqual(d.GetVendor(directory_pb2.GetVendorRequest(
            name=lift.name), metadata=desk, timeout=DEADLINE), lift)
        self.assertIn(lift, d.ListVendors(
            directory_pb2.ListVendorsRequest(filter="trade = ELEVATOR",
                                             page_size=1000),
            metadata=desk, timeout=DEADLINE).vendors)

    # -- update, notes, history --

    def test_update_with_stale_etag_is_aborted(self):
        site = self.new_site("etag")
        t = self.create(site)
        mask = field_mask_pb2.FieldMask(paths=["subject"])
        updated = self.stubs.tickets.UpdateTicket(
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=t.name, etag=t.etag, subject="第一次更正"),
                update_mask=mask),
            metadata=self.md, timeout=DEADLINE)
        self.assertNotEqual(updated.etag, t.etag)
        self.assertRpcError(
            grpc.StatusCode.ABORTED, self.stubs.tickets.UpdateTicket,
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=t.name, etag=t.etag, subject="过期的更正"),
                update_mask=mask),
            metadata=self.md, reason="ETAG_MISMATCH")
        self.assertEqual(self.get(t.name).subject, "第一次更正")
        self.assertEqual([e.type for e in self.events(t.name)],
                         [TicketEvent.CREATED, TicketEvent.UPDATED])

    def test_update_with_field_mask_records_old_and_new_values(self):
        site = self.new_site("upd")
        t = self.create(site, subject="厨房水管漏水", description="原描述")
        updated = self.stubs.tickets.UpdateTicket(
            ticket_pb2.UpdateTicketRequest(
                ticket=Ticket(name=t.name, etag=t.etag, subject="卫生间水管漏水",
                              kind=Ticket.HELP, description="不在掩码里",
                              reporter=harness.common_pb2.Contact(phone="13900139000")),
                update_mask=field_mask_pb2.FieldMask(
                    paths=["subject", "kind", "reporter.phone"])),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual(updated.subject, "卫生间水管漏水")
        self.assertEqual(updated.kind, Ticket.HELP)
        self.assertEqual(updated.reporter.phone, "13900139000")
        self.assertEqual(updated.description, "原描述")  # not in the mask
        self.assertEqual(updated.reporter.name, t.reporter.name)
        self.assertEqual(updated.number, t.number)
        self.assertEqual(self.get(t.name), updated)

        history = self.events(t.name)
        self.assertEqual([e.type for e in history],
                         [TicketEvent.CREATED, TicketEvent.UPDATED])
        changes = {c.field: (c.old_value, c.new_value) for c in history[1].changes}
        self.assertEqual(changes, {
            "subject": ("厨房水管漏水", "卫生间水管漏水"),
            "kind": ("REPAIR", "HELP"),
            "reporter.phone": ("13800138000", "13900139000"),
        })
        self.assertEqual(history[1].actor, "staff/admin")

        # Bad masks and bad values: INVALID_ARGUMENT, nothing recorded.
        for label, mask, patch, field in [
                ("empty mask", [], Ticket(subject="x"), "update_mask"),
                ("output-only field", ["status"], Ticket(status=Ticket.CLOSED),
                 "update_mask"),
                ("bad new value", ["subject"], Ticket(subject=""), "ticket.subject")]:
            with self.subTest(label):
                patch.name = t.name
                self.assertRpcError(
                    grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.UpdateTicket,
                    ticket_pb2.UpdateTicketRequest(
                        ticket=patch, update_mask=field_mask_pb2.FieldMask(paths=mask)),
                    metadata=self.md, field=field)
        self.assertEqual(len(self.events(t.name)), 2)

    def test_notes_and_event_paging(self):
        site = self.new_site("note")
        t = self.create(site)
        notes = ["第%d次回访：住户说还在漏" % i for i in range(1, 8)]
        for note in notes:
            event = self.stubs.tickets.AddTicketNote(
                ticket_pb2.AddTicketNoteRequest(ticket=t.name, note=note),
                metadata=self.md, timeout=DEADLINE)
            self.assertEqual(event.type, TicketEvent.NOTE_ADDED)
            self.assertEqual(event.note, note)
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.AddTicketNote,
            ticket_pb2.AddTicketNoteRequest(ticket=t.name, note=""),
            metadata=self.md, field="note")

        pages, token = [], ""
        while True:
            resp = self.stubs.tickets.ListTicketEvents(
                ticket_pb2.ListTicketEventsRequest(parent=t.name, page_size=3,
                                                   page_token=token),
                metadata=self.md, timeout=DEADLINE)
            pages.append(list(resp.events))
            token = resp.next_page_token
            if not token:
                break
            self.assertLess(len(pages), 10)
        self.assertEqual([len(p) for p in pages], [3, 3, 2])
        events = [e for p in pages for e in p]
        ids = [e.event_id for e in events]
        self.assertEqual(ids, sorted(set(ids)), "oldest first, no duplicates")
        self.assertEqual(events[0].type, TicketEvent.CREATED)
        self.assertEqual([e.note for e in events[1:]], notes)
        self.assertTrue(all(e.name.startswith(t.name + "/events/") for e in events))
        self.assertEqual(events, self.events(t.name))  # default page size: one page

    # -- listing --

    def test_list_pagination_newest_first(self):
        site = self.new_site("pg")
        created = [self.create(site, subject="第%d单" % i).name for i in range(120)]
        pages, token = [], ""
        for _ in range(5):
            resp = self.stubs.tickets.ListTickets(
                ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=50,
                                              page_token=token),
                metadata=self.md, timeout=DEADLINE)
            pages.append([x.name for x in resp.tickets])
            token = resp.next_page_token
            if not token:
                break
            self.assertNotIn(site, token)  # opaque
        self.assertEqual([len(p) for p in pages], [50, 50, 20])
        listed = [n for p in pages for n in p]
        self.assertEqual(len(set(listed)), 120, "duplicates across pages")
        self.assertEqual(listed, list(reversed(created)), "not newest first")
        # page_size 0 means 50; larger than 1000 is capped, not refused.
        resp = self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/" + site),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual(len(resp.tickets), 50)
        resp = self.stubs.tickets.ListTickets(
            ticket_pb2.ListTicketsRequest(parent="sites/" + site, page_size=100000),
            metadata=self.md, timeout=DEADLINE)
        self.assertEqual(len(resp.tickets), 120)
        self.assertEqual(resp.next_page_token, "")

    def test_list_filters(self):
        site = self.new_site("flt")
        repair = self.create(site, reporter_phone="13800000001")
        complaint = self.create(site, kind=Ticket.COMPLAINT,
                                complaint_class=Ticket.FACILITY,
                                channel=Ticket.WALK_IN, reporter_phone="13800000002")
        # create_time has microsecond resolution; make sure the later tickets
        # are strictly later than the boundary.
        boundary = complaint.create_time.ToJsonString()
        harness.wait_until(lambda: time.time() * 1e6 >
                           complaint.create_time.ToMicroseconds() + 2000, 5)
        inquiry = self.create(site, kind=Ticket.INQUIRY, reporter_phone="13800000001",
                              priority=Ticket.URGENT)
        late_repair = self.create(site, reporter_phone="021-5555-1234")

        def names(filter):
            return {x.name for x in harness.list_all_tickets(
                self.stubs, self.md, parent="sites/" + site, filter=filter)}

        everything = {repair.name, complaint.name, inquiry.name, late_repair.name}
        cases = [
            ("", everything),
            ("status = NEW", everything),
            ("status = CLOSED", set()),
            ("status != NEW", set()),
            ("kind = REPAIR", {repair.name, late_repair.name}),
            ("kind = COMPLAINT", {complaint.name}),
            ("channel = WALK_IN", {complaint.name}),
            ("priority = URGENT", {inquiry.name}),
            ('reporter_phone = "13800000001"', {repair.name, inquiry.name}),
            ("reporter_phone = 13800000002", {complaint.name}),
            ('reporter_phone = "021-5555-1234"', {late_repair.name}),
            ('create_time > "%s"' % boundary, {inquiry.name, late_repair.name}),
            ('create_time >= "%s"' % boundary,
             {complaint.name, inquiry.name, late_repair.name}),
            ('create_time <= "%s"' % boundary, {repair.name, complaint.name}),
            ('create_time < "%s"' % boundary, {repair.name}),
            ('create_time >= "2000-01-01T00:00:00Z"', everything),
            ('kind = REPAIR AND create_time > "%s"' % boundary, {late_repair.name}),
            ('status = NEW AND reporter_phone = "13800000001" AND kind = INQUIRY',
             {inquiry.name}),
        ]
        for filter, expected in cases:
            with self.subTest(filter=filter):
                self.assertEqual(names(filter), expected)
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/" + site,
                                          filter='create_time >= "yesterday"'),
            metadata=self.md, field="filter")
        # "sites/-" lists every site's tickets.
        all_sites = {x.name for x in harness.list_all_tickets(
            self.stubs, self.md, filter='reporter_phone = "13800000002"')}
        self.assertIn(complaint.name, all_sites)

    # -- idempotency --

    def test_idempotent_create_concurrent_restart_and_reuse(self):
        with harness.database(self.backend) as url, \
                harness.Server(db_url=url, name="frontdeskd-idem") as server:
            stubs, md = server.stubs(), server.metadata
            site = self.new_site("idem", stubs=stubs, md=md)
            request = harness.ticket_request(site, request_id="req-" + uuid.uuid4().hex)
            barrier = threading.Barrier(20)

            def call():
                barrier.wait(timeout=DEADLINE)
                return stubs.tickets.CreateTicket(request, metadata=md,
                                                  timeout=DEADLINE)

            with concurrent.futures.ThreadPoolExecutor(20) as pool:
                results = [f.result() for f in
                           [pool.submit(call) for _ in range(20)]]
            first = results[0]
            for r in results:
                self.assertEqual(r, first)
            listed = harness.list_all_tickets(stubs, md, parent="sites/" + site)
            self.assertEqual([x.name for x in listed], [first.name])
            self.assertEqual(len(self.events_on(stubs, md, first.name)), 1)

            server.restart()
            stubs, md = server.stubs(), server.metadata
            again = stubs.tickets.CreateTicket(request, metadata=md, timeout=DEADLINE)
            self.assertEqual(again, first)
            self.assertEqual(len(harness.list_all_tickets(
                stubs, md, parent="sites/" + site)), 1)

            changed = harness.ticket_request(site, subject="另一件事",
                                             request_id=request.request_id)
            with self.assertRaises(grpc.RpcError) as cm:
                stubs.tickets.CreateTicket(changed, metadata=md, timeout=DEADLINE)
            self.assertEqual(cm.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
            details = harness.rpc_error_details(cm.exception)
            self.assertEqual(details.violation_fields, ["request_id"])
            self.assertEqual(details.reason, "REQUEST_ID_REUSED")
            self.assertEqual(len(harness.list_all_tickets(
                stubs, md, parent="sites/" + site)), 1)

            # A new request_id is a new ticket, numbered next.
            other = stubs.tickets.CreateTicket(
                harness.ticket_request(site, request_id="req-" + uuid.uuid4().hex),
                metadata=md, timeout=DEADLINE)
            self.assertNotEqual(other.name, first.name)
            self.assertNotEqual(other.number, first.number)

    @staticmethod
    def events_on(stubs, md, name):
        return stubs.tickets.ListTicketEvents(
            ticket_pb2.ListTicketEventsRequest(parent=name, page_size=100),
            metadata=md, timeout=DEADLINE).events

    def test_idempotent_note_and_update(self):
        site = self.new_site("idn")
        t = self.create(site)
        note = ticket_pb2.AddTicketNoteRequest(ticket=t.name, note="已派维修工",
                                               request_id="note-" + uuid.uuid4().hex)
        a = self.stubs.tickets.AddTicketNote(note, metadata=self.md, timeout=DEADLINE)
        b = self.stubs.tickets.AddTicketNote(note, metadata=self.md, timeout=DEADLINE)
        self.assertEqual(a, b)
        update = ticket_pb2.UpdateTicketRequest(
            ticket=Ticket(name=t.name, subject="新标题"),
            update_mask=field_mask_pb2.FieldMask(paths=["subject"]),
            request_id="upd-" + uuid.uuid4().hex)
        u1 = self.stubs.tickets.UpdateTicket(update, metadata=self.md, timeout=DEADLINE)
        u2 = self.stubs.tickets.UpdateTicket(update, metadata=self.md, timeout=DEADLINE)
        self.assertEqual(u1, u2)
        self.assertEqual([e.type for e in self.events(t.name)],
                         [TicketEvent.CREATED, TicketEvent.NOTE_ADDED,
                          TicketEvent.UPDATED])

    # -- shutdown --

    def test_sigterm_drains_and_exits_zero(self):
        with harness.database(self.backend) as url, \
                harness.Server(db_url=url, name="frontdeskd-drain") as server:
            stubs, md = server.stubs(), server.metadata
            site = self.new_site("drn", stubs=stubs, md=md)
            self.create(site, stubs=stubs, md=md)

            # Clients keep creating tickets while the server is told to stop.
            stop = threading.Event()
            created, failures = [], []
            lock = threading.Lock()

            def writer(i):
                n = 0
                while not stop.is_set():
                    n += 1
                    try:
                        t = stubs.tickets.CreateTicket(
                            harness.ticket_request(site, request_id="w%d-%d" % (i, n)),
                            metadata=md, timeout=DEADLINE)
                        with lock:
                            created.append(t.name)
                    except grpc.RpcError as e:
                        with lock:
                            failures.append(e.code())
                        return

            threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
            for th in threads:
                th.start()
            try:
                harness.wait_until(lambda: len(created) >= 8, DEADLINE,
                                   what="some tickets created")
                start = time.monotonic()
                server.proc.terminate()
                code = server.proc.wait(timeout=harness.STOP_TIMEOUT)
                elapsed = time.monotonic() - start
            finally:
                stop.set()
                for th in threads:
                    th.join(timeout=2 * DEADLINE)
            self.assertEqual(code, 0, server.log_tail())
            self.assertLess(elapsed, 25)
            self.assertIn("frontdeskd stopped", server.log())
            # Calls cut off by the shutdown fail as UNAVAILABLE, never worse.
            for c in failures:
                self.assertIn(c, (grpc.StatusCode.UNAVAILABLE,
                                  grpc.StatusCode.CANCELLED))
            # Every ticket a client was told about is there after a restart.
            server.start()
            stubs, md = server.stubs(), server.metadata
            stored = {x.name for x in harness.list_all_tickets(
                stubs, md, parent="sites/" + site)}
            self.assertTrue(set(created) <= stored)
            self.assertEqual(server.stop(), 0)


    def test_second_server_on_same_address_refuses_to_start(self):
        # Same configuration started twice (an overlapping restart, a second
        # `make run`): the second must not share the port with the first.
        with tempfile.TemporaryDirectory() as d:
            env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
            env["FRONTDESK_TOKEN_FILE"] = os.path.join(d, "token")
            if self.server.data_key_file:
                env["FRONTDESK_DATA_KEY_FILE"] = self.server.data_key_file
            second = subprocess.run(
                [self.server.binary, "--listen", self.server.address,
                 "--db", self.server.db_url],
                env=env, cwd=d, stdin=subprocess.DEVNULL, capture_output=True,
                text=True, timeout=harness.START_TIMEOUT)
        self.assertNotEqual(second.returncode, 0, second.stdout + second.stderr)
        self.assertIn("could not listen", second.stdout + second.stderr)
        self.assertServing()


class SqliteApiTest(ApiTestBase, unittest.TestCase):
    backend = "sqlite"


class MariaDBApiTest(ApiTestBase, unittest.TestCase):
    backend = "mariadb"


if __name__ == "__main__":
    unittest.main(verbosity=2)
