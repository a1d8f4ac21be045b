#!/usr/bin/python3
"""Every RPC of every service, called over gRPC as every role at the
caller's own site and at another, against the permission table the server
enforces (`frontdesk_permissions --json`). The RPCs come from the protobuf
descriptors, not from the table, so that a method the table lacks is
noticed. Against the real binary, on SQLite and on MariaDB.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/permission_table_test.py

FRONTDESK_PERMISSIONS names frontdesk_permissions (default: beside
$FRONTDESKD).
"""

import collections
import glob
import json
import os
import re
import subprocess
import unittest

import grpc
from google.protobuf import duration_pb2
from google.protobuf import message_factory

import harness
from harness import DEADLINE, directory_pb2
from frontdesk.v1 import directory_service_pb2
from frontdesk.v1 import report_service_pb2
from frontdesk.v1 import roster_service_pb2
from frontdesk.v1 import ticket_service_pb2
from frontdesk.v1 import visitor_service_pb2

from api_support import ApiTestBase, backend_cases, unique_site_id

# The generated module of every .proto declaring a service: a new service's
# module goes here, and its RPCs are then judged like the others.
SERVICE_FILES = (directory_service_pb2, ticket_service_pb2,
                 visitor_service_pb2, roster_service_pb2, report_service_pb2)

# Declared but not served yet: while the server answers UNIMPLEMENTED and
# the table has no entry, a method of these is skipped, not failed.
NOT_YET_SERVED = ()

# A desk's own refusal that a minimal request meets, by method, and why;
# the frame's refusals carry ErrorInfo metadata "method", these do not.
DESK_CHECKS = {
    "DirectoryService.CreateAccessToken":
        "an empty parent is not the caller: a token for anyone else is "
        "ADMIN's, checked by the staff desk",
    "TicketService.GetTicket":
        "a maintenance worker reads only the tickets of their own work "
        "orders (T-WORK-ORDER-ASSIGNEE), a vendor's contact only those of "
        "their vendor's (T-VENDOR-CONTACT); the probe's ticket has none",
    "TicketService.ListTicketEvents":
        "a maintenance worker reads only the history of tickets of their "
        "own work orders (T-WORK-ORDER-ASSIGNEE), a vendor's contact only "
        "of their vendor's (T-VENDOR-CONTACT)",
    "DirectoryService.GetApproval":
        "an approval is read by its approver and the site's supervisors and "
        "managers; anyone else is refused whether or not it exists "
        "(AIP-211), checked by the approval desk",
}

# A watch that is allowed answers at once with the site's history (a ticket
# created in setup) instead of staying open until its deadline.
EXTRA_FIELDS = {"TicketService.WatchTickets": {"after_event_id": -1}}
STREAM_DEADLINE = 3

# Site fields naming more than "sites/{site}": what follows the site's name,
# so that an allowed call gets past the desk's parsing to its own lookup.
# "{ticket}" is a real ticket of the site, named by its number.
NAMES_AFTER_SITE = {
    "DirectoryService.GetApproval": "approvals/1",
    "DirectoryService.UpdateDepartment": "departments/eng",
    "TicketService.ListTicketEvents": "{ticket}",
    "TicketService.ListWorkOrders": "{ticket}",
    "TicketService.ConfirmArrival": "{ticket}/workOrders/1",
    "TicketService.CompleteWorkOrder": "{ticket}/workOrders/1",
    "TicketService.UpdateSlaPolicy": "slaPolicies/complaint.normal",
    "VisitorService.CheckOutVisitor": "visits/1",
    "VisitorService.GetVisit": "visits/1",
    "VisitorService.DeleteWatchlistEntry": "watchlistEntries/1",
    "VisitorService.GetVisitorPass": "visitorPasses/1",
    "VisitorService.CancelVisitorPass": "visitorPasses/1",
    "VisitorService.GetVisitorSettings": "visitorSettings",
    "VisitorService.UpdateVisitorSettings": "visitorSettings",
    "VisitorService.UpdateKey": "keys/1",
    "VisitorService.GetKey": "keys/1",
    "VisitorService.LendKey": "keys/1",
    "VisitorService.ReturnKey": "keys/1",
    "VisitorService.RetireKey": "keys/1",
    "VisitorService.ListKeyEvents": "keys/-",
    "RosterService.GetHandover": "handovers/20261123-day",
    "RosterService.UpdateHandover": "handovers/20261123-day",
    "RosterService.SubmitHandover": "handovers/20261123-day",
    "RosterService.ConsentHandoverItem": "handovers/20261123-day",
    "RosterService.AcceptHandover": "handovers/20261123-day",
    "RosterService.CountersignHandover": "handovers/20261123-day",
    "RosterService.ReleaseFromDuty": "shifts/20261123-day/assignments/1",
}

