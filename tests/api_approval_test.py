#!/usr/bin/python3
"""gRPC-level tests of approvals [ACL-APPROVAL-BY-APPROVER]
[ACL-APPROVAL-SINGLE-USE]: a visitor document waiver, an off-list key loan,
a warranty sign-off and a complaint's plan are approved by the approver's
own call (their call itself, or an approval they create with their own
token, whose code the desk sends), never by a name the desk types nor by a
token passed along. Against the real binary, on SQLite and on MariaDB; the
expiry is seen by a second server on the same database whose clock runs
ahead (FRONTDESK_CLOCK_OFFSET), nothing sleeps.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/api_approval_test.py
"""

import unittest
import uuid

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2
from frontdesk.v1 import common_pb2
from frontdesk.v1 import visitor_service_pb2 as visitor_pb2
from frontdesk.v1 import visitor_service_pb2_grpc as visitor_grpc

from google.protobuf import duration_pb2

from api_support import ApiTestBase, backend_cases, unique_site_id

Approval = directory_pb2.Approval
Role = directory_pb2.StaffMember
Key = visitor_pb2.Key
TicketEvent = ticket_pb2.TicketEvent
WARRANTY = ticket_pb2.REPAIR_ROUTE_DEVELOPER_WARRANTY


def change_of(event, field):
    """The new value of `field` among the event's changes, None if absent."""
    for change in event.changes:
        if change.field == field:
            return change.new_value
    return None


class ApprovalApiTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.visitors = visitor_grpc.VisitorServiceStub(cls.server.channel())

    def setUp(self):
        """A site with its desk, a supervisor, the manager, the engineering
        department's head (a maintenance worker), a supervisor of another
        site, a key, the developer's project team and a repair and a
        complaint ticket."""
        self.site = self.new_site("apr")
        self.other = self.new_site("apo")
        self.desk = self.person("desk", Role.RECEPTIONIST)
        self.boss = self.person("boss", Role.SUPERVISOR)
        self.mgr = self.person("mgr", Role.MANAGER)
        self.head = self.person("head", Role.MAINTENANCE)
        self.elsewhere = self.person("else", Role.SUPERVISOR, site=self.other)
        self.stubs.directory.CreateDepartment(
            directory_pb2.CreateDepartmentRequest(
                parent="sites/" + self.site, department_id="eng",
                department=directory_pb2.Department(
                    display_name="工程部", kind=directory_pb2.Department.MAINTENANCE,
                    head="staff/" + self.head[0])),
            metadata=self.md, timeout=DEADLINE)
        self.department = "sites/%s/departments/eng" % self.site
        self.key = self.new_key("KEY-0012")
        self.developer = "vendors/" + unique_site_id("dev")
        self.stubs.directory.CreateVendor(
            directory_pb2.CreateVendorRequest(
                vendor_id=self.developer.split("/")[1],
                vendor=directory_pb2.Vendor(
                    display_name="开发商项目部",
                    trade=directory_pb2.Vendor.DEVELOPER_PROJECT_TEAM,
                    contact_name="陈工", phone="13900139000",
                    response_deadline=duration_pb2.Duration(seconds=48 * 3600),
                    sites=["sites/" + self.site])),
            metadata=self.md, timeout=DEADLINE)
        self.repair = self.create(self.site).name
        self.complaint = self.create(
            self.site, kind=ticket_pb2.Ticket.COMPLAINT,
            complaint_class=ticket_pb2.Ticket.SERVICE, subject="保安态度差").name

    # --- helpers -------------------------------------------------------------

    def person(self, prefix, role, site=None):
        """(staff id, call metadata) of a new staff member holding `role`."""
        staff_id = self.new_staff([site or self.site], roles=(role,),
                                  prefix=prefix)
        return staff_id, self.token_of(staff_id)

    def new_key(self, tag):
        return self.visitors.CreateKey(
            visitor_pb2.CreateKeyRequest(
                parent="sites/" + self.site,
                key=Key(tag=tag, kind=Key.PUBLIC_AREA, storage_slot="A-01",
                        description="水泵房")),
            metadata=self.md, timeout=DEADLINE)

    def approve(self, who, action, subject="", reason="业主电话同意",
                site=None, timeout=DEADLINE, **expiration):
        """The Approval `who` ((id, metadata)) creates with their own token;
        its code is in this answer only."""
        return self.stubs.directory.CreateApproval(
            directory_pb2.CreateApprovalRequest(
                parent="sites/" + (site or self.site),
                approval=Approval(action=action, subject=subject,
                                  reason=reason, **expiration)),
            metadata=who[1], timeout=timeout)

    def check_in(self, who, waiver=None, site=None, request_id="",
                 timeout=DEADLINE):
        """A visitor without a document checked in by `who`."""
        request = visitor_pb2.CheckInVisitorRequest(
            parent="sites/" + (site or self.site), request_id=request_id,
            visit=visitor_pb2.Visit(
                visitor=visitor_pb2.Visitor(display_name="孙七"),
                host=common_pb2.Contact(location="物业办公室"),
                purpose=visitor_pb2.Visit.OFFICIAL),
            document_waiver=waiver)
        return self.visitors.CheckInVisitor(request, metadata=who[1],
                                            timeout=timeout)

    def lend(self, who, authorization, key=None, timeout=DEADLINE):
        """The key lent by `who` to a person who is not on its list."""
        return self.visitors.LendKey(
            visitor_pb2.LendKeyRequest(
                name=(key or self.key).name, purpose="量房",
                borrower=visitor_pb2.KeyBorrower(person=visitor_pb2.Visitor(
                    display_name="装修 刘工", phone="13900001111",
                    document=visitor_pb2.IdentityDocument(
                        type=visitor_pb2.IdentityDocument.ID_CARD,
                        number="110101199003071233"))),
                authorization=authorization),
            metadata=who[1], timeout=timeout)

    def give_back(self, key=None):
        self.visitors.ReturnKey(
            visitor_pb2.ReturnKeyRequest(name=(key or self.key).name),
            metadata=self.md, timeout=DEADLINE)

    def dispatch(self, who, name=None, approval="", manager_signoff="",
                 timeout=DEADLINE):
        """A warranty dispatch of the repair, acknowledged by the developer."""
        return self.stubs.tickets.DispatchTicket(
            ticket_pb2.DispatchTicketRequest(
                name=name or self.repair, route=WARRANTY,
                assignee=self.developer, approval=approval,
                manager_signoff=manager_signoff,
                developer_acknowledged_by="项目部 陈工"),
            metadata=who[1], timeout=timeout)

    def plan(self, who, approval="", agreed_by="", name=None,
             timeout=DEADLINE):
        return self.stubs.tickets.AgreeTicketPlan(
            ticket_pb2.AgreeTicketPlanRequest(
                name=name or self.complaint, department=self.department,
                plan="当班人员停岗培训,主管上门致歉", approval=approval,
                agreed_by=agreed_by),
            metadata=who[1], timeout=timeout)

    def orders(self, name):
        return self.stubs.tickets.ListWorkOrders(
            ticket_pb2.ListWorkOrdersRequest(parent=name), metadata=self.md,
            timeout=DEADLINE).work_orders

    def key_history(self):
        return self.visitors.ListKeyEvents(
            visitor_pb2.ListKeyEventsRequest(parent=self.key.name),
            metadata=self.md, timeout=DEADLINE).events

    def get_approval(self, name, who):
        return self.stubs.directory.GetApproval(
            directory_pb2.GetApprovalRequest(name=name), metadata=who[1],
            timeout=DEADLINE)

    @staticmethod
    def waiver(**fields):
        return visitor_pb2.SupervisorAuthorization(**fields)

    # --- tests ---------------------------------------------------------------

    def test_a_receptionist_cannot_name_a_supervisor_who_did_not_approve(self):
        boss, mgr, head = ("staff/" + p[0] for p in (self.boss, self.mgr,
                                                     self.head))
        named = self.waiver(authorized_by=boss, reason="业主电话确认")
        for label, extra in (("named", ()),
                             ("with the supervisor's token passed along",
                              (("x-frontdesk-authorizer",
                                self.boss[1][0][1][len("Bearer "):]),))):
            with self.subTest(label):
                self.assertRpcError(
                    grpc.StatusCode.PERMISSION_DENIED, self.visitors.CheckInVisitor,
                    visitor_pb2.CheckInVisitorRequest(
                        parent="sites/" + self.site,
                        visit=visitor_pb2.Visit(
                            visitor=visitor_pb2.Visitor(display_name="孙七"),
                            host=common_pb2.Contact(location="物业办公室"),
                            purpose=visitor_pb2.Visit.OFFICIAL),
                        document_waiver=named),
                    metadata=self.desk[1] + extra,
                    reason="SUPERVISOR_AUTHORIZATION_REQUIRED")
                self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED,
                                    self.lend, self.desk, named,
                                    reason="SUPERVISOR_AUTHORIZATION_REQUIRED")
        # A sign-off and a plan named, not given.
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.dispatch,
                            self.desk, manager_signoff=mgr,
                            reason="WARRANTY_NOT_CLEARED")
        self.assertEqual(len(self.orders(self.repair)), 0)
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.plan,
                            self.desk, agreed_by=head,
                            reason="PLAN_APPROVAL_REQUIRED")
        self.assertFalse(self.get(self.complaint).HasField("plan"))
        # Nor may the desk approve for itself, nor a supervisor elsewhere.
        for who, action, site, code in (
                (self.desk, Approval.VISITOR_DOCUMENT_WAIVER, None,
                 grpc.StatusCode.PERMISSION_DENIED),
                (self.boss, Approval.WARRANTY_SIGNOFF, None,
                 grpc.StatusCode.PERMISSION_DENIED),
                (self.head, Approval.OFF_LIST_KEY_LOAN, None,
                 grpc.StatusCode.PERMISSION_DENIED),
                (self.elsewhere, Approval.VISITOR_DOCUMENT_WAIVER, None,
                 grpc.StatusCode.PERMISSION_DENIED)):
            subject = self.repair if action == Approval.WARRANTY_SIGNOFF else ""
            with self.subTest(who=who[0], action=Approval.Action.Name(action)):
                harness.expect_rpc_error(self, code, self.approve, who, action,
                                         subject, site=site)
        # A code the approver gave names the approver, not whoever the desk
        # types (and the refusal leaves it unused).
        code = self.approve(self.boss, Approval.VISITOR_DOCUMENT_WAIVER).code
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.check_in,
                            self.desk, self.waiver(approval=code,
                                                   authorized_by=mgr),
                            reason="NOT_THE_APPROVER")
        visit = self.check_in(self.desk, self.waiver(approval=code))
        self.assertEqual(visit.document_waiver.authorized_by, boss)

    def test_a_code_works_once_only_for_its_action_site_and_subject(self):
        waiver = self.approve(self.boss, Approval.VISITOR_DOCUMENT_WAIVER,
                              reason="供电局抄表,主管核实工作证")
        self.assertRegex(waiver.code, r"^[2-9A-HJKMNP-Z]{12}$")
        self.assertEqual(waiver.approver, "staff/" + self.boss[0])
        self.assertEqual(
            waiver.expire_time.seconds - waiver.create_time.seconds, 600)
        # Another action, another site.
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.lend,
                            self.desk, self.waiver(approval=waiver.code),
                            reason="APPROVAL_MISMATCH")
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.check_in,
                            (None, self.md), self.waiver(approval=waiver.code),
                            site=self.other, reason="APPROVAL_MISMATCH")
        self.assertRpcError(grpc.StatusCode.NOT_FOUND, self.check_in,
                            self.desk, self.waiver(approval="ZZZZZZZZZZZZ"),
                            reason="APPROVAL_NOT_FOUND")
        # Its own: once. A retry of the same request replays the answer.
        request_id = "apr-" + uuid.uuid4().hex
        first = self.check_in(self.desk, self.waiver(approval=waiver.code),
                              request_id=request_id)
        self.assertEqual(first.document_waiver.authorized_by,
                         "staff/" + self.boss[0])
        self.assertEqual(first.document_waiver.reason, "供电局抄表,主管核实工作证")
        self.assertEqual(first.registered_by, "staff/" + self.desk[0])
        self.assertEqual(
            self.check_in(self.desk, self.waiver(approval=waiver.code),
                          request_id=request_id), first)
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.check_in,
                            self.desk, self.waiver(approval=waiver.code),
                            reason="APPROVAL_USED")
        used = self.get_approval(waiver.name, self.boss)
        self.assertEqual(used.consumed_by, "staff/" + self.desk[0])
        self.assertEqual(used.consumed_method, "VisitorService.CheckInVisitor")
        self.assertTrue(used.HasField("consume_time"))
        self.assertEqual(used.code, "")

        # Bound to one key: another key is refused, its own is lent.
        other_key = self.new_key("KEY-0013")
        loan = self.approve(self.boss, Approval.OFF_LIST_KEY_LOAN,
                            subject="sites/%s/keys/KEY-0012" % self.site)
        self.assertEqual(loan.subject, self.key.name)
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.lend,
                            self.desk, self.waiver(approval=loan.code),
                            key=other_key, reason="APPROVAL_MISMATCH")
        self.assertEqual(self.lend(self.desk, self.waiver(approval=loan.code))
                         .state, Key.ON_LOAN)
        self.give_back()
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.lend,
                            self.desk, self.waiver(approval=loan.code),
                            reason="APPROVAL_USED")

        # Bound to one ticket: a sign-off of another repair is refused.
        second = self.create(self.site, subject="外墙渗水").name
        signoff = self.approve(self.mgr, Approval.WARRANTY_SIGNOFF, second)
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.dispatch,
                            self.desk, approval=signoff.code,
                            reason="APPROVAL_MISMATCH")
        self.assertEqual(len(self.orders(self.repair)), 0)
        self.dispatch(self.desk, name=second, approval=signoff.code)
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, self.dispatch,
                            self.desk, name=second, approval=signoff.code,
                            reason="APPROVAL_USED")

    def test_a_code_is_refused_after_it_expires(self):
        """A second server on the same database, its clock 11 minutes ahead:
        a 10-minute code has expired there, an hour's has not."""
        short = self.approve(self.boss, Approval.VISITOR_DOCUMENT_WAIVER)
        hour = self.approve(self.boss, Approval.VISITOR_DOCUMENT_WAIVER,
                            ttl=duration_pb2.Duration(seconds=3600))
        harness.expect_rpc_error(
            self, grpc.StatusCode.INVALID_ARGUMENT, self.approve, self.boss,
            Approval.VISITOR_DOCUMENT_WAIVER,
            ttl=duration_pb2.Duration(seconds=3601), field="approval.ttl")
        later = harness.Server(db_url=self.server.db_url,
                               token_file=self.server.token_file,
                               name="frontdeskd-later-" + self.backend,
                               extra_env={"FRONTDESK_CLOCK_OFFSET": "11m"})
        self.addCleanup(later.cleanup)
        later.start()
        self.addCleanup(later.stop)
        visitors = visitor_grpc.VisitorServiceStub(later.channel())
        request = visitor_pb2.CheckInVisitorRequest(
            parent="sites/" + self.site,
            visit=visitor_pb2.Visit(
                visitor=visitor_pb2.Visitor(display_name="孙七"),
                host=common_pb2.Contact(location="物业办公室"),
                purpose=visitor_pb2.Visit.OFFICIAL),
            document_waiver=self.waiver(approval=short.code))
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION,
                            visitors.CheckInVisitor, request,
                            metadata=self.desk[1], reason="APPROVAL_EXPIRED")
        request.document_waiver.approval = hour.code
        visit = visitors.CheckInVisitor(request, metadata=self.desk[1],
                                        timeout=DEADLINE)
        self.assertEqual(visit.document_waiver.authorized_by,
                         "staff/" + self.boss[0])
        # The expired code was not used up by the refusal; it is just late.
        self.assertFalse(self.get_approval(short.name, self.boss)
                         .HasField("consume_time"))

    def test_signoff_and_agreed_by_are_the_approver_in_answers_and_history(self):
        mgr, head = "staff/" + self.mgr[0], "staff/" + self.head[0]
        signoff = self.approve(self.mgr, Approval.WARRANTY_SIGNOFF,
                               self.repair, reason="已签整改联系单")
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.dispatch,
                            self.desk, approval=signoff.code,
                            manager_signoff="staff/" + self.boss[0],
                            reason="NOT_THE_APPROVER")
        self.dispatch(self.desk, approval=signoff.code)
        orders = self.orders(self.repair)
        self.assertEqual(len(orders), 1)
        self.assertEqual(orders[0].manager_signoff, mgr)
        self.assertEqual(orders[0].developer_acknowledged_by, "项目部 陈工")
        self.assertEqual(orders[0].dispatched_by, "staff/" + self.desk[0])
        dispatched = self.events(self.repair)[-1]
        self.assertEqual(dispatched.type, TicketEvent.DISPATCHED)
        self.assertEqual(dispatched.actor, "staff/" + self.desk[0])
        self.assertEqual(change_of(dispatched, "manager_signoff"), mgr)

        # The department's head agrees the plan with their own token.
        agreement = self.approve(self.head, Approval.TICKET_PLAN,
                                 self.complaint, reason="工程部同意整改")
        planned = self.plan(self.desk, approval=agreement.code)
        self.assertEqual(planned.plan.agreed_by, head)
        self.assertEqual(planned.plan.recorded_by, "staff/" + self.desk[0])
        self.assertEqual(self.get(self.complaint).plan.agreed_by, head)
        agreed = self.events(self.complaint)[-1]
        self.assertEqual(agreed.type, TicketEvent.PLAN_AGREED)
        self.assertEqual(agreed.actor, "staff/" + self.desk[0])
        self.assertEqual(change_of(agreed, "plan.agreed_by"), head)
        used = self.get_approval(agreement.name, self.head)
        self.assertEqual(used.consumed_method, "TicketService.AgreeTicketPlan")
        # The head's approval is for their own department's plans only.
        other_plan = self.create(
            self.site, kind=ticket_pb2.Ticket.COMPLAINT,
            complaint_class=ticket_pb2.Ticket.SERVICE, subject="噪音").name
        self.stubs.directory.CreateDepartment(
            directory_pb2.CreateDepartmentRequest(
                parent="sites/" + self.site, department_id="sec",
                department=directory_pb2.Department(
                    display_name="保安部", kind=directory_pb2.Department.SECURITY,
                    head=mgr)),
            metadata=self.md, timeout=DEADLINE)
        not_theirs = self.approve(self.head, Approval.TICKET_PLAN, other_plan)
        self.assertRpcError(
            grpc.StatusCode.PERMISSION_DENIED, self.stubs.tickets.AgreeTicketPlan,
            ticket_pb2.AgreeTicketPlanRequest(
                name=other_plan, department="sites/%s/departments/sec" % self.site,
                plan="加强巡逻", approval=not_theirs.code),
            metadata=self.desk[1], reason="APPROVER_NOT_ELIGIBLE")

    def test_a_supervisors_own_call_needs_no_code(self):
        boss, mgr = "staff/" + self.boss[0], "staff/" + self.mgr[0]
        visit = self.check_in(self.boss, self.waiver(reason="本人核实工作证"))
        self.assertEqual(visit.document_waiver.authorized_by, boss)
        self.assertEqual(visit.registered_by, boss)
        self.lend(self.boss, self.waiver(reason="本人同意"))
        lent = self.key_history()[-1]
        self.assertEqual(lent.authorization.authorized_by, boss)
        self.assertEqual(lent.actor, boss)
        self.dispatch(self.mgr)
        self.assertEqual(self.orders(self.repair)[0].manager_signoff, mgr)
        planned = self.plan(self.boss)
        self.assertEqual(planned.plan.agreed_by, boss)
        self.assertEqual(planned.plan.recorded_by, boss)


backend_cases(ApprovalApiTests, globals())


if __name__ == "__main__":
    unittest.main(verbosity=2)
