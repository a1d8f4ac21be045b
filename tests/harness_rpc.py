"""The gRPC side of the end-to-end test support (stdlib + grpcio only):
the generated stubs, channels, the health protocol by hand, error details,
request builders and paged List calls. harness.py re-exports all of it.

- rpc_error_details() decodes `grpc-status-details-bin` into the
  google.rpc.Status and its ErrorInfo / BadRequest details.
- list_pages() follows the page tokens of any List call.

Every helper that talks gRPC passes a deadline; tests should use DEADLINE.
"""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_ROOT = os.path.dirname(_HERE)
_STUBS = os.path.join(_ROOT, "clients", "python")
if _STUBS not in sys.path:
    sys.path.insert(0, _STUBS)

import grpc  # noqa: E402

from frontdesk.v1 import common_pb2  # noqa: E402
from frontdesk.v1 import directory_service_pb2 as directory_pb2  # noqa: E402
from frontdesk.v1 import directory_service_pb2_grpc as directory_grpc  # noqa: E402
from frontdesk.v1 import report_service_pb2_grpc as report_grpc  # noqa: E402
from frontdesk.v1 import roster_service_pb2_grpc as roster_grpc  # noqa: E402
from frontdesk.v1 import ticket_service_pb2 as ticket_pb2  # noqa: E402
from frontdesk.v1 import ticket_service_pb2_grpc as ticket_grpc  # noqa: E402
from google.rpc import error_details_pb2  # noqa: E402
from google.rpc import status_pb2  # noqa: E402

# The deadline of every ordinary test call, in seconds.
DEADLINE = 10

SERVICES = ("frontdesk.v1.TicketService", "frontdesk.v1.DirectoryService")

# gRPC channel options: reconnect quickly after a server restart or outage
# instead of sitting in exponential backoff.
CHANNEL_OPTIONS = (
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
    ("grpc.enable_retries", 0),
)


def make_channel(address):
    return grpc.insecure_channel(address, options=CHANNEL_OPTIONS)


# --- health checking without grpc_health: two tiny messages by hand --------

HEALTH_UNKNOWN, HEALTH_SERVING, HEALTH_NOT_SERVING, HEALTH_SERVICE_UNKNOWN = 0, 1, 2, 3


def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _read_varint(data, i):
    shift = result = 0
    while True:
        if i >= len(data):
            raise ValueError("truncated varint")
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def encode_health_request(service):
    """grpc.health.v1.HealthCheckRequest{service = 1: string}."""
    raw = service.encode("utf-8")
    return (b"\x0a" + _varint(len(raw)) + raw) if raw else b""


