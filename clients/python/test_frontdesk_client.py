#!/usr/bin/python3
"""frontdesk_client.py against a real frontdeskd (tests/harness.py, SQLite):
what every call carries (bearer token, deadline, request_id — recorded by a
client interceptor as the call leaves), request_id idempotency, the
server's errors decoded (BadRequest field violations, ErrorInfo reasons), a
WatchTickets stream ended by its short deadline; and, without a server,
the decoding of a detail of an unknown type.

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \\
        /usr/bin/python3 clients/python/test_frontdesk_client.py
"""

import os
import re
import sys
import threading
import time
import unittest

import grpc

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
for _d in (os.environ.get("FRONTDESK_TESTS_DIR", ""),
           os.path.join(_HERE, "..", "..", "tests")):
    if _d and os.path.isfile(os.path.join(_d, "harness.py")):
        sys.path.append(os.path.abspath(_d))
        break

import harness  # noqa: E402

import frontdesk_client  # noqa: E402
from frontdesk_client import FrontdeskError  # noqa: E402
from frontdesk.v1 import common_pb2  # noqa: E402
from frontdesk.v1 import directory_service_pb2 as directory_pb2  # noqa: E402
from frontdesk.v1 import ticket_service_pb2 as ticket_pb2  # noqa: E402
from google.protobuf import any_pb2  # noqa: E402
from google.rpc import error_details_pb2, status_pb2  # noqa: E402

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