PROTOS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))), "protos")

Outcome = collections.namedtuple("Outcome", "code rule method")


def permission_table():
    """The server's table, by method, from frontdesk_permissions --json."""
    binary = os.environ.get("FRONTDESK_PERMISSIONS") or os.path.join(
        os.path.dirname(harness.frontdeskd_path()), "frontdesk_permissions")
    out = subprocess.run([binary, "--json"], check=True, capture_output=True,
                         timeout=DEADLINE).stdout
    return {entry["method"]: entry for entry in json.loads(out)}


def rpc_methods():
    """(service, method descriptor) of every RPC the protos declare."""
    for module in SERVICE_FILES:
        for service in module.DESCRIPTOR.services_by_name.values():
            for method in service.methods:
                yield service, method


def method_name(service, method):
    return "%s.%s" % (service.name, method.name)


def message_class(descriptor):
    get = getattr(message_factory, "GetMessageClass", None)  # protobuf 4.22+
    if get:
        return get(descriptor)
    return message_factory.MessageFactory().GetPrototype(descriptor)


def set_field(message, path, value):
    """Sets the string field at dotted `path` ("ticket.name") of `message`."""
    *outer, last = path.split(".")
    for name in outer:
        message = getattr(message, name)
    field = message.DESCRIPTOR.fields_by_name[last]
    assert field.type == field.TYPE_STRING, "%s is not a string" % path
    setattr(message, last, value)


def site_value(name, site_field, site, number):
    """The resource name at `site` that `name`'s site field holds:
    NAMES_AFTER_SITE's, else a ticket (TicketService) or the site."""
    after = NAMES_AFTER_SITE.get(name)
    if after is None:
        is_ticket = name.startswith("TicketService.") and site_field != "parent"
        after = "{ticket}" if is_ticket else ""
    if after.startswith("{ticket}"):
        return after.replace("{ticket}", "sites/%s/tickets/%s" % (site, number))
    return "sites/" + site + ("/" + after if after else "")


def minimal_request(name, method, site_field, site, number):
    """An empty request but for EXTRA_FIELDS and the site field."""
    request = message_class(method.input_type)()
    for field, value in EXTRA_FIELDS.get(name, {}).items():
        setattr(request, field, value)
    if site_field:
        set_field(request, site_field,
                  site_value(name, site_field, site, number))
    return request


def call_rpc(channel, service, method, request, metadata):
    """The Outcome of one call. A stream counts as answered by its first
    message (then cancelled) or its deadline: the frame refuses at once."""
    path = "/%s/%s" % (service.full_name, method.name)
    parse = message_class(method.output_type).FromString
    serialize = type(request).SerializeToString
    try:
        if method.server_streaming:
            stream = channel.unary_stream(path, serialize, parse)(
                request, metadata=metadata, timeout=STREAM_DEADLINE)
            try:
                next(stream, None)
            finally:
                stream.cancel()
        else:
            channel.unary_unary(path, serialize, parse)(
                request, metadata=metadata, timeout=DEADLINE)
        return Outcome(grpc.StatusCode.OK, None, None)
    except grpc.RpcError as e:
        details = harness.rpc_error_details(e)
        info = {}
        if details and details.error_info:
            info = details.error_info.metadata
        return Outcome(e.code(), info.get("rule"), info.get("method"))