def decode_health_response(data):
    """grpc.health.v1.HealthCheckResponse → its status (field 1, enum)."""
    i, status = 0, HEALTH_UNKNOWN
    while i < len(data):
        key, i = _read_varint(data, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _read_varint(data, i)
            if field == 1:
                status = value
        elif wire == 2:
            length, i = _read_varint(data, i)
            i += length
        elif wire == 1:
            i += 8
        elif wire == 5:
            i += 4
        else:
            raise ValueError("unexpected wire type %d" % wire)
    return status


def health_check(channel, service="", timeout=DEADLINE, metadata=None):
    """Calls grpc.health.v1.Health/Check; returns the status number."""
    check = channel.unary_unary(
        "/grpc.health.v1.Health/Check",
        request_serializer=encode_health_request,
        response_deserializer=decode_health_response)
    return check(service, timeout=timeout, metadata=metadata)


# --- error details ----------------------------------------------------------

class ErrorDetails:
    """The google.rpc.Status of a failed call, unpacked."""

    def __init__(self, status):
        self.status = status
        self.error_info = None
        self.bad_request = None
        for any_msg in status.details:
            info = error_details_pb2.ErrorInfo()
            bad = error_details_pb2.BadRequest()
            if any_msg.Is(info.DESCRIPTOR):
                any_msg.Unpack(info)
                self.error_info = info
            elif any_msg.Is(bad.DESCRIPTOR):
                any_msg.Unpack(bad)
                self.bad_request = bad

    @property
    def reason(self):
        return self.error_info.reason if self.error_info else ""

    @property
    def violation_fields(self):
        if not self.bad_request:
            return []
        return [v.field for v in self.bad_request.field_violations]


def rpc_error_details(error):
    """Parses `grpc-status-details-bin` of a grpc.RpcError; None if absent."""
    for key, value in (error.trailing_metadata() or ()):
        if key == "grpc-status-details-bin":
            status = status_pb2.Status()
            status.ParseFromString(value)
            return ErrorDetails(status)
    return None


# --- stubs ------------------------------------------------------------------

class Stubs:
    def __init__(self, channel):
        self.directory = directory_grpc.DirectoryServiceStub(channel)
        self.tickets = ticket_grpc.TicketServiceStub(channel)
        self.roster = roster_grpc.RosterServiceStub(channel)
        self.reports = report_grpc.ReportServiceStub(channel)


# --- request builders -------------------------------------------------------

def expect_rpc_error(test, code, call, *args, field=None, reason=None,
                     **kwargs):
    """Runs call(*args, **kwargs) expecting a gRPC error `code` with status
    details; checks the BadRequest violation on `field` and the ErrorInfo
    reason when given. Returns the details."""
    kwargs.setdefault("timeout", DEADLINE)
    with test.assertRaises(grpc.RpcError) as cm:
        call(*args, **kwargs)
    err = cm.exception
    test.assertEqual(err.code(), code, err.details())
    details = rpc_error_details(err)
    test.assertIsNotNone(details, "no status details on %s" % err.details())
    if field is not None:
        test.assertIn(field, details.violation_fields,
                      "BadRequest %s does not name %s" %
                      (details.bad_request, field))
    if reason is not None:
        test.assertEqual(details.reason, reason)
    return details


def create_staff(stubs, metadata, staff_id, sites, roles, display_name="王力"):
    """Creates staff member `staff_id` with `roles` at `sites` (site ids)."""
    stubs.directory.CreateStaffMember(
        directory_pb2.CreateStaffMemberRequest(
            staff_id=staff_id,
            staff_member=directory_pb2.StaffMember(
                display_name=display_name, roles=list(roles),
                sites=["sites/" + s for s in sites])),
        metadata=metadata, timeout=DEADLINE)
    return staff_id


def token_metadata(stubs, metadata, staff_id):
    """A new token of `staff_id`, as call metadata."""
    token = stubs.directory.CreateAccessToken(
        directory_pb2.CreateAccessTokenRequest(parent="staff/" + staff_id),
        metadata=metadata, timeout=DEADLINE)
    return (("authorization", "Bearer " + token.secret),)


def site_request(site_id, display_name=None, time_zone="Asia/Shanghai",
                 request_id=""):
    return directory_pb2.CreateSiteRequest(
        site_id=site_id, request_id=request_id,
        site=directory_pb2.Site(display_name=display_name or site_id.upper(),
                                time_zone=time_zone))


def ticket_request(site_id, subject="厨房水管漏水", request_id="", **fields):
    """A valid CreateTicketRequest; keyword arguments override ticket fields
    (reporter_* go into the reporter)."""
    reporter = common_pb2.Contact(
        name=fields.pop("reporter_name", "王芳"),
        phone=fields.pop("reporter_phone", "13800138000"),
        unit=fields.pop("reporter_unit", ""),
        location=fields.pop("reporter_location", "3-2-501"))
    ticket = ticket_pb2.Ticket(
        channel=fields.pop("channel", ticket_pb2.Ticket.PHONE),
        kind=fields.pop("kind", ticket_pb2.Ticket.REPAIR),
        reporter=reporter, subject=subject, **fields)
    return ticket_pb2.CreateTicketRequest(parent="sites/" + site_id,
                                          ticket=ticket, request_id=request_id)


def list_pages(call, request, field, metadata, pages=1000):
    """Every item of a paged List call: `call(request)`, then again with
    each next_page_token (on a copy of `request`), collecting the repeated
    field `field` of the responses; fails after `pages` pages."""
    request = type(request).FromString(request.SerializeToString())
    out = []
    for _ in range(pages):
        resp = call(request, metadata=metadata, timeout=DEADLINE)
        out.extend(getattr(resp, field))
        request.page_token = resp.next_page_token
        if not request.page_token:
            return out
    raise AssertionError("%s did not end after %d pages" %
                         (type(request).__name__[:-len("Request")], pages))


def list_all_tickets(stubs, metadata, parent="sites/-", filter="",
                     page_size=1000):
    """Every ticket of a list call, following page tokens."""
    return list_pages(stubs.tickets.ListTickets,
                      ticket_pb2.ListTicketsRequest(
                          parent=parent, page_size=page_size, filter=filter),
                      "tickets", metadata)