class Recorder(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
    """Records (method, timeout, metadata, request) of each call."""

    def __init__(self):
        self.calls = []

    def _record(self, details, request):
        self.calls.append((details.method, details.timeout,
                           tuple(details.metadata or ()), request))

    def intercept_unary_unary(self, continuation, details, request):
        self._record(details, request)
        return continuation(details, request)

    def intercept_unary_stream(self, continuation, details, request):
        self._record(details, request)
        return continuation(details, request)


def repair(subject, request_id=""):
    return ticket_pb2.CreateTicketRequest(
        parent="sites/hx",
        ticket=ticket_pb2.Ticket(
            kind=ticket_pb2.Ticket.REPAIR, channel=ticket_pb2.Ticket.APP,
            subject=subject,
            reporter=common_pb2.Contact(name="王芳", phone="13800138000")),
        request_id=request_id)


class ClientTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = harness.Server()
        cls.server.__enter__()
        cls.addClassCleanup(cls.server.__exit__, None, None, None)
        cls.client = frontdesk_client.connect(cls.server.address, cls.server.token)
        cls.addClassCleanup(cls.client.close)
        cls.client.directory.CreateSite(directory_pb2.CreateSiteRequest(
            site_id="hx", site=directory_pb2.Site(display_name="华馨苑",
                                                  time_zone="Asia/Shanghai")))

    def recording_client(self, **kwargs):
        recorder = Recorder()
        client = frontdesk_client.connect(self.server.address, self.server.token,
                                          interceptors=[recorder], **kwargs)
        self.addCleanup(client.close)
        return client, recorder.calls

    def test_token_and_deadline_on_every_call(self):
        client, calls = self.recording_client()
        client.directory.GetSite(directory_pb2.GetSiteRequest(name="sites/hx"))
        client.tickets.ListTickets(ticket_pb2.ListTicketsRequest(parent="sites/hx"))
        client.directory.GetSite(directory_pb2.GetSiteRequest(name="sites/hx"), timeout=2.5)
        self.assertEqual([c[0] for c in calls], [
            "/frontdesk.v1.DirectoryService/GetSite",
            "/frontdesk.v1.TicketService/ListTickets",
            "/frontdesk.v1.DirectoryService/GetSite"])
        for _, _, metadata, _ in calls:
            self.assertIn(("authorization", "Bearer " + self.server.token), metadata)
        self.assertEqual([c[1] for c in calls], [10, 10, 2.5])
        self.assertEqual(frontdesk_client.DEFAULT_DEADLINE, 10)

        other, other_calls = self.recording_client(deadline=60)
        other.directory.GetSite(directory_pb2.GetSiteRequest(name="sites/hx"))
        self.assertEqual(other_calls[0][1], 60)
        with self.assertRaises(ValueError):
            frontdesk_client.connect(self.server.address, self.server.token, deadline=0)
        with self.assertRaises(ValueError):
            frontdesk_client.connect(self.server.address, "")

    def test_request_id_on_mutating_calls(self):
        client, calls = self.recording_client()
        request = repair("门禁卡失效")
        first = client.tickets.CreateTicket(request)
        second = client.tickets.CreateTicket(request)
        self.assertEqual(request.request_id, "", "the caller's message is unchanged")
        self.assertNotEqual(first.name, second.name)
        ids = [c[3].request_id for c in calls]
        for i in ids:
            self.assertRegex(i, UUID)
        self.assertNotEqual(ids[0], ids[1])

        client.tickets.CreateTicket(repair("楼道灯不亮", request_id="mine-1"))
        self.assertEqual(calls[2][3].request_id, "mine-1")
        self.assertTrue(client.tickets.CreateTicket.takes_request_id)
        self.assertFalse(client.tickets.GetTicket.takes_request_id)
        self.assertFalse(client.tickets.WatchTickets.takes_request_id)

    def test_retried_create_with_the_same_request_id_is_the_same_ticket(self):
        first = self.client.tickets.CreateTicket(repair("电梯异响", "py-retry-1"))
        retry = self.client.tickets.CreateTicket(repair("电梯异响", "py-retry-1"))
        self.assertEqual(retry, first)
        other = self.client.tickets.CreateTicket(repair("电梯异响", "py-retry-2"))
        self.assertNotEqual(other.name, first.name)

    def test_invalid_argument_names_the_field(self):
        with self.assertRaises(FrontdeskError) as cm:
            self.client.tickets.CreateTicket(repair(""))
        err = cm.exception
        self.assertIsInstance(err, grpc.RpcError)
        self.assertEqual(err.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertEqual([v.field for v in err.field_violations], ["ticket.subject"])
        self.assertTrue(err.field_violations[0].description)
        self.assertEqual(err.reason, "INVALID_FIELD")
        self.assertEqual(err.status.code, grpc.StatusCode.INVALID_ARGUMENT.value[0])
        self.assertEqual([type(d).__name__ for d in err.decoded_details],
                         ["ErrorInfo", "BadRequest"])
        self.assertIn("\n  ticket.subject: ", str(err))

        with self.assertRaises(FrontdeskError) as cm:
            self.client.tickets.ListTickets(
                ticket_pb2.ListTicketsRequest(parent="sites/hx", page_size=-1))
        self.assertEqual([v.field for v in cm.exception.field_violations], ["page_size"])

    def test_errors_carry_their_reason(self):
        with self.assertRaises(FrontdeskError) as cm:
            self.client.tickets.GetTicket(
                ticket_pb2.GetTicketRequest(name="sites/hx/tickets/999999"))
        err = cm.exception
        self.assertEqual(err.code(), grpc.StatusCode.NOT_FOUND)
        self.assertEqual(err.reason, "TICKET_NOT_FOUND")
        self.assertEqual(err.error_info.domain, "frontdesk.v1")
        self.assertEqual(err.field_violations, [])
        self.assertTrue(str(err).startswith("NOT_FOUND: "))
        self.assertTrue(str(err).endswith(" [TICKET_NOT_FOUND]"))

        with frontdesk_client.connect(self.server.address, "fd_not-a-token") as stranger:
            with self.assertRaises(FrontdeskError) as cm:
                stranger.directory.GetSite(directory_pb2.GetSiteRequest(name="sites/hx"))
        self.assertEqual(cm.exception.code(), grpc.StatusCode.UNAUTHENTICATED)
        self.assertEqual(cm.exception.reason, "UNAUTHENTICATED")

    def test_watch_ends_with_deadline_exceeded_at_its_short_deadline(self):
        start = time.monotonic()
        stream = self.client.tickets.WatchTickets(
            ticket_pb2.WatchTicketsRequest(parent="sites/hx", after_event_id=0),
            timeout=0.3)
        # Without its deadline the stream would never end: a watchdog
        # cancels it (CANCELLED, failing the test) instead of hanging.
        watchdog = threading.Timer(5, stream.cancel)
        watchdog.start()
        self.addCleanup(watchdog.cancel)
        with self.assertRaises(FrontdeskError) as cm:
            list(stream)
        elapsed = time.monotonic() - start
        self.assertEqual(cm.exception.code(), grpc.StatusCode.DEADLINE_EXCEEDED)
        # Its own 0.3 s deadline, not the client's 10 s.
        self.assertLess(elapsed, 5)

    def test_watch_delivers_events_and_cancel_ends_it(self):
        ticket = self.client.tickets.CreateTicket(repair("水管漏水"))
        stream = self.client.tickets.WatchTickets(
            ticket_pb2.WatchTicketsRequest(parent="sites/hx", after_event_id=-1),
            timeout=20)
        found = next(e for e in stream if e.ticket_number == ticket.number)
        self.assertEqual(found.type, ticket_pb2.TicketEvent.CREATED)
        stream.cancel()
        with self.assertRaises(FrontdeskError) as cm:
            next(stream)
        self.assertEqual(cm.exception.code(), grpc.StatusCode.CANCELLED)


class DecodeTest(unittest.TestCase):
    """decode_error without a server: a trailer built here."""

    class FakeError(grpc.RpcError):
        def __init__(self, code, details, trailing):
            self._c, self._d, self._t = code, details, trailing

        def code(self):
            return self._c

        def details(self):
            return self._d

        def trailing_metadata(self):
            return self._t

    def test_unknown_details_are_kept_raw(self):
        status = status_pb2.Status(code=3, message="m")
        status.details.add().Pack(error_details_pb2.ErrorInfo(reason="R", domain="frontdesk.v1"))
        status.details.add().Pack(error_details_pb2.RetryInfo())
        status.details.append(any_pb2.Any(type_url="type.googleapis.com/acme.v1.Thing",
                                          value=b"\x08\x01"))
        err = frontdesk_client.decode_error(self.FakeError(
            grpc.StatusCode.INVALID_ARGUMENT, "m",
            (("grpc-status-details-bin", status.SerializeToString()),)))
        self.assertEqual(err.reason, "R")
        self.assertIsInstance(err.decoded_details[1], error_details_pb2.RetryInfo)
        self.assertIsInstance(err.decoded_details[2], any_pb2.Any)
        self.assertEqual(err.decoded_details[2].value, b"\x08\x01")
        self.assertIs(frontdesk_client.decode_error(err), err)

    def test_a_malformed_trailer_does_not_hide_the_error(self):
        err = frontdesk_client.decode_error(self.FakeError(
            grpc.StatusCode.INTERNAL, "boom", (("grpc-status-details-bin", b"\x0a\xff\xff"),)))
        self.assertEqual(err.code(), grpc.StatusCode.INTERNAL)
        self.assertEqual(err.details(), "boom")
        self.assertIsNone(err.status)
        self.assertIsNotNone(err.details_decode_error)
        self.assertEqual(err.reason, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