def refused_by_frame(outcome):
    # Authorize() names the method in ErrorInfo; a desk's own refusal not.
    return (outcome.code == grpc.StatusCode.PERMISSION_DENIED and
            outcome.method is not None)


def expected_rule(entry, role, at_own_site):
    """The rule of the frame's refusal, or None when the call is allowed."""
    if role == "ADMIN":
        return None
    if role not in entry["roles"]:
        return entry["rule"]
    if entry["site_field"] and not at_own_site:
        return "D-SITE-SCOPE"
    return None


def mismatch(name, rule, outcome):
    """What is wrong with `outcome` of `name` when the frame should refuse
    with `rule` (None: allow); "" when nothing is."""
    if rule is None:
        if refused_by_frame(outcome):
            return "refused by the frame (rule %s)" % outcome.rule
        if (outcome.code == grpc.StatusCode.PERMISSION_DENIED and
                name not in DESK_CHECKS):
            return "refused by the desk, a check DESK_CHECKS does not list"
        return ""
    if not refused_by_frame(outcome):
        return "%s, the table says refuse with %s" % (outcome.code.name, rule)
    if (outcome.rule, outcome.method) != (rule, name):
        return "refused with rule %s for method %s, not %s" % (
            outcome.rule, outcome.method, rule)
    return ""


