#!/usr/bin/python3
"""gRPC-level tests of authentication and the coarse role checks of the
directory: tokens, health without a token, who may write the directory.
Against the real binary, on SQLite and on MariaDB.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/api_auth_test.py
"""

import os
import unittest
import uuid

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2

from google.protobuf import duration_pb2
from google.protobuf import field_mask_pb2

from api_support import ApiTestBase, unique_site_id, backend_cases


class AuthApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

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
        staff_id = self.new_staff(
            [site], roles=(directory_pb2.StaffMember.RECEPTIONIST,), prefix="st")
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
        staff_id = self.new_staff(
            [site], roles=(directory_pb2.StaffMember.RECEPTIONIST,), prefix="rc",
            display_name="李娜")
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
        d = self.stubs.directory
        for label, call, request in [
                ("admin token", d.CreateAccessToken,
                 directory_pb2.CreateAccessTokenRequest(parent="staff/admin")),
                ("create site", d.CreateSite,
                 directory_pb2.CreateSiteRequest(
                     site_id=unique_site_id("x"),
                     site=directory_pb2.Site(display_name="x", time_zone="UTC"))),
                ("create staff", d.CreateStaffMember,
                 directory_pb2.CreateStaffMemberRequest(
                     staff_id=unique_site_id("y"),
                     staff_member=directory_pb2.StaffMember(
                         display_name="x",
                         roles=[directory_pb2.StaffMember.ADMIN])))]:
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, call,
                                    request, metadata=desk, timeout=DEADLINE,
                                    reason="PERMISSION_DENIED")


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
            response_deadline=duration_pb2.Duration(seconds=3600),
            sites=["sites/" + site])
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
        # ... but only for the sites they manage [D-VENDOR-SITES]: a vendor
        # of every site is a manager of every site's (or ADMIN's).
        everywhere = directory_pb2.Vendor()
        everywhere.CopyFrom(vendor)
        del everywhere.sites[:]
        refused = self.assertRpcError(
            grpc.StatusCode.PERMISSION_DENIED, d.CreateVendor,
            directory_pb2.CreateVendorRequest(vendor_id=vendor_id + "x",
                                              vendor=everywhere),
            metadata=manager, reason="PERMISSION_DENIED")
        self.assertEqual(refused.error_info.metadata["rule"], "D-VENDOR-SITES")
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

    def test_tickets_of_another_site_are_refused(self):
        """[D-SITE-SCOPE] through the permission table: a receptionist of
        one site neither reads nor writes another site's tickets, and the
        refusal names the rule before anything is looked up."""
        own, other = self.new_site("own"), self.new_site("oth")
        desk = self.token_of(self.new_staff(
            [own], roles=(directory_pb2.StaffMember.RECEPTIONIST,), prefix="rc"))
        theirs = self.create(other)
        self.create(own, md=desk)  # at her own site she may
        history = self.events(theirs.name)
        t = self.stubs.tickets
        missing = "sites/%s/tickets/999999999" % other
        for label, call, request in [
                ("create", t.CreateTicket, harness.ticket_request(other)),
                ("get", t.GetTicket, ticket_pb2.GetTicketRequest(name=theirs.name)),
                ("get one that does not exist", t.GetTicket,
                 ticket_pb2.GetTicketRequest(name=missing)),
                ("get by number", t.GetTicket,
                 ticket_pb2.GetTicketRequest(
                     name="sites/-/tickets/" + theirs.number)),
                ("list", t.ListTickets,
                 ticket_pb2.ListTicketsRequest(parent="sites/" + other)),
                ("note", t.AddTicketNote,
                 ticket_pb2.AddTicketNoteRequest(ticket=theirs.name, note="看看")),
                ("escalate", t.EscalateTicket,
                 ticket_pb2.EscalateTicketRequest(
                     name=theirs.name, level=ticket_pb2.ESCALATION_LEVEL_SUPERVISOR,
                     reason="催办"))]:
            with self.subTest(label):
                details = self.assertRpcError(
                    grpc.StatusCode.PERMISSION_DENIED, call, request,
                    metadata=desk, timeout=DEADLINE, reason="PERMISSION_DENIED")
                self.assertEqual(details.error_info.metadata["rule"],
                                 "D-SITE-SCOPE")
        # Their ticket is untouched: no note, no escalation.
        self.assertEqual(self.events(theirs.name), history)
        self.assertEqual(self.get(theirs.name).escalation_level,
                         ticket_pb2.ESCALATION_LEVEL_UNSPECIFIED)

    def test_every_site_lists_only_the_callers_sites(self):
        """[D-SITE-SCOPE] for "sites/-": the list narrows to the caller's
        sites, so a search by the resident's phone finds nothing of the
        other site. Such a search across sites is a supervisor's
        [T-PHONE-SEARCH-AUDITED]; a receptionist searches at their site."""
        own, other = self.new_site("own"), self.new_site("oth")
        desk = self.token_of(self.new_staff(
            [own], roles=(directory_pb2.StaffMember.RECEPTIONIST,), prefix="rc"))
        boss = self.token_of(self.new_staff(
            [own], roles=(directory_pb2.StaffMember.SUPERVISOR,), prefix="sv"))
        phone = "139%08d" % (uuid.uuid4().int % 10**8)
        theirs = self.create(other, reporter_phone=phone)
        mine = self.create(own, reporter_phone=phone)
        by_phone = 'reporter_phone = "%s"' % phone
        self.assertEqual(
            [x.name for x in harness.list_all_tickets(
                self.stubs, self.md, filter=by_phone)],
            [mine.name, theirs.name])  # the admin sees both, newest first
        self.assertEqual(
            [x.name for x in harness.list_all_tickets(
                self.stubs, boss, filter=by_phone)],
            [mine.name])
        self.assertEqual(
            [x.name for x in harness.list_all_tickets(
                self.stubs, desk, parent="sites/%s" % own, filter=by_phone)],
            [mine.name])
        self.assertRpcError(
            grpc.StatusCode.PERMISSION_DENIED, self.stubs.tickets.ListTickets,
            ticket_pb2.ListTicketsRequest(parent="sites/-", filter=by_phone),
            metadata=desk, timeout=DEADLINE,
            reason="PHONE_SEARCH_NOT_PERMITTED")
        for x in harness.list_all_tickets(self.stubs, desk):
            self.assertTrue(x.name.startswith("sites/%s/" % own), x.name)

    def test_a_manager_staffs_only_their_own_sites(self):
        """[D-GRANTS]: a manager of one site creates a receptionist there,
        but no ADMIN and nobody at another site."""
        own, other = self.new_site("own"), self.new_site("oth")
        manager = self.token_of(self.new_staff(
            [own], roles=(directory_pb2.StaffMember.MANAGER,), prefix="mg"))

        def staff(roles, sites):
            return directory_pb2.CreateStaffMemberRequest(
                staff_id=unique_site_id("n"),
                staff_member=directory_pb2.StaffMember(
                    display_name="李娜", roles=roles,
                    sites=["sites/" + s for s in sites]))

        desk = self.stubs.directory.CreateStaffMember(
            staff([directory_pb2.StaffMember.RECEPTIONIST], [own]),
            metadata=manager, timeout=DEADLINE)
        self.assertEqual(list(desk.sites), ["sites/" + own])
        for label, request in [
                ("admin", staff([directory_pb2.StaffMember.ADMIN], [own])),
                ("another site",
                 staff([directory_pb2.StaffMember.RECEPTIONIST], [own, other]))]:
            with self.subTest(label):
                details = self.assertRpcError(
                    grpc.StatusCode.PERMISSION_DENIED,
                    self.stubs.directory.CreateStaffMember, request,
                    metadata=manager, timeout=DEADLINE,
                    reason="PERMISSION_DENIED")
                self.assertEqual(details.error_info.metadata["rule"], "D-GRANTS")
                self.assertRpcError(
                    grpc.StatusCode.NOT_FOUND,
                    self.stubs.directory.GetStaffMember,
                    directory_pb2.GetStaffMemberRequest(
                        name="staff/" + request.staff_id),
                    metadata=self.md, timeout=DEADLINE)

    def test_a_worker_reports_only_on_their_own_work_orders(self):
        """[T-WORK-ORDER-ASSIGNEE]: the assignee confirms arrival and
        completes; another maintenance worker of the same site may not."""
        site = self.new_site("wo")
        assignee, other = self.new_staff([site]), self.new_staff([site])
        ticket = self.create(site)
        t = self.stubs.tickets
        t.DispatchTicket(ticket_pb2.DispatchTicketRequest(
            name=ticket.name, route=ticket_pb2.REPAIR_ROUTE_OWN_MAINTENANCE,
            assignee="staff/" + assignee), metadata=self.md, timeout=DEADLINE)
        order = t.ListWorkOrders(ticket_pb2.ListWorkOrdersRequest(
            parent=ticket.name), metadata=self.md,
            timeout=DEADLINE).work_orders[0]
        arrive = ticket_pb2.ConfirmArrivalRequest(name=order.name)
        complete = ticket_pb2.CompleteWorkOrderRequest(
            name=order.name, work_done="更换角阀", accepted_by_reporter=True)
        for label, call, request in [("arrival", t.ConfirmArrival, arrive),
                                     ("completion", t.CompleteWorkOrder,
                                      complete)]:
            with self.subTest(label):
                details = self.assertRpcError(
                    grpc.StatusCode.PERMISSION_DENIED, call, request,
                    metadata=self.token_of(other), timeout=DEADLINE,
                    reason="PERMISSION_DENIED")
                self.assertEqual(details.error_info.metadata["rule"],
                                 "T-WORK-ORDER-ASSIGNEE")
        # An order or a ticket that does not exist is refused alike: the
        # refusal does not tell a worker which orders exist.
        for missing in (order.name.rsplit("/", 1)[0] + "/999999",
                        "sites/%s/tickets/999999/workOrders/1" % site):
            with self.subTest(missing=missing):
                details = self.assertRpcError(
                    grpc.StatusCode.PERMISSION_DENIED, t.ConfirmArrival,
                    ticket_pb2.ConfirmArrivalRequest(name=missing),
                    metadata=self.token_of(other), timeout=DEADLINE,
                    reason="PERMISSION_DENIED")
                self.assertEqual(details.error_info.metadata["rule"],
                                 "T-WORK-ORDER-ASSIGNEE")
        # Their orders of a ticket that does not exist: none, as of one
        # that holds none of theirs.
        for parent in (ticket.name, "sites/%s/tickets/999999" % site):
            with self.subTest(parent=parent):
                listed = t.ListWorkOrders(ticket_pb2.ListWorkOrdersRequest(
                    parent=parent), metadata=self.token_of(other),
                    timeout=DEADLINE)
                self.assertEqual(len(listed.work_orders), 0)
        # The desk is told the truth.
        self.assertRpcError(
            grpc.StatusCode.NOT_FOUND, t.ConfirmArrival,
            ticket_pb2.ConfirmArrivalRequest(
                name=order.name.rsplit("/", 1)[0] + "/999999"),
            metadata=self.md, timeout=DEADLINE)
        mine = self.token_of(assignee)
        t.ConfirmArrival(arrive, metadata=mine, timeout=DEADLINE)
        done = t.CompleteWorkOrder(complete, metadata=mine, timeout=DEADLINE)
        self.assertEqual(done.state, ticket_pb2.WorkOrder.COMPLETED)

    def test_staff_phones_are_shown_only_to_colleagues(self):
        """[D-STAFF-PHONE]: a receptionist reads a colleague's phone in
        full and another site's staff masked, in a get and in a list."""
        own, other = self.new_site("own"), self.new_site("oth")
        d = self.stubs.directory
        phones = {}
        for site in (own, other):
            staff_id = unique_site_id("ph")
            d.CreateStaffMember(directory_pb2.CreateStaffMemberRequest(
                staff_id=staff_id, staff_member=directory_pb2.StaffMember(
                    display_name="王力", phone="13800138000",
                    roles=[directory_pb2.StaffMember.MAINTENANCE],
                    sites=["sites/" + site])),
                metadata=self.md, timeout=DEADLINE)
            phones[site] = staff_id
        desk = self.token_of(self.new_staff(
            [own], roles=(directory_pb2.StaffMember.RECEPTIONIST,), prefix="rc"))
        for site, shown in ((own, "13800138000"), (other, "138****8000")):
            with self.subTest(site=site):
                got = d.GetStaffMember(directory_pb2.GetStaffMemberRequest(
                    name="staff/" + phones[site]), metadata=desk,
                    timeout=DEADLINE)
                self.assertEqual(got.phone, shown)
                listed = d.ListStaffMembers(directory_pb2.ListStaffMembersRequest(
                    filter='site = "sites/%s"' % site, page_size=1000),
                    metadata=desk, timeout=DEADLINE).staff_members
                self.assertEqual(
                    [m.phone for m in listed if m.name == got.name], [shown])


backend_cases(AuthApiTests, globals())


if __name__ == "__main__":
    unittest.main(verbosity=2)
