#!/usr/bin/python3
"""gRPC-level tests of linked tickets, escalations and per-site SLA policies,
against the real frontdeskd on SQLite and on MariaDB (each test class runs
once per backend; see the bottom).

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/workflow_api_test.py
"""

import unittest

import grpc

import harness
from harness import DEADLINE, directory_pb2, ticket_pb2

from google.protobuf import duration_pb2
from google.protobuf import field_mask_pb2

from api_support import ServerPerClass, backend_cases
from workflow_api_support import Ticket, TicketEvent, TicketCallback, WorkOrder, SUPERVISOR, MANAGER, DAY, micros, Backend


class WorkflowApiTestBase(ServerPerClass):
    """Mixed into one unittest.TestCase per backend."""

    server_name = "frontdeskd-wf-"

    def setUp(self):
        self.b = Backend(self, self.server)

    def assertRpcError(self, code, call, *args, field=None, reason=None,
                       **kwargs):
        kwargs.setdefault("metadata", self.b.md)
        return harness.expect_rpc_error(self, code, call, *args, field=field,
                                        reason=reason, **kwargs)

    # -- linked tickets --

    def test_linked_reports_resolve_with_their_parent(self):
        b = self.b
        site, other = b.new_site("lk"), b.new_site("lko")
        staff = b.new_staff([site])
        parent = b.create(site, subject="3栋1单元电梯停运",
                          reporter_location="3栋1单元")
        reports = [b.create(site, subject="电梯不动了", reporter_name=who,
                            reporter_phone=phone, reporter_location=where)
                   for who, phone, where in (
                       ("王芳", "13800138001", "3-1-501"),
                       ("李强", "13800138002", "3-1-1202"),
                       ("赵敏", "13800138003", "3-1-803"))]
        pending = b.create(site, subject="电梯不动了,等物业回电",
                           reporter_phone="13800138004")
        cancelled = b.create(site, subject="电梯停了", reporter_phone="13800138005")

        # Linked by number (sites/-/tickets/{number}) or by name.
        for i, child in enumerate(reports + [pending, cancelled]):
            target = ("sites/-/tickets/" + parent.number) if i % 2 else parent.name
            linked = b.link(child.name, target)
            self.assertEqual(linked.parent, parent.name)
            self.assertNotEqual(linked.etag, child.etag)
            last = b.events(child.name)[-1]
            self.assertEqual(last.type, TicketEvent.LINKED)
            self.assertEqual([(c.field, c.old_value, c.new_value) for c in last.changes],
                             [("parent", "", parent.name)])
        # Linking again to the same parent changes nothing, not even history.
        again = b.link(reports[0].name, parent.name)
        self.assertEqual(again.parent, parent.name)
        self.assertEqual(
            [e.type for e in b.events(reports[0].name)].count(TicketEvent.LINKED), 1)

        # Cycles: the parent under its child, a ticket under itself, the
        # parent under a grandchild.
        grandchild = b.create(site, subject="电梯困人?", reporter_phone="13800138006")
        b.link(grandchild.name, reports[2].name)
        for child, new_parent in ((parent, reports[0]), (reports[1], reports[1]),
                                  (parent, grandchild)):
            with self.subTest(child=child.name, parent=new_parent.name):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                                    b.tickets.LinkTicket,
                                    ticket_pb2.LinkTicketRequest(
                                        name=child.name, parent=new_parent.name),
                                    field="parent", reason="LINK_CYCLE")
        self.assertEqual(b.get(parent.name).parent, "")
        self.assertEqual(b.get(reports[1].name).parent, parent.name)
        b.link(grandchild.name, "")  # unlinked again
        self.assertEqual(b.get(grandchild.name).parent, "")
        self.assertEqual(b.events(grandchild.name)[-1].changes[0].new_value, "")

        # Another site's ticket is no parent.
        foreign = b.create(other, subject="电梯停运")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, b.tickets.LinkTicket,
                            ticket_pb2.LinkTicketRequest(name=reports[0].name,
                                                         parent=foreign.name),
                            field="parent")
        self.assertEqual(b.get(reports[0].name).parent, parent.name)

        # One report was dispatched on its own: its order is superseded.
        b.dispatch(reports[1].name, staff)
        b.tickets.PendTicket(ticket_pb2.PendTicketRequest(
            name=pending.name, reason="等业主回电"), metadata=b.md, timeout=DEADLINE)
        b.tickets.CancelTicket(ticket_pb2.CancelTicketRequest(
            name=cancelled.name, reason="业主撤回"), metadata=b.md, timeout=DEADLINE)

        b.do_the_work(parent.name, staff)
        resolved = b.resolve(parent.name, summary="更换曳引机制动器",
                             resolve_children=True)
        self.assertEqual(resolved.status, Ticket.RESOLVED)
        parent_event = b.events(parent.name)[-1]
        self.assertEqual(parent_event.type, TicketEvent.RESOLVED)
        self.assertIn("3", parent_event.note)

        callback = next(p for p in b.policies(site)
                        if p.kind == Ticket.REPAIR and p.priority == Ticket.NORMAL)
        for report in reports:
            with self.subTest(report=report.number):
                t = b.get(report.name)
                self.assertEqual(t.status, Ticket.RESOLVED)
                self.assertEqual(micros(t.resolve_time), micros(resolved.resolve_time))
                self.assertIn(parent.number, t.resolution)
                self.assertTrue(t.deadlines.HasField("callback_due_time"))
                self.assertEqual(
                    micros(t.deadlines.callback_due_time) - micros(t.resolve_time),
                    callback.callback.seconds * 1000000)
                resolved_events = [e for e in b.events(report.name)
                                   if e.type == TicketEvent.RESOLVED]
                self.assertEqual(len(resolved_events), 1)
                self.assertEqual(resolved_events[0].actor, "staff/admin")
                changes = {c.field: (c.old_value, c.new_value)
                           for c in resolved_events[0].changes}
                self.assertEqual(changes["status"][1], "RESOLVED")
                self.assertEqual(changes["status"][0],
                                 "DISPATCHED" if report is reports[1] else "NEW")
        self.assertEqual([o.state for o in b.work_orders(reports[1].name)],
                         [WorkOrder.SUPERSEDED])

        # The pending and the cancelled report are left as they were.
        held = b.get(pending.name)
        self.assertEqual(held.status, Ticket.PENDING)
        self.assertFalse(held.HasField("resolve_time"))
        self.assertNotIn(TicketEvent.RESOLVED, [e.type for e in b.events(pending.name)])
        self.assertEqual(b.get(cancelled.name).status, Ticket.CANCELLED)
        self.assertEqual(b.get(grandchild.name).status, Ticket.NEW)

        due = b.tickets.ListCallbacksDue(
            ticket_pb2.ListCallbacksDueRequest(
                parent="sites/" + site,
                window=duration_pb2.Duration(seconds=callback.callback.seconds + 3600),
                page_size=100),
            metadata=b.md, timeout=DEADLINE)
        self.assertEqual(sorted(t.name for t in due.tickets),
                         sorted([parent.name] + [r.name for r in reports]))

        # An ended ticket is no parent.
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, b.tickets.LinkTicket,
                            ticket_pb2.LinkTicketRequest(name=grandchild.name,
                                                         parent=cancelled.name),
                            reason="PARENT_ENDED")

    # -- escalations --

    def test_escalation_on_demand_and_after_an_unsatisfied_callback(self):
        b = self.b
        site = b.new_site("es")
        staff = b.new_staff([site])
        first = b.create(site, subject="楼上漏水三天无人处理")
        step1 = b.tickets.EscalateTicket(
            ticket_pb2.EscalateTicketRequest(name=first.name, reason="业主情绪激动"),
            metadata=b.md, timeout=DEADLINE)
        self.assertEqual(step1.level, SUPERVISOR)
        self.assertFalse(step1.automatic)
        self.assertEqual(step1.actor, "staff/admin")
        self.assertEqual(step1.ticket_number, first.number)
        self.assertEqual(step1.reason, "业主情绪激动")
        self.assertTrue(step1.name.startswith(first.name + "/escalations/"))
        self.assertEqual(b.get(first.name).escalation_level, SUPERVISOR)
        step2 = b.tickets.EscalateTicket(
            ticket_pb2.EscalateTicketRequest(name=first.name, reason="主管未能协调"),
            metadata=b.md, timeout=DEADLINE)
        self.assertEqual(step2.level, MANAGER)
        self.assertEqual(b.get(first.name).escalation_level, MANAGER)
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION,
                            b.tickets.EscalateTicket,
                            ticket_pb2.EscalateTicketRequest(name=first.name,
                                                             reason="再次投诉"),
                            reason="ESCALATION_AT_TOP")
        escalated = [e for e in b.events(first.name) if e.type == TicketEvent.ESCALATED]
        self.assertEqual(
            [[(c.field, c.old_value, c.new_value) for c in e.changes] for e in escalated],
            [[("escalation_level", "ESCALATION_LEVEL_UNSPECIFIED",
               "ESCALATION_LEVEL_SUPERVISOR")],
             [("escalation_level", "ESCALATION_LEVEL_SUPERVISOR",
               "ESCALATION_LEVEL_MANAGER")]])
        self.assertEqual([e.note for e in escalated], ["业主情绪激动", "主管未能协调"])

        # Straight to the manager; a lower level afterwards is refused.
        second = b.create(site, subject="物业费争议")
        direct = b.tickets.EscalateTicket(
            ticket_pb2.EscalateTicketRequest(name=second.name, level=MANAGER,
                                             reason="涉及收费标准"),
            metadata=b.md, timeout=DEADLINE)
        self.assertEqual(direct.level, MANAGER)
        self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION,
                            b.tickets.EscalateTicket,
                            ticket_pb2.EscalateTicketRequest(
                                name=second.name, level=SUPERVISOR, reason="x"),
                            reason="ALREADY_ESCALATED")
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            b.tickets.EscalateTicket,
                            ticket_pb2.EscalateTicketRequest(name=second.name,
                                                             reason=""),
                            field="reason")

        # The manager's list, newest first.
        managers = b.escalations(site, filter="level = ESCALATION_LEVEL_MANAGER")
        self.assertEqual([e.name for e in managers], [direct.name, step2.name])
        everything = b.escalations(site)
        self.assertEqual([e.name for e in everything],
                         [direct.name, step2.name, step1.name])
        self.assertEqual([e.name for e in b.escalations(site, page_size=1)],
                         [e.name for e in everything])
        since = b.escalations(
            site, filter='create_time >= "%s"' % step2.create_time.ToJsonString())
        self.assertEqual([e.name for e in since], [direct.name, step2.name])
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                            b.tickets.ListEscalations,
                            ticket_pb2.ListEscalationsRequest(
                                parent="sites/" + site, filter="level = BOSS"),
                            field="filter")

        # An unsatisfied callback reports the ticket to the supervisor.
        repair = b.create(site, subject="卫生间地漏返味")
        b.do_the_work(repair.name, staff)
        b.resolve(repair.name, summary="更换地漏")
        b.tickets.RecordCallback(
            ticket_pb2.RecordCallbackRequest(
                name=repair.name, result=TicketCallback.UNSATISFIED, rating=2,
                comment="仍有异味"),
            metadata=b.md, timeout=DEADLINE)
        reopened = b.get(repair.name)
        self.assertEqual(reopened.status, Ticket.REOPENED)
        self.assertEqual(reopened.escalation_level, SUPERVISOR)
        supervisors = b.escalations(site, filter="level = ESCALATION_LEVEL_SUPERVISOR")
        self.assertEqual([e.ticket_number for e in supervisors],
                         [repair.number, first.number])
        reported = supervisors[0]
        self.assertFalse(reported.automatic)
        self.assertIn("仍有异味", reported.reason)
        self.assertEqual(reported.actor, "staff/admin")
        self.assertEqual(b.escalations(site)[0].name, reported.name)
        # The next step up from there is the manager.
        up = b.tickets.EscalateTicket(
            ticket_pb2.EscalateTicketRequest(name=repair.name, reason="返工仍未解决"),
            metadata=b.md, timeout=DEADLINE)
        self.assertEqual(up.level, MANAGER)

    # -- SLA policies --

    def update_policy(self, name, metadata=None, timeout=DEADLINE, etag="",
                      paths=(), **durations):
        policy = ticket_pb2.SlaPolicy(name=name, etag=etag)
        for field, value in durations.items():
            getattr(policy, field).CopyFrom(value)
        return self.b.tickets.UpdateSlaPolicy(
            ticket_pb2.UpdateSlaPolicyRequest(
                policy=policy,
                update_mask=field_mask_pb2.FieldMask(paths=list(paths or durations))),
            metadata=metadata or self.b.md, timeout=timeout)

    def test_sla_policies(self):
        b = self.b
        site, other = b.new_site("sla"), b.new_site("slo")
        policies = b.policies(site)
        kinds = [k for k in Ticket.Kind.values() if k]
        priorities = [p for p in Ticket.Priority.values() if p]
        self.assertEqual([(p.kind, p.priority) for p in policies],
                         [(k, p) for k in kinds for p in priorities])
        for p in policies:
            self.assertTrue(p.is_default, p.name)
            self.assertEqual(
                p.name, "sites/%s/slaPolicies/%s.%s" % (
                    site, Ticket.Kind.Name(p.kind).lower(),
                    Ticket.Priority.Name(p.priority).lower()))
        name = "sites/%s/slaPolicies/complaint.normal" % site
        default = next(p for p in policies if p.name == name)
        self.assertEqual(default.first_response.seconds, DAY)
        self.assertEqual(default.resolution.seconds, 3 * DAY)

        week = duration_pb2.Duration(seconds=7 * DAY)
        updated = self.update_policy(name, resolution=week)
        self.assertFalse(updated.is_default)
        self.assertTrue(updated.etag)
        self.assertNotEqual(updated.etag, default.etag)
        self.assertTrue(updated.HasField("update_time"))
        self.assertEqual(updated.resolution.seconds, 7 * DAY)
        self.assertEqual(updated.first_response, default.first_response)
        self.assertEqual(updated.escalate_manager_after,
                         default.escalate_manager_after)
        listed = {p.name: p for p in b.policies(site)}
        self.assertEqual(listed[name], updated)
        self.assertEqual([n for n, p in listed.items() if not p.is_default], [name])
        self.assertTrue(all(p.is_default for p in b.policies(other)))

        def complaint(site_id):
            return b.create(site_id, kind=Ticket.COMPLAINT,
                            complaint_class=Ticket.SERVICE, subject="保安态度差")
        t = complaint(site)
        self.assertEqual(micros(t.deadlines.resolution_due_time) - micros(t.create_time),
                         7 * DAY * 1000000)
        elsewhere = complaint(other)
        self.assertEqual(
            micros(elsewhere.deadlines.resolution_due_time) - micros(elsewhere.create_time),
            3 * DAY * 1000000)

        for label, value in (("0 s", duration_pb2.Duration(seconds=0)),
                             ("31 days", duration_pb2.Duration(seconds=31 * DAY)),
                             ("fractional", duration_pb2.Duration(seconds=DAY, nanos=500000000)),
                             ("negative", duration_pb2.Duration(seconds=-DAY))):
            with self.subTest(label):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT,
                                    self.update_policy, name, resolution=value,
                                    field="policy.resolution")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.update_policy, name,
            escalate_supervisor_after=duration_pb2.Duration(seconds=2 * DAY),
            escalate_manager_after=duration_pb2.Duration(seconds=DAY),
            field="policy.escalate_manager_after")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.update_policy,
            "sites/%s/slaPolicies/complaint" % site, resolution=week,
            field="policy.name")
        self.assertRpcError(
            grpc.StatusCode.INVALID_ARGUMENT, self.update_policy, name,
            paths=["etag"], field="update_mask")
        self.assertEqual({p.name: p for p in b.policies(site)}[name], updated)

        desk = b.new_staff([site], roles=(directory_pb2.StaffMember.RECEPTIONIST,))
        self.assertRpcError(grpc.StatusCode.PERMISSION_DENIED, self.update_policy,
                            name, metadata=b.token_of(desk),
                            resolution=duration_pb2.Duration(seconds=DAY))
        manager = b.new_staff([site], roles=(directory_pb2.StaffMember.MANAGER,))
        five = duration_pb2.Duration(seconds=5 * DAY)
        by_manager = self.update_policy(name, metadata=b.token_of(manager),
                                        etag=updated.etag, resolution=five)
        self.assertEqual(by_manager.resolution.seconds, 5 * DAY)
        self.assertNotEqual(by_manager.etag, updated.etag)
        self.assertRpcError(grpc.StatusCode.ABORTED, self.update_policy, name,
                            etag=updated.etag, resolution=week,
                            reason="ETAG_MISMATCH")
        self.assertEqual({p.name: p for p in b.policies(site)}[name].resolution.seconds,
                         5 * DAY)


backend_cases(WorkflowApiTestBase, globals(), "WorkflowApiTest")


if __name__ == "__main__":
    unittest.main(verbosity=2)