class PermissionTableTests(ApiTestBase):
    """Mixed into one unittest.TestCase per backend."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.table = permission_table()
        cls.channel = cls.server.channel()

    def judged_methods(self, problems):
        """The RPCs the table judges, and the names of those skipped; a
        missing entry is a problem, unless a method of NOT_YET_SERVED is
        not served (UNIMPLEMENTED even to ADMIN)."""
        judged, skipped = [], []
        for service, method in rpc_methods():
            name = method_name(service, method)
            if name in self.table:
                judged.append((service, method))
                continue
            served = ""
            if service.name in NOT_YET_SERVED:
                probe = call_rpc(self.channel, service, method,
                                 message_class(method.input_type)(), self.md)
                if probe.code == grpc.StatusCode.UNIMPLEMENTED:
                    skipped.append(name)
                    continue
                served = " (served now: %s to ADMIN)" % probe.code.name
            problems.append("%s has no entry in the permission table%s" %
                            (name, served))
        return judged, skipped

    def callers(self, site):
        """Call metadata of one new staff member per role that can be
        granted (ADMIN too; not a retired one such as SERVICE), each working
        at `site` only, by role name."""
        enum = directory_pb2.StaffMember.Role.DESCRIPTOR
        return {value.name: self.token_of(self.member(site, value))
                for value in enum.values
                if value.number != 0 and not value.GetOptions().deprecated}

    def member(self, site, role):
        """A new staff member holding `role` (an enum value) at `site`; a
        vendor's contact acts for a new vendor serving `site`
        [D-VENDOR-CONTACT]."""
        prefix = role.name[:4].lower()
        if role.number != directory_pb2.StaffMember.VENDOR_CONTACT:
            return self.new_staff([site], roles=(role.number,), prefix=prefix)
        vendor_id = unique_site_id("vnd")
        self.stubs.directory.CreateVendor(
            directory_pb2.CreateVendorRequest(
                vendor_id=vendor_id,
                vendor=directory_pb2.Vendor(
                    display_name="奥的斯电梯",
                    trade=directory_pb2.Vendor.ELEVATOR,
                    contact_name="张工", phone="13900001111",
                    response_deadline=duration_pb2.Duration(seconds=4 * 3600),
                    sites=["sites/" + site])),
            metadata=self.md, timeout=DEADLINE)
        staff_id = unique_site_id(prefix)
        self.stubs.directory.CreateStaffMember(
            directory_pb2.CreateStaffMemberRequest(
                staff_id=staff_id,
                staff_member=directory_pb2.StaffMember(
                    display_name="张工", vendor="vendors/" + vendor_id,
                    grants=[directory_pb2.RoleGrant(
                        role=role.number, site="sites/" + site)])),
            metadata=self.md, timeout=DEADLINE)
        return staff_id

    def calls(self, service, method, callers, numbers):
        """(role, site, outcome) of a minimal request of `method` as each
        caller, at each site of `numbers` (site -> a ticket number there),
        or at the first only for a company-wide method."""
        name = method_name(service, method)
        site_field = self.table[name]["site_field"]
        sites = list(numbers) if site_field else list(numbers)[:1]
        for role, md in sorted(callers.items()):
            for site in sites:
                request = minimal_request(name, method, site_field, site,
                                          numbers[site])
                yield role, site, call_rpc(self.channel, service, method,
                                           request, md)

    def test_every_method_as_every_role_at_both_sites(self):
        """[ACL-ONE-TABLE] [D-SITE-SCOPE]: each RPC of each service answers
        every role as the table says, at the caller's site and at another;
        ADMIN is allowed everywhere, and an RPC without an entry fails."""
        own, other = self.new_site("own"), self.new_site("oth")
        numbers = {site: self.create(site).number for site in (own, other)}
        callers = self.callers(own)
        problems, counts = [], collections.Counter()
        judged, skipped = self.judged_methods(problems)
        for service, method in judged:
            name = method_name(service, method)
            for role, site, outcome in self.calls(service, method, callers,
                                                  numbers):
                refused = refused_by_frame(outcome)
                counts["denied" if refused else "allowed"] += 1
                if (not refused and
                        outcome.code == grpc.StatusCode.PERMISSION_DENIED):
                    counts["by a desk"] += 1
                rule = expected_rule(self.table[name], role, site == own)
                wrong = mismatch(name, rule, outcome)
                if wrong:
                    problems.append("%s as %s at %s site: %s" % (
                        name, role, "own" if site == own else "another",
                        wrong))
        print("\n[%s] permission table: %d methods judged, %d skipped (not "
              "served), %d calls: %d allowed (%d of them refused by a desk's "
              "own check), %d denied" % (
                  self.backend, len(judged), len(skipped),
                  counts["allowed"] + counts["denied"], counts["allowed"],
                  counts["by a desk"], counts["denied"]))
        if problems:
            self.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))

    def test_every_proto_declaring_a_service_is_enumerated(self):
        """A new service's RPCs are judged only once SERVICE_FILES lists
        its module: a .proto declaring a service that it does not fails."""
        declaring = set()
        for path in glob.glob(os.path.join(PROTOS, "frontdesk/v1/*.proto")):
            with open(path, encoding="utf-8") as f:
                if re.search(r"^service \w+", f.read(), re.M):
                    declaring.add(os.path.relpath(path, PROTOS))
        self.assertTrue(declaring)
        self.assertEqual(declaring,
                         {module.DESCRIPTOR.name for module in SERVICE_FILES})

    def test_every_method_needs_a_token(self):
        """No token, or one the server never issued: UNAUTHENTICATED before
        the table is consulted, for every judged RPC."""
        judged, _ = self.judged_methods([])  # the other test names the rest
        problems = []
        for service, method in judged:
            request = message_class(method.input_type)()
            for label, md in (("no token", None),
                              ("a bogus token",
                               (("authorization", "Bearer fd_" + "x" * 43),))):
                outcome = call_rpc(self.channel, service, method, request, md)
                if outcome.code != grpc.StatusCode.UNAUTHENTICATED:
                    problems.append("%s with %s: %s" % (
                        method_name(service, method), label, outcome.code.name))
        print("\n[%s] tokens: %d calls without a valid one" % (
            self.backend, 2 * len(judged)))
        if problems:
            self.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))


backend_cases(PermissionTableTests, globals())


if __name__ == "__main__":
    unittest.main(verbosity=2)
